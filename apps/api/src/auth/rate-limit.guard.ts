import { Inject, Injectable, SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { DomainError } from '#common/domain-error.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { RateLimits } from './rate-limits.js';

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
 * One-minute windows per (limit, client address), counted in the shared limiters (`RateLimits`, rate-limits.ts:
 * PostgreSQL on a real server, so several API processes together allow what one would; memory on the embedded database).
 * (@nestjs/throttler 6 is CommonJS importing the ESM-only Nest 12, which Jest's ESM runtime cannot load.)
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly limits: RateLimits,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const name = this.reflector.get<RateLimitName | undefined>(RATE_LIMIT, context.getHandler());
    if (!name) return true;
    const client = clientAddress(GqlExecutionContext.create(context).getContext<{ req: ClientRequest }>().req);
    const limit = name === 'login' ? this.config.auth.loginAttemptsPerMinute : this.config.limits.expensiveMutationsPerMinute;
    if (!(await this.limits.take(name, client, 1, limit))) {
      throw new DomainError('RATE_LIMITED', 'Too many attempts; wait a minute and try again');
    }
    return true;
  }
}
