import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import type { AccountRepository } from '#persistence/repositories/account.repository.js';
import type { HouseholdRepository } from '#persistence/repositories/household.repository.js';
import type { MunicipalityRepository } from '#persistence/repositories/municipality.repository.js';
import { defaultLimits, type AppConfig } from '../config/app-config.js';
import { jwtOptions } from './auth.module.js';
import { AuthService } from './auth.service.js';

/*
 * Issue 14: the query budget and the access guard (once per root field) each verified the bearer token, and the guard
 * read the account each time. `authenticateRequest` does both once per request and keeps the answer for it.
 */
describe('AuthService.authenticateRequest', () => {
  const config = {
    auth: { jwtSecret: 'unit-secret', tokenTtlSeconds: 3600, loginAttemptsPerMinute: 10 },
    limits: defaultLimits(),
  } as unknown as AppConfig;
  const jwt = new JwtService(jwtOptions(config));
  const account = { id: randomUUID(), role: 'officer', municipalityCode: null, householdId: null, disabled: false, tokenVersion: 0 };
  let reads: number;
  let verifications: number;
  let auth: AuthService;

  beforeEach(() => {
    reads = 0;
    verifications = 0;
    const accounts = {
      findById: async (id: string) => {
        reads += 1;
        return id === account.id ? account : null;
      },
    } as unknown as AccountRepository;
    const counting = new JwtService(jwtOptions(config));
    const verify = counting.verify.bind(counting);
    counting.verify = ((token: string) => {
      verifications += 1;
      return verify(token);
    }) as JwtService['verify'];
    auth = new AuthService(accounts, {} as HouseholdRepository, {} as MunicipalityRepository, counting, config);
  });

  const token = () => jwt.sign({ sub: account.id, ver: 0 }, { expiresIn: 3600 });

  it('verifies the token and reads the account once per request, however often it is asked', async () => {
    const req = { headers: { authorization: `Bearer ${token()}` } };
    const answers = await Promise.all([auth.authenticateRequest(req), auth.authenticateRequest(req), auth.authenticateRequest(req)]);
    expect(answers.map((a) => a.viewer?.accountId)).toEqual([account.id, account.id, account.id]);
    expect(verifications).toBe(1);
    expect(reads).toBe(1);
  });

  it('authenticates each request by itself', async () => {
    const header = `Bearer ${token()}`;
    await auth.authenticateRequest({ headers: { authorization: header } });
    await auth.authenticateRequest({ headers: { authorization: header } });
    expect(verifications).toBe(2);
    expect(reads).toBe(2);
  });

  it('keeps why a token gives no viewer, and treats a missing or repeated header as none', async () => {
    const bad = { headers: { authorization: 'Bearer not-a-token' } };
    expect(await auth.authenticateRequest(bad)).toEqual({ viewer: null, problem: 'Invalid token' });
    expect(await auth.authenticateRequest(bad)).toEqual({ viewer: null, problem: 'Invalid token' });
    expect(verifications).toBe(1);
    expect(await auth.authenticateRequest({ headers: {} })).toEqual({ viewer: null, problem: null });
    expect(await auth.authenticateRequest({ headers: { authorization: [`Bearer ${token()}`, 'Bearer x'] } })).toEqual({ viewer: null, problem: null });
    expect(reads).toBe(0);
  });
});
