import { appConfigFromEnv, trustProxyFromEnv } from './app-config.js';

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
