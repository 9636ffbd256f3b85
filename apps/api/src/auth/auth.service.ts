import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import bcrypt from 'bcryptjs';
import { DomainError } from '#common/domain-error.js';
import { AccountRepository } from '#persistence/repositories/account.repository.js';
import { HouseholdRepository } from '#persistence/repositories/household.repository.js';
import { MunicipalityRepository } from '#persistence/repositories/municipality.repository.js';
import type { AccountEntity } from '#persistence/entities/account.entity.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import type { Viewer } from './viewer.js';
import type { Page } from '../common/page.args.js';
import { isUuid } from '../common/uuid.js';
import type { Account, Session } from './models/session.model.js';
import type { CreateAccountInput } from './dto/login.input.js';

interface TokenClaims {
  readonly sub: string;
  readonly ver: number;
}

const BCRYPT_ROUNDS = 10;
/** Compared against when the e-mail is unknown, so a wrong address takes as long as a wrong password. */
const DUMMY_HASH = bcrypt.hashSync('not-a-password', BCRYPT_ROUNDS);
const WRONG_CREDENTIALS = 'Wrong e-mail address or password';

@Injectable()
export class AuthService {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly households: HouseholdRepository,
    private readonly municipalities: MunicipalityRepository,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(email: string, password: string): Promise<Session> {
    const account = await this.accounts.findByEmail(email);
    const matches = await bcrypt.compare(password, account?.passwordHash ?? DUMMY_HASH);
    if (!account || !matches || account.disabled) throw DomainError.unauthenticated(WRONG_CREDENTIALS);
    const ttl = this.config.auth.tokenTtlSeconds;
    const token = await this.jwt.signAsync({ sub: account.id, ver: account.tokenVersion } satisfies TokenClaims, { expiresIn: ttl });
    return { token, expiresAt: new Date(Date.now() + ttl * 1000), account: toAccount(account) };
  }

  /** The viewer behind an `Authorization: Bearer …` header; null without one; UNAUTHENTICATED if invalid. */
  async viewerFromAuthorization(header: string | undefined): Promise<Viewer | null> {
    if (!header) return null;
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw DomainError.unauthenticated('Malformed authorization header');
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(match[1]);
    } catch (error) {
      const expired = (error as { name?: string }).name === 'TokenExpiredError';
      throw DomainError.unauthenticated(expired ? 'Your session has expired; sign in again' : 'Invalid token');
    }
    const account = await this.accounts.findById(claims.sub);
    // A disabled account, or one whose tokens were revoked, loses access at once.
    if (!account || account.disabled || account.tokenVersion !== claims.ver) {
      throw DomainError.unauthenticated('This session is no longer valid');
    }
    return { accountId: account.id, role: account.role, municipalityCode: account.municipalityCode, householdId: account.householdId };
  }

  async me(viewer: Viewer): Promise<Account> {
    const account = await this.accounts.findById(viewer.accountId);
    if (!account) throw DomainError.unauthenticated();
    return toAccount(account);
  }

  async createAccount(input: CreateAccountInput): Promise<Account> {
    const role = input.role as AccountEntity['role'];
    const municipalityCode = role === 'municipality' ? input.municipalityCode ?? null : null;
    const householdId = role === 'newcomer' ? input.householdId ?? null : null;
    if (role === 'municipality' && !municipalityCode) {
      throw DomainError.badInput([{ field: 'municipalityCode', message: 'is required for a municipality account' }]);
    }
    if (role === 'newcomer' && !householdId) {
      throw DomainError.badInput([{ field: 'householdId', message: 'is required for a newcomer account' }]);
    }
    if (municipalityCode && !(await this.municipalities.findByCode(municipalityCode))) {
      throw DomainError.badInput([{ field: 'municipalityCode', message: `unknown municipality "${municipalityCode}"` }]);
    }
    if (householdId && !(await this.households.findById(householdId))) {
      throw DomainError.badInput([{ field: 'householdId', message: 'no such household' }]);
    }
    const created = await this.accounts.create({
      email: input.email,
      passwordHash: await bcrypt.hash(input.password, BCRYPT_ROUNDS),
      role,
      municipalityCode,
      householdId,
    });
    if (!created) throw new DomainError('CONFLICT', 'An account with this e-mail address exists already');
    return toAccount(created);
  }

  async setDisabled(id: string, disabled: boolean): Promise<Account> {
    const updated = isUuid(id) ? await this.accounts.setDisabled(id, disabled) : null;
    if (!updated) throw DomainError.notFound(`account ${id}`);
    return toAccount(updated);
  }

  /** A page of the accounts, by role, then e-mail. */
  async list(page: Page): Promise<Account[]> {
    return (await this.accounts.list(page)).map(toAccount);
  }
}

export function hashPassword(password: string): string {
  return bcrypt.hashSync(password, BCRYPT_ROUNDS);
}

function toAccount(entity: AccountEntity): Account {
  return {
    id: entity.id,
    email: entity.email,
    role: entity.role,
    municipalityCode: entity.municipalityCode,
    householdId: entity.householdId,
    disabled: entity.disabled,
  };
}
