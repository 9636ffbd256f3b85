import { jest } from '@jest/globals';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { ChunkedLimiter, SHARED_CHUNKS, WINDOW_SECONDS } from './rate-limits.js';

/**
 * ChunkedLimiter: a limit shared by API processes, counted in memory and written to the shared store in chunks. The
 * shared store here is a RateLimiterMemory standing in for RateLimiterPostgres (same interface); each ChunkedLimiter
 * is one process. Writes are counted on the store.
 */
describe('ChunkedLimiter: a shared limit written in chunks', () => {
  const realNow = Date.now;
  let now: number;
  beforeEach(() => {
    now = 1_800_000_000_000;
    Date.now = () => now;
  });
  afterEach(() => {
    Date.now = realNow;
  });

  /** A shared store of `points` per window and a count of the writes it received. */
  const sharedStore = (points: number) => {
    const store = new RateLimiterMemory({ keyPrefix: 'shared', points, duration: WINDOW_SECONDS });
    const writes = jest.spyOn(store, 'consume');
    return { store, writes };
  };
  const spend = async (limiter: ChunkedLimiter, key: string, times: number, cost = 1) => {
    let admitted = 0;
    for (let i = 0; i < times; i += 1) if (await limiter.consume(key, cost)) admitted += 1;
    return admitted;
  };

  it('writes to the shared store once per chunk of a key’s spend, not once per spend', async () => {
    const { store, writes } = sharedStore(200_000);
    const process1 = new ChunkedLimiter('cost-newcomer', 200_000, store);
    expect(process1.chunk).toBe(200_000 / SHARED_CHUNKS);
    // 500 polls of cost 40 (20,000 points) in a minute: two writes of 10,000, where each poll used to write
    expect(await spend(process1, 'account-1', 500, 40)).toBe(500);
    expect(writes).toHaveBeenCalledTimes(2);
    expect(writes.mock.calls.map((call) => call[1])).toEqual([10_000, 10_000]);
  });

  it('holds the limit over two processes to within one chunk each, and a refused key costs no more writes', async () => {
    const { store, writes } = sharedStore(200);
    const a = new ChunkedLimiter('cost', 200, store);
    const b = new ChunkedLimiter('cost', 200, store);
    expect(a.chunk).toBe(10);
    expect(await spend(a, 'k', 150)).toBe(150);
    // b's 60th point brings the shared counter to 210: refused; its 59 before it were admitted
    const admittedByB = await spend(b, 'k', 100);
    expect(admittedByB).toBe(59);
    const total = 150 + admittedByB;
    expect(total).toBeGreaterThanOrEqual(200);
    expect(total).toBeLessThanOrEqual(200 + 2 * a.chunk);
    const writesSoFar = writes.mock.calls.length;
    expect(await spend(b, 'k', 100)).toBe(0);
    expect(writes).toHaveBeenCalledTimes(writesSoFar);
    // a is refused at its next chunk (the shared counter is past the limit), other keys go on
    expect(await spend(a, 'k', 20)).toBe(9);
    expect(await spend(a, 'other', 20)).toBe(20);
    // a new window: both are served again
    now += WINDOW_SECONDS * 1000;
    expect(await spend(b, 'k', 10)).toBe(10);
    expect(await spend(a, 'k', 10)).toBe(10);
  });

  it('is exact for small limits: a chunk of 1 writes every spend (login attempts)', async () => {
    const { store, writes } = sharedStore(5);
    const a = new ChunkedLimiter('login', 5, store);
    const b = new ChunkedLimiter('login', 5, store);
    expect(a.chunk).toBe(1);
    expect(await spend(a, '10.0.0.1', 3)).toBe(3);
    expect(await spend(b, '10.0.0.1', 3)).toBe(2);
    expect(writes).toHaveBeenCalledTimes(6);
  });

  it('counts in memory when the shared store fails: the limit holds per process', async () => {
    const { store } = sharedStore(100);
    jest.spyOn(store, 'consume').mockRejectedValue(new Error('connection refused'));
    const a = new ChunkedLimiter('cost', 100, store);
    expect(await spend(a, 'k', 150)).toBe(100);
  });

  it('drops a key’s unsent spend after a window: it belonged to a shared window that is over', async () => {
    const { store, writes } = sharedStore(200);
    const a = new ChunkedLimiter('cost', 200, store);
    expect(await spend(a, 'k', 9)).toBe(9);
    now += WINDOW_SECONDS * 1000;
    expect(await spend(a, 'k', 9)).toBe(9);
    expect(writes).not.toHaveBeenCalled();
    expect(await spend(a, 'k', 1)).toBe(1);
    expect(writes.mock.calls.map((call) => call[1])).toEqual([10]);
  });
});
