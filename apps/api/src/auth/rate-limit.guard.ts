import { Inject, Injectable, SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { DomainError } from '#common/domain-error.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';

export type RateLimitName = 'login' | 'expensive';
const RATE_LIMIT = Symbol('RATE_LIMIT');

/** Limits how often one client address may call the operation per minute (see AppConfig). */
export const RateLimit = (name: RateLimitName) => SetMetadata(RATE_LIMIT, name);

export interface ClientRequest {
  readonly ip?: string;
  readonly socket?: { readonly remoteAddress?: string };
}

/**
 * The address a limit counts by: Express's `req.ip`, which is the connecting socket's address unless
 * `AppConfig.trustProxy` names proxies whose X-Forwarded-For it takes instead; else the socket's address.
 */
export function clientAddress(request: ClientRequest): string {
  return request.ip ?? request.socket?.remoteAddress ?? 'unknown';
}

/**
 * Fixed windows of `windowMs` per key, in memory: `take(key, cost, limit, now)` spends `cost` and answers whether the
 * key's total in its current window stays within `limit`. One process serves the API; a deployment with several
 * would move the counters to a shared store. Expired windows are dropped when more than 10,000 keys are held.
 */
export class FixedWindows {
  private readonly windows = new Map<string, { start: number; spent: number }>();

  constructor(private readonly windowMs: number) {}

  take(key: string, cost: number, limit: number, now: number): boolean {
    const window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      if (this.windows.size > 10_000) this.evictExpired(now);
      this.windows.set(key, { start: now, spent: cost });
      return cost <= limit;
    }
    window.spent += cost;
    return window.spent <= limit;
  }

  private evictExpired(now: number): void {
    for (const [key, window] of this.windows) if (now - window.start >= this.windowMs) this.windows.delete(key);
  }
}

/**
 * Fixed one-minute windows per (limit, client address), in memory (`FixedWindows`).
 * (@nestjs/throttler 6 is CommonJS importing the ESM-only Nest 12, which Jest's ESM runtime cannot load.)
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly windows = new FixedWindows(60_000);

  constructor(
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const name = this.reflector.get<RateLimitName | undefined>(RATE_LIMIT, context.getHandler());
    if (!name) return true;
    const client = clientAddress(GqlExecutionContext.create(context).getContext<{ req: ClientRequest }>().req);
    const limit = name === 'login' ? this.config.auth.loginAttemptsPerMinute : this.config.limits.expensiveMutationsPerMinute;
    if (!this.windows.take(`${name}:${client}`, 1, limit, Date.now())) {
      throw new DomainError('RATE_LIMITED', 'Too many attempts; wait a minute and try again');
    }
    return true;
  }
}
