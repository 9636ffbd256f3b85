import { JwtService } from '@nestjs/jwt';
import { jwtOptions } from './auth.module.js';
import { bearerToken, CLOCK_SKEW_SECONDS, TokenRefused, verifyAccessToken } from './tokens.js';
import type { AppConfig } from '../config/app-config.js';

const TTL = 3600;
const config = { auth: { jwtSecret: 'tokens-spec-secret', tokenTtlSeconds: TTL, loginAttemptsPerMinute: 10 } } as AppConfig;
const jwt = new JwtService(jwtOptions(config));
const SUB = '6f1f6a43-5d8e-4f43-9d3b-0d6f7c1e2a10';
// jsonwebtoken checks `exp` against the real clock, so the cases are built around it
const NOW = Date.now();
const nowSeconds = Math.floor(NOW / 1000);

/** A token signed with the service's secret and exactly these claims (the signer adds `iat` only when asked to omit none). */
const signed = (claims: object) => jwt.sign({ ...claims }, 'iat' in claims ? {} : { noTimestamp: true });
const refusal = (token: string): string => {
  try {
    verifyAccessToken(jwt, token, TTL, NOW);
    return 'accepted';
  } catch (error) {
    return error instanceof TokenRefused ? error.problem : 'threw something else';
  }
};

describe('verifyAccessToken', () => {
  const good = { sub: SUB, ver: 1, iat: nowSeconds - 10, exp: nowSeconds - 10 + TTL };

  it('accepts the claims login issues and returns them', () => {
    expect(verifyAccessToken(jwt, signed(good), TTL, NOW)).toEqual(good);
  });

  it('accepts a token as login signs it (iat and exp added by the signer from expiresIn)', () => {
    const token = jwt.sign({ sub: SUB, ver: 3 }, { expiresIn: TTL });
    expect(verifyAccessToken(jwt, token, TTL)).toMatchObject({ sub: SUB, ver: 3 });
  });

  it.each([
    ['without exp (it would never expire)', { sub: SUB, ver: 1, iat: nowSeconds }, 'invalid'],
    ['without iat', { sub: SUB, ver: 1, exp: nowSeconds + 60 }, 'invalid'],
    ['without sub', { ver: 1, iat: nowSeconds, exp: nowSeconds + 60 }, 'invalid'],
    ['with a sub that is not an account id', { ...good, sub: 'admin' }, 'invalid'],
    ['without ver', { sub: SUB, iat: nowSeconds, exp: nowSeconds + 60 }, 'invalid'],
    ['with a ver that is not an integer', { ...good, ver: '1' }, 'invalid'],
    ['with a fractional exp', { ...good, exp: good.exp + 0.5 }, 'invalid'],
    ['living longer than auth.tokenTtlSeconds', { ...good, exp: good.iat + TTL + 1 }, 'invalid'],
    ['issued in the future (beyond the clock skew)', { ...good, iat: nowSeconds + CLOCK_SKEW_SECONDS + 5, exp: nowSeconds + CLOCK_SKEW_SECONDS + 65 }, 'invalid'],
    ['expiring before it was issued', { ...good, iat: nowSeconds + 30, exp: nowSeconds + 20 }, 'invalid'],
    ['expired', { sub: SUB, ver: 1, iat: nowSeconds - TTL - 5, exp: nowSeconds - 5 }, 'expired'],
  ])('refuses a correctly signed token %s', (_name, claims, problem) => {
    expect(refusal(signed(claims))).toBe(problem);
  });

  it('refuses a token signed with another secret or another algorithm', () => {
    const other = new JwtService({ secret: 'another-secret' });
    expect(refusal(other.sign({ ...good }))).toBe('invalid');
    const hs512 = new JwtService({ secret: 'tokens-spec-secret', signOptions: { algorithm: 'HS512' } });
    expect(refusal(hs512.sign({ ...good }))).toBe('invalid');
  });
});

describe('bearerToken', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['Bearer abc.def.ghi', 'abc.def.ghi'],
    ['bearer   abc', 'abc'],
    ['Token abc', null],
    ['Bearer a b', null],
  ])('%j → %j', (header, token) => {
    expect(bearerToken(header)).toBe(token);
  });
});
