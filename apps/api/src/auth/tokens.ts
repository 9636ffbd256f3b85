/**
 * The access tokens this service issues and how they are verified: `AuthService.authenticate` calls
 * `verifyAccessToken` with the shared `jwtOptions` (HS256, auth.module.ts), once per request
 * (`AuthService.authenticateRequest`, whose answer the query budget and the access guard share).
 */
import type { JwtService } from '@nestjs/jwt';
import { isUuid } from '../common/uuid.js';

/**
 * What a token of ours holds. `sub`: the account id (UUID); `ver`: the account's token version when it was issued
 * (disabling or enabling an account raises it, which revokes older tokens); `iat`/`exp`: issued at and expires at,
 * seconds since the epoch, `exp = iat + auth.tokenTtlSeconds`.
 */
export interface TokenClaims {
  readonly sub: string;
  readonly ver: number;
  readonly iat: number;
  readonly exp: number;
}

/** The claims `AuthService.login` signs (`iat` and `exp` are added by the signer from `expiresIn`). */
export type IssuedClaims = Pick<TokenClaims, 'sub' | 'ver'>;

/** Why a token was refused: `expired` (its `exp` passed), `invalid` (anything else: signature, algorithm, claims). */
export type TokenProblem = 'expired' | 'invalid';

/** Seconds a token's `iat` may lie ahead of this server's clock (several API processes' clocks differ a little). */
export const CLOCK_SKEW_SECONDS = 60;

export class TokenRefused extends Error {
  constructor(readonly problem: TokenProblem) {
    super(problem === 'expired' ? 'Your session has expired; sign in again' : 'Invalid token');
    this.name = 'TokenRefused';
  }
}

/**
 * The token of an `Authorization: Bearer <token>` header; `undefined` without a header; null for a header of another
 * form (e.g. `Token …`).
 */
export function bearerToken(header: string | undefined): string | null | undefined {
  if (header === undefined || header === '') return undefined;
  return /^Bearer\s+(\S+)$/i.exec(header)?.[1] ?? null;
}

/**
 * The claims of `token` when this service signed it (signature and algorithm checked by `jwt`, configured with
 * `jwtOptions`) and it has every claim we issue, well-formed: `sub` a UUID, `ver` an integer, `iat` and `exp` whole
 * seconds, `iat` not ahead of `now` by more than `CLOCK_SKEW_SECONDS`, `exp` not passed and at most
 * `maxLifetimeSeconds` (the configured `auth.tokenTtlSeconds`) after `iat`. jsonwebtoken checks `exp` only when a token
 * has one, so a token without `exp` (which would never expire) is refused here.
 * Throws `TokenRefused` (`expired` or `invalid`); does not read the account (revocation is `AuthService`'s check).
 */
export function verifyAccessToken(jwt: JwtService, token: string, maxLifetimeSeconds: number, now = Date.now()): TokenClaims {
  let payload: unknown;
  try {
    payload = jwt.verify<object>(token);
  } catch (error) {
    throw new TokenRefused((error as { name?: string }).name === 'TokenExpiredError' ? 'expired' : 'invalid');
  }
  if (!hasIssuedClaims(payload)) throw new TokenRefused('invalid');
  const nowSeconds = Math.floor(now / 1000);
  if (payload.iat > nowSeconds + CLOCK_SKEW_SECONDS || payload.exp < payload.iat || payload.exp - payload.iat > maxLifetimeSeconds) {
    throw new TokenRefused('invalid');
  }
  if (payload.exp <= nowSeconds) throw new TokenRefused('expired');
  return payload;
}

function hasIssuedClaims(payload: unknown): payload is TokenClaims {
  if (typeof payload !== 'object' || payload === null) return false;
  const { sub, ver, iat, exp } = payload as Partial<Record<keyof TokenClaims, unknown>>;
  return typeof sub === 'string' && isUuid(sub) && Number.isInteger(ver) && Number.isInteger(iat) && Number.isInteger(exp);
}
