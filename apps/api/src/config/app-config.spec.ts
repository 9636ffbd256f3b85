import { appConfigFromEnv, jobsConfig, jobsConfigFromEnv, retentionConfigFromEnv, trustProxyFromEnv } from './app-config.js';

describe('trust proxy (TRUST_PROXY)', () => {
  it('is off by default: the client address is the socket’s, X-Forwarded-For is ignored', () => {
    expect(appConfigFromEnv({ JWT_SECRET: 'x' }).trustProxy).toBe(false);
    expect(trustProxyFromEnv('')).toBe(false);
    expect(trustProxyFromEnv('false')).toBe(false);
  });

  it('takes true, a number of hops, or addresses and subnets as Express does', () => {
    expect(trustProxyFromEnv('true')).toBe(true);
    expect(trustProxyFromEnv('1')).toBe(1);
    expect(trustProxyFromEnv(' 2 ')).toBe(2);
    expect(trustProxyFromEnv('loopback')).toBe('loopback');
    expect(trustProxyFromEnv('10.0.0.0/8, 10.1.2.3')).toBe('10.0.0.0/8, 10.1.2.3');
    expect(appConfigFromEnv({ JWT_SECRET: 'x', TRUST_PROXY: 'loopback' }).trustProxy).toBe('loopback');
  });
});

describe('job queue of runs (RUN_QUEUE, RUNS_IN_API, RUN_JOB_*)', () => {
  it('is in-process on the embedded database and bullmq on PostgreSQL, executing runs in the API unless told not to', () => {
    expect(jobsConfigFromEnv({})).toMatchObject({ queue: 'in-process', consume: true, lockMs: 30_000, stalledCheckMs: 30_000, cancelCheckMs: 1000, shutdownGraceSeconds: 30 });
    expect(jobsConfigFromEnv({ DATABASE_URL: 'postgres://db/x' })).toMatchObject({ queue: 'postgres', consume: true });
    expect(jobsConfigFromEnv({ DATABASE_URL: 'postgres://db/x', RUNS_IN_API: 'false', RUN_JOB_LOCK_MS: '2000' })).toMatchObject({ consume: false, lockMs: 2000 });
    expect(jobsConfigFromEnv({ DATABASE_URL: 'postgres://db/x', RUN_QUEUE: 'in-process' }).queue).toBe('in-process');
    expect(jobsConfig({ database: {} }).queue).toBe('in-process');
    expect(jobsConfig({ database: { url: 'postgres://db/x' } }).queue).toBe('postgres');
  });

  it('refuses an unknown queue, and a shared queue without its server', () => {
    expect(() => jobsConfigFromEnv({ RUN_QUEUE: 'kafka' })).toThrow(/RUN_QUEUE/);
    expect(() => jobsConfigFromEnv({ RUN_QUEUE: 'postgres' })).toThrow(/DATABASE_URL/);
    expect(() => jobsConfigFromEnv({ RUN_QUEUE: 'redis' })).toThrow(/REDIS_URL/);
  });
});

describe('costly operations per minute (EXPENSIVE_MUTATIONS_PER_MINUTE)', () => {
  it('is 20 per client address unless set', () => {
    expect(appConfigFromEnv({ JWT_SECRET: 'x' }).limits.expensiveMutationsPerMinute).toBe(20);
    expect(appConfigFromEnv({ JWT_SECRET: 'x', EXPENSIVE_MUTATIONS_PER_MINUTE: '600' }).limits.expensiveMutationsPerMinute).toBe(600);
  });
});

describe('retention of personal data (RETENTION_MONTHS_AFTER_PLACEMENT, RETENTION_INTERVAL_HOURS)', () => {
  it('keeps cases 12 months after moving in and passes once a day by default', () => {
    expect(retentionConfigFromEnv({})).toEqual({ monthsAfterPlacement: 12, intervalHours: 24 });
    expect(retentionConfigFromEnv({ RETENTION_MONTHS_AFTER_PLACEMENT: '24', RETENTION_INTERVAL_HOURS: '0' })).toEqual({ monthsAfterPlacement: 24, intervalHours: 0 });
  });

  it('refuses a value that is not a whole number ≥ 0, naming the variable', () => {
    expect(() => retentionConfigFromEnv({ RETENTION_MONTHS_AFTER_PLACEMENT: '-1' })).toThrow(/RETENTION_MONTHS_AFTER_PLACEMENT/);
    expect(() => retentionConfigFromEnv({ RETENTION_INTERVAL_HOURS: 'daily' })).toThrow(/RETENTION_INTERVAL_HOURS/);
    // a wait longer than Node's timers take would make the pass run at once, again and again
    expect(() => retentionConfigFromEnv({ RETENTION_INTERVAL_HOURS: '1000' })).toThrow(/RETENTION_INTERVAL_HOURS must be a whole number from 0 to 168/);
    expect(retentionConfigFromEnv({ RETENTION_INTERVAL_HOURS: '168' }).intervalHours).toBe(168);
  });

  it('refuses every timer interval Node cannot wait (the expiry and the mail too)', () => {
    expect(() => appConfigFromEnv({ PROPOSAL_EXPIRY_INTERVAL_MINUTES: 'hourly' })).toThrow(/PROPOSAL_EXPIRY_INTERVAL_MINUTES must be a whole number from 0 to 1440/);
    expect(() => appConfigFromEnv({ PROPOSAL_EXPIRY_INTERVAL_MINUTES: '50000' })).toThrow(/PROPOSAL_EXPIRY_INTERVAL_MINUTES/);
    expect(appConfigFromEnv({ PROPOSAL_EXPIRY_INTERVAL_MINUTES: '0' }).proposals?.expiryIntervalMinutes).toBe(0);
    expect(() => appConfigFromEnv({ MAIL_DISPATCH_INTERVAL_SECONDS: '1e9' })).toThrow(/MAIL_DISPATCH_INTERVAL_SECONDS must be a whole number from 0 to 3600/);
  });
});
