import { Inject, Injectable } from '@nestjs/common';
import { erasedCaseError } from '../erasure/erased-case.js';
import { JwtService } from '@nestjs/jwt';
import { DomainError } from '#common/domain-error.js';
import { AccountRepository } from '#persistence/repositories/account.repository.js';
import { HouseholdRepository } from '#persistence/repositories/household.repository.js';
import { MunicipalityRepository } from '#persistence/repositories/municipality.repository.js';
import type { AccountEntity } from '#persistence/entities/account.entity.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import type { Viewer } from './viewer.js';
import { checkLocaleOfRole } from './role-locale.js';
import type { Page } from '../common/page.args.js';
import { isUuid } from '../common/uuid.js';
import { auditEntry } from '../common/audit-entry.js';
import type { Account, Session } from './models/session.model.js';
import type { CreateAccountInput, MySettingsInput } from './dto/login.input.js';
import { hashPassword, passwordTooLong, PASSWORD_MAX_BYTES, verifyPassword } from './passwords.js';
import { bearerToken, TokenRefused, verifyAccessToken, type IssuedClaims, type TokenClaims } from './tokens.js';

/** Compared against when the e-mail is unknown, so a wrong address takes as long as a wrong password (made on first use). */
let dummyHash: Promise<string> | undefined;
const WRONG_CREDENTIALS = 'Wrong e-mail address or password';

/**
 * Who sent a request: a viewer and when its token expires (`expiresAt`, ms since the epoch, from `exp`), or none with
 * why a token that was sent gives none (`problem`: the message a protected operation answers with UNAUTHENTICATED;
 * null without a token).
 */
export type Authentication =
  | { readonly viewer: Viewer; readonly problem: null; readonly expiresAt: number }
  | { readonly viewer: null; readonly problem: string | null };

/** What `authenticateRequest` reads of a request: its headers (Express's `req`). */
export interface AuthenticatedRequest {
  readonly headers?: Readonly<Record<string, string | string[] | undefined>>;
}

/** Each request's authentication, made once (`authenticateRequest`); dropped with the request. */
const BY_REQUEST = new WeakMap<object, Promise<Authentication>>();

@Injectable()
export class AuthService {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly households: HouseholdRepository,
    private readonly municipalities: MunicipalityRepository,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Signs in. A password over `PASSWORD_MAX_BYTES` bytes is refused (BAD_USER_INPUT on `password`) before any hashing;
   * a wrong e-mail address or password gives one UNAUTHENTICATED error that does not say which, in about the same time.
   * An account whose stored hash is old (bcrypt, or other Argon2 parameters) gets an Argon2id hash of this password.
   */
  async login(email: string, password: string): Promise<Session> {
    if (passwordTooLong(password)) {
      throw DomainError.badInput([{ field: 'password', message: `must be at most ${PASSWORD_MAX_BYTES} bytes long (UTF-8)` }]);
    }
    const account = await this.accounts.findByEmail(email);
    const check = await verifyPassword(account?.passwordHash ?? (await (dummyHash ??= hashPassword('not-a-password'))), password);
    if (!account || !check.matches || account.disabled) throw DomainError.unauthenticated(WRONG_CREDENTIALS);
    if (check.needsRehash) await this.accounts.replacePasswordHash(account.id, account.passwordHash, await hashPassword(password));
    return this.sessionFor(account);
  }

  /** A new session of `account` (a token of its current token version, valid `auth.tokenTtlSeconds`). */
  async sessionFor(account: AccountEntity): Promise<Session> {
    const ttl = this.config.auth.tokenTtlSeconds;
    const token = await this.jwt.signAsync({ sub: account.id, ver: account.tokenVersion } satisfies IssuedClaims, { expiresIn: ttl });
    return { token, expiresAt: new Date(Date.now() + ttl * 1000), account: toAccount(account) };
  }

  /**
   * Who is behind an `Authorization: Bearer …` header: no header, no viewer; a token that is malformed, expired,
   * invalid (`verifyAccessToken`: signature, algorithm, every claim we issue) or revoked (account gone, disabled, or
   * token version raised) gives no viewer and the reason. The caller decides: public operations go on as anonymous,
   * protected ones answer UNAUTHENTICATED with the reason (AccessGuard).
   */
  async authenticate(header: string | undefined): Promise<Authentication> {
    const token = bearerToken(header);
    if (token === undefined) return { viewer: null, problem: null };
    if (token === null) return { viewer: null, problem: 'Malformed authorization header' };
    let claims: TokenClaims;
    try {
      claims = verifyAccessToken(this.jwt, token, this.config.auth.tokenTtlSeconds);
    } catch (error) {
      if (error instanceof TokenRefused) return { viewer: null, problem: error.message };
      throw error;
    }
    const account = await this.accounts.findById(claims.sub);
    // A disabled account, or one whose tokens were revoked, loses access at once.
    if (!account || account.disabled || account.tokenVersion !== claims.ver) return { viewer: null, problem: 'This session is no longer valid' };
    const viewer: Viewer = { accountId: account.id, role: account.role, municipalityCode: account.municipalityCode, householdId: account.householdId };
    return { viewer, problem: null, expiresAt: claims.exp * 1000 };
  }

