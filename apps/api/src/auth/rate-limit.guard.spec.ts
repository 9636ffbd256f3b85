import 'reflect-metadata';
import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host.js';
import { DomainError } from '#common/domain-error.js';
import { defaultLimits, type AppConfig } from '../config/app-config.js';
import { FixedWindows, RateLimit, RateLimitGuard } from './rate-limit.guard.js';

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
  const rateLimited = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      return error instanceof DomainError && error.code === 'RATE_LIMITED';
    }
    return false;
  };

  beforeEach(() => {
    guard = new RateLimitGuard(new Reflector(), config);
    now = 1_800_000_000_000;
    Date.now = () => now;
  });
  afterEach(() => {
    Date.now = realNow;
  });

  it('allows `expensiveMutationsPerMinute` expensive calls per minute and refuses the next with RATE_LIMITED', () => {
    expect(call('startRound')).toBe(true);
    expect(call('startRound')).toBe(true);
    expect(rateLimited(() => call('startRound'))).toBe(true);
    expect(rateLimited(() => call('startRound'))).toBe(true); // stays refused within the window
  });

  it('uses the login limit for @RateLimit("login")', () => {
    for (let i = 0; i < 3; i += 1) expect(call('login')).toBe(true);
    expect(rateLimited(() => call('login'))).toBe(true);
  });

  it('counts each limit separately', () => {
    call('startRound');
    call('startRound');
    expect(rateLimited(() => call('startRound'))).toBe(true);
    expect(call('login')).toBe(true);
  });

  it('counts each client address separately', () => {
    call('startRound', '10.0.0.1');
    call('startRound', '10.0.0.1');
    expect(rateLimited(() => call('startRound', '10.0.0.1'))).toBe(true);
    expect(call('startRound', '10.0.0.2')).toBe(true);
  });

  it('falls back to the socket address when the request has no ip', () => {
    const bySocket = () => guard.canActivate(contextFor('startRound', { socket: { remoteAddress: '192.0.2.7' } }));
    bySocket();
    bySocket();
    expect(rateLimited(bySocket)).toBe(true);
    expect(call('startRound', '192.0.2.8')).toBe(true);
  });

  it('starts a fresh window after a minute', () => {
    call('startRound');
    call('startRound');
    now += 59_999;
    expect(rateLimited(() => call('startRound'))).toBe(true);
    now += 1;
    expect(call('startRound')).toBe(true);
    expect(call('startRound')).toBe(true);
    expect(rateLimited(() => call('startRound'))).toBe(true);
  });

  it('never limits operations without @RateLimit', () => {
    for (let i = 0; i < 100; i += 1) expect(call('unlimited')).toBe(true);
  });

  it('keeps memory bounded: expired windows of many addresses are evicted', () => {
    for (let i = 0; i < 10_002; i += 1) call('login', `ip-${i}`);
    now += 60_000;
    call('login', 'fresh');
    const windows = (guard as unknown as { windows: { windows: Map<string, unknown> } }).windows.windows;
    expect(windows.size).toBe(1);
  });

  it('FixedWindows spends a cost against a limit per window (the anonymous complexity budget)', () => {
    const w = new FixedWindows(60_000);
    expect(w.take('a', 400, 1000, 0)).toBe(true);
    expect(w.take('a', 600, 1000, 1)).toBe(true);
    expect(w.take('a', 1, 1000, 2)).toBe(false);
    expect(w.take('b', 1001, 1000, 2)).toBe(false);
    expect(w.take('a', 1000, 1000, 60_000)).toBe(true);
  });
});
