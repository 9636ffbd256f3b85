import 'reflect-metadata';
import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host.js';
import { DomainError } from '#common/domain-error.js';
import { defaultLimits, type AppConfig } from '../config/app-config.js';
import { RateLimit, RateLimitGuard } from './rate-limit.guard.js';
import { buildRateLimits, RateLimits } from './rate-limits.js';
import type { DataSource } from 'typeorm';

class FakeResolver {
  @RateLimit('expensive')
  startRound(): void {}

  @RateLimit('login')
  login(): void {}

  unlimited(): void {}
}

const config = {
  auth: { jwtSecret: 'x', tokenTtlSeconds: 60, loginAttemptsPerMinute: 3 },
  limits: { ...defaultLimits(), expensiveMutationsPerMinute: 2 },
} as unknown as AppConfig;

/** A GraphQL execution context for `handler`, called from `ip` (or only a socket address). */
function contextFor(handler: keyof FakeResolver, req: { ip?: string; socket?: { remoteAddress?: string } }) {
  const context = new ExecutionContextHost([{}, {}, { req }, {}], FakeResolver, FakeResolver.prototype[handler]);
  context.setType('graphql');
  return context;
}

describe('RateLimitGuard', () => {
  let guard: RateLimitGuard;
  let now: number;
  const realNow = Date.now;
  const call = (handler: keyof FakeResolver, ip = '10.0.0.1') => guard.canActivate(contextFor(handler, { ip }));
  const rateLimited = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
    } catch (error) {
      return error instanceof DomainError && error.code === 'RATE_LIMITED';
    }
    return false;
  };

  beforeEach(() => {
    guard = new RateLimitGuard(new Reflector(), config, buildRateLimits({}, {} as DataSource));
    now = 1_800_000_000_000;
    Date.now = () => now;
  });
  afterEach(() => {
    Date.now = realNow;
  });

  it('allows `expensiveMutationsPerMinute` expensive calls per minute and refuses the next with RATE_LIMITED', async () => {
    expect(await call('startRound')).toBe(true);
    expect(await call('startRound')).toBe(true);
    expect(await rateLimited(() => call('startRound'))).toBe(true);
    expect(await rateLimited(() => call('startRound'))).toBe(true); // stays refused within the window
  });

  it('uses the login limit for @RateLimit("login")', async () => {
    for (let i = 0; i < 3; i += 1) expect(await call('login')).toBe(true);
    expect(await rateLimited(() => call('login'))).toBe(true);
  });

  it('counts each limit separately', async () => {
    await call('startRound');
    await call('startRound');
    expect(await rateLimited(() => call('startRound'))).toBe(true);
    expect(await call('login')).toBe(true);
  });

  it('counts each client address separately', async () => {
    await call('startRound', '10.0.0.1');
    await call('startRound', '10.0.0.1');
    expect(await rateLimited(() => call('startRound', '10.0.0.1'))).toBe(true);
    expect(await call('startRound', '10.0.0.2')).toBe(true);
  });

  it('falls back to the socket address when the request has no ip', async () => {
    const bySocket = () => guard.canActivate(contextFor('startRound', { socket: { remoteAddress: '192.0.2.7' } }));
    await bySocket();
    await bySocket();
    expect(await rateLimited(bySocket)).toBe(true);
    expect(await call('startRound', '192.0.2.8')).toBe(true);
  });

  it('starts a fresh window after a minute', async () => {
    await call('startRound');
    await call('startRound');
    now += 59_999;
    expect(await rateLimited(() => call('startRound'))).toBe(true);
    now += 1;
    expect(await call('startRound')).toBe(true);
    expect(await call('startRound')).toBe(true);
    expect(await rateLimited(() => call('startRound'))).toBe(true);
  });

  it('never limits operations without @RateLimit', async () => {
    for (let i = 0; i < 100; i += 1) expect(await call('unlimited')).toBe(true);
  });

  it('RateLimits spends a cost against a limit per window and key (the query cost budgets)', async () => {
    const limits = buildRateLimits({}, {} as DataSource);
    expect(await limits.take('cost', 'a', 400, 1000)).toBe(true);
    expect(await limits.take('cost', 'a', 600, 1000)).toBe(true);
    expect(await limits.take('cost', 'a', 1, 1000)).toBe(false);
    expect(await limits.take('cost', 'b', 1001, 1000)).toBe(false);
    expect(await limits.take('other', 'a', 1000, 1000)).toBe(true); // each limit counts separately
    now += 60_000;
    expect(await limits.take('cost', 'a', 1000, 1000)).toBe(true);
    expect(limits).toBeInstanceOf(RateLimits);
  });
});
