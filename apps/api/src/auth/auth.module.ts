import { createSecretKey } from 'node:crypto';
import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule, type JwtModuleOptions } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { AccessGuard } from './access.guard.js';
import { AuthResolver } from './auth.resolver.js';
import { AccountResolver } from './account.resolver.js';
import { AuthService } from './auth.service.js';
import { AccessCodeService } from './access-codes.service.js';
import { AccessCodeResolver } from './access-codes.resolver.js';
import { HouseholdAccessResolver } from './household-access.resolver.js';
import { RateLimitGuard } from './rate-limit.guard.js';
import { buildRateLimits, RateLimits } from './rate-limits.js';
import { DataSource } from 'typeorm';

/**
 * How this service signs and verifies its tokens (HS256 with `auth.jwtSecret`, its UTF-8 bytes); also the query
 * budget's token check. Every reader of a token also checks its claims with `verifyAccessToken` (tokens.ts).
 * The secret is handed over as a KeyObject: given a string, jsonwebtoken first tries to parse it as a PEM public or
 * private key on every sign and verify and builds the secret key only after that throws (about 1 ms a token, against
 * tens of microseconds), and every signed-in request verifies its token (once: `AuthService.authenticateRequest`).
 */
export function jwtOptions(config: AppConfig): JwtModuleOptions {
  return { secret: createSecretKey(Buffer.from(config.auth.jwtSecret, 'utf8')), signOptions: { algorithm: 'HS256' }, verifyOptions: { algorithms: ['HS256'] } };
}

@Global()
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: jwtOptions,
    }),
  ],
  providers: [
    AuthService,
    AuthResolver,
    AccountResolver,
    AccessCodeService,
    AccessCodeResolver,
    HouseholdAccessResolver,
    { provide: RateLimits, inject: [APP_CONFIG, DataSource], useFactory: (config: AppConfig, dataSource: DataSource) => buildRateLimits(config.database, dataSource) },
    // Order matters: who you are and what you may do first, then how often.
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_GUARD, useClass: RateLimitGuard },
  ],
  exports: [AuthService, RateLimits],
})
export class AuthModule {}