  /**
   * `authenticate` of the request's Authorization header, once per request (issue 14): the query budget
   * (`complexityLimitPlugin`, which prices by role and counts per account) and the access guard (which runs for every
   * root field) share one token verification and one account read. A header that is not a single string counts as none.
   */
  authenticateRequest(req: AuthenticatedRequest): Promise<Authentication> {
    let authentication = BY_REQUEST.get(req);
    if (!authentication) {
      const header = req.headers?.authorization;
      authentication = this.authenticate(typeof header === 'string' ? header : undefined);
      BY_REQUEST.set(req, authentication);
    }
    return authentication;
  }

  async me(viewer: Viewer): Promise<Account> {
    const account = await this.accounts.findById(viewer.accountId);
    if (!account) throw DomainError.unauthenticated();
    return toAccount(account);
  }

  /**
   * Sets the signed-in person's own settings (only the fields given): their language, and whether notifications are
   * e-mailed. BAD_USER_INPUT on `locale` for a language the person's pages do not exist in (`checkLocaleOfRole`).
   */
  async updateMySettings(viewer: Viewer, input: MySettingsInput): Promise<Account> {
    checkLocaleOfRole('locale', viewer.role, input.locale);
    const updated = await this.accounts.updateSettings(viewer.accountId, { locale: input.locale ?? undefined, emailNotifications: input.emailNotifications ?? undefined });
    if (!updated) throw DomainError.unauthenticated();
    return toAccount(updated);
  }

  /** Creates an account (admins), audited as `account.create` by `viewer` (the e-mail, role and what it acts for; never the password). */
  async createAccount(viewer: Viewer, input: CreateAccountInput): Promise<Account> {
    const role = input.role as AccountEntity['role'];
    const municipalityCode = role === 'municipality' ? input.municipalityCode ?? null : null;
    if (role === 'municipality' && !municipalityCode) {
      throw DomainError.badInput([{ field: 'municipalityCode', message: 'is required for a municipality account' }]);
    }
    if (role === 'newcomer' && !input.householdId && !input.householdReference?.trim()) {
      throw DomainError.badInput([{ field: 'householdReference', message: 'is required for a newcomer account (or householdId)' }]);
    }
    if (role === 'newcomer' && input.householdId && input.householdReference) {
      throw DomainError.badInput([{ field: 'householdReference', message: 'give householdId or householdReference, not both' }]);
    }
    let householdId = role === 'newcomer' ? input.householdId ?? null : null;
    if (role === 'newcomer' && !householdId && input.householdReference) {
      const reference = input.householdReference.trim().toUpperCase();
      householdId = (await this.households.findByReference(reference))?.id ?? null;
      if (!householdId) throw DomainError.badInput([{ field: 'householdReference', message: `no household with the reference "${reference}"` }]);
    }
    if (municipalityCode && !(await this.municipalities.findByCode(municipalityCode))) {
      throw DomainError.badInput([{ field: 'municipalityCode', message: `unknown municipality "${municipalityCode}"` }]);
    }
    const household = householdId ? await this.households.findById(householdId) : null;
    if (householdId && !household) throw DomainError.badInput([{ field: 'householdId', message: 'no such household' }]);
    if (household?.erasedAt) throw erasedCaseError(household.reference);
    const account = { email: input.email.toLowerCase(), passwordHash: await hashPassword(input.password), role, municipalityCode, householdId };
    const created = await this.accounts.createAudited(account, (id) =>
      auditEntry(viewer, 'account.create', id, null, { email: account.email, role, municipalityCode, householdId }),
    );
    if (!created) throw new DomainError('CONFLICT', 'An account with this e-mail address exists already');
    return toAccount(created);
  }

  /** Disables or enables an account, audited; refuses (CONFLICT) to disable the last enabled admin (AccountRepository.setDisabled). */
  async setDisabled(viewer: Viewer, id: string, disabled: boolean): Promise<Account> {
    const audit = auditEntry(viewer, disabled ? 'account.disable' : 'account.enable', id, null, { disabled });
    const updated = isUuid(id) ? await this.accounts.setDisabled(id, disabled, audit) : null;
    if (!updated) throw DomainError.notFound(`account ${id}`);
    return toAccount(updated);
  }

  /** The case references of these households, by id (for the accounts of newcomers). */
  householdReferences(ids: readonly string[]): Promise<ReadonlyMap<string, string>> {
    return this.households.referencesOf(ids);
  }

  /** How many accounts there are. */
  count(): Promise<number> {
    return this.accounts.count();
  }

  /** A page of the accounts, by role, then e-mail. */
  async list(page: Page): Promise<Account[]> {
    return (await this.accounts.list(page)).map(toAccount);
  }
}

function toAccount(entity: AccountEntity): Account {
  return {
    id: entity.id,
    email: entity.email,
    role: entity.role,
    municipalityCode: entity.municipalityCode,
    householdId: entity.householdId,
    disabled: entity.disabled,
    locale: entity.locale,
    emailNotifications: entity.emailNotifications,
  };
}
