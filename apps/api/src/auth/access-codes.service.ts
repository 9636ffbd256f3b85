import { createHash, randomBytes } from 'node:crypto';
import { erasedCaseError } from '../erasure/erased-case.js';
import { Injectable, Logger } from '@nestjs/common';
import { DomainError } from '#common/domain-error.js';
import { AccessCodeRepository, accessCodeRefusal } from '#persistence/repositories/access-code.repository.js';
import { AccountRepository } from '#persistence/repositories/account.repository.js';
import { HouseholdRepository } from '#persistence/repositories/household.repository.js';
import { MunicipalityRepository } from '#persistence/repositories/municipality.repository.js';
import type { AccessCodeEntity } from '#persistence/entities/access-code.entity.js';
import {
  ACCESS_CODE_DAYS,
  ACCESS_CODE_LENGTH,
  accessCodeFromBytes,
  formatAccessCode,
  normaliseAccessCode,
  welcomePath,
  type AccessCodeRefusal,
} from '#matching/vocabulary/access-codes.js';
import { RESET_BY_EMAIL_MINUTES, RESET_EMAILS_PER_HOUR } from '#matching/vocabulary/mail.js';
import type { AuditActorRole } from '#matching/vocabulary/roles.js';
import { auditEntry } from '../common/audit-entry.js';
import { MailService } from '../mail/mail.service.js';
import { resetMail } from '../mail/mail-compose.js';
import { isUuid } from '../common/uuid.js';
import { AuthService } from './auth.service.js';
import { hashPassword } from './passwords.js';
import type { Viewer } from './viewer.js';
import { checkLocaleOfRole } from './role-locale.js';
import { localesOfRole } from '#matching/messages/locales.js';
import type { AccessCodeCheck, HouseholdAppAccess, IssuedAccessCode } from './models/access-code.model.js';
import type { Session } from './models/session.model.js';
import type { InviteHouseholdInput, InviteMunicipalityStaffInput, RedeemAccessCodeInput, RequestPasswordResetInput } from './dto/access-code.input.js';

/** Who makes a code: a member of staff, or the service itself on a request from the sign-in page (`system`). */
type Issuer = { readonly accountId: string | null; readonly role: AuditActorRole };
const ON_REQUEST: Issuer = { accountId: null, role: 'system' };

/** The roles that can ask for a new password by e-mail: those whose accounts access codes make (officers and admins ask an admin). */
const RESET_BY_EMAIL_ROLES: ReadonlySet<string> = new Set(['newcomer', 'municipality']);

/** What each refusal of a code says (BAD_USER_INPUT on `code`); the welcome page says it in the reader's language. */
export const ACCESS_CODE_REFUSAL_MESSAGES: Readonly<Record<AccessCodeRefusal, string>> = {
  malformed: `must be ${ACCESS_CODE_LENGTH} letters and digits, as on the letter (e.g. K7QM-3XD9-P2TW-8HRV)`,
  unknown: 'is not a code we know: check it against the letter',
  used: 'has been used already: sign in with the e-mail address and password chosen then, or ask for a new letter',
  revoked: 'no longer works: a newer letter replaced it, or its account was disabled; use the newest letter or ask for a new one',
  expired: 'no longer works (too old): ask for a new letter',
};

/** The stored form of a code: SHA-256 of its normal form, hex (see matching/vocabulary/access-codes.ts for why not a slow hash). */
export function accessCodeHash(normalCode: string): string {
  return createHash('sha256').update(normalCode, 'utf8').digest('hex');
}

/**
 * Invitations and password resets by access code (issue 16, "Getting in"): a member of staff makes a code for a
 * household or a member of a municipality's staff; its holder uses it once on the welcome page to make the account
 * (or give it a new password) and is signed in. Every code made and used is audited (`access_code.create`,
 * `access_code.redeem`), never the code itself; a newer code for the same person revokes the older ones.
 */
@Injectable()
export class AccessCodeService {
  private readonly logger = new Logger(AccessCodeService.name);

  constructor(
    private readonly codes: AccessCodeRepository,
    private readonly accounts: AccountRepository,
    private readonly households: HouseholdRepository,
    private readonly municipalities: MunicipalityRepository,
    private readonly auth: AuthService,
    private readonly mail: MailService,
  ) {}

  /**
   * A letter for a household: an invitation when it has no enabled account, else a reset of its newest enabled
   * account (the path through an officer for a newcomer who lost the password; a disabled account stays disabled).
   * NOT_FOUND when there is no such household; CONFLICT when its case was erased.
   */
  async inviteHousehold(viewer: Viewer, input: InviteHouseholdInput): Promise<IssuedAccessCode> {
    const household = isUuid(input.householdId) ? await this.households.findById(input.householdId) : null;
    if (!household) throw DomainError.notFound(`household ${input.householdId}`);
    if (household.erasedAt) throw erasedCaseError(household.reference);
    const account = await this.accounts.findByHousehold(household.id);
    const issued = await this.issue(viewer, {
      purpose: account ? 'password_reset' : 'invitation',
      role: 'newcomer',
      householdId: household.id,
      municipalityCode: null,
      accountId: account?.id ?? null,
      email: account?.email ?? null,
      locale: input.locale,
    });
    return { ...issued, householdReference: household.reference, municipalityName: null };
  }

  /**
   * An invitation for a member of a municipality's staff, or a reset when the address has an account of this
   * municipality already. BAD_USER_INPUT on `municipalityCode` for an unknown municipality, on `email` when the
   * address belongs to another role or municipality, on `locale` for a language the staff's pages lack.
   */
  async inviteMunicipalityStaff(viewer: Viewer, input: InviteMunicipalityStaffInput): Promise<IssuedAccessCode> {
    const municipality = await this.municipalities.findByCode(input.municipalityCode);
    if (!municipality) throw DomainError.badInput([{ field: 'municipalityCode', message: `unknown municipality "${input.municipalityCode}"` }]);
    checkLocaleOfRole('locale', 'municipality', input.locale);
    const email = input.email.trim().toLowerCase();
    const account = await this.accounts.findByEmail(email);
    if (account && (account.role !== 'municipality' || account.municipalityCode !== municipality.cbsCode)) {
      throw DomainError.badInput([{ field: 'email', message: 'belongs to an account of another role or municipality' }]);
    }
    if (account?.disabled) throw DomainError.badInput([{ field: 'email', message: 'belongs to a disabled account: an admin enables it first' }]);
    const issued = await this.issue(viewer, {
      purpose: account ? 'password_reset' : 'invitation',
      role: 'municipality',
      householdId: null,
      municipalityCode: municipality.cbsCode,
      accountId: account?.id ?? null,
      email,
      locale: input.locale,
    });
    return { ...issued, householdReference: null, municipalityName: municipality.name };
  }

  /**
   * A new password by e-mail, asked for on the sign-in page by anyone who types an address: when it is the address
   * of an enabled newcomer or municipality account that got fewer than `RESET_EMAILS_PER_HOUR` such mails in the last
   * hour, a reset code (working `RESET_BY_EMAIL_MINUTES`) is made and mailed to it in `locale`. The answer is the same
   * whether or not anything was sent, and comes before the mail is sent, so it tells nobody whether the address has
   * an account. CONFLICT when the service sends no e-mail (then only an officer's letter gives a new password).
   */
  async requestPasswordReset(input: RequestPasswordResetInput, now = new Date()): Promise<boolean> {
    if (!this.mail.enabled) throw new DomainError('CONFLICT', 'This service sends no e-mail: ask the person who gave you your letter for a new one');
    const account = await this.accounts.findByEmail(input.email.trim().toLowerCase());
    if (!account || account.disabled || !RESET_BY_EMAIL_ROLES.has(account.role)) return true;
    if ((await this.codes.resetsRequestedSince(account.id, new Date(now.getTime() - 3_600_000))) >= RESET_EMAILS_PER_HOUR) return true;
    const role = account.role === 'newcomer' ? 'newcomer' : 'municipality';
    // a member of staff who asked in a language their pages lack gets the mail and the page in their account's language
    const locale = localesOfRole(role).includes(input.locale) ? input.locale : account.locale;
    const issued = await this.issue(
      ON_REQUEST,
      { purpose: 'password_reset', role, householdId: account.householdId, municipalityCode: account.municipalityCode, accountId: account.id, email: account.email, locale },
      RESET_BY_EMAIL_MINUTES * 60_000,
    );
    // not awaited: the answer must not wait for (or tell of) the mail server
    void this.mail.send(resetMail(account, locale, issued.path, this.mail.config.publicUrl)).catch((error: unknown) => this.logger.warn(`password-reset e-mail to account ${account.id} failed: ${String(error)}`));
    return true;
  }

  /** A household's accounts (their sign-in addresses) and its letter that still works at `now`, if any. */
  async householdAccess(householdId: string, now = new Date()): Promise<HouseholdAppAccess> {
    const [accountEmails, open] = await Promise.all([this.accounts.emailsOfHousehold(householdId), this.codes.openForHousehold(householdId, now)]);
    return { accountEmails, openLetterPurpose: open?.purpose ?? null, openLetterExpiresAt: open?.expiresAt ?? null };
  }

  /** What a code is for, before it is used (the welcome page asks only what it needs), or why it cannot be used. */
  async check(typed: string): Promise<AccessCodeCheck> {
    const found = await this.find(typed, new Date());
    const none = { purpose: null, role: null, expiresAt: null, locale: null, municipalityName: null, email: null };
    if ('refusal' in found) return { refusal: found.refusal, ...none };
    const { code } = found;
    const municipality = code.municipalityCode ? await this.municipalities.findByCode(code.municipalityCode) : null;
    return { refusal: null, purpose: code.purpose, role: code.role, expiresAt: code.expiresAt, locale: code.locale, municipalityName: municipality?.name ?? null, email: code.email };
  }

  /**
   * Uses a code once and signs in: an invitation makes the account (with `email` when the code leaves the address
   * to its holder), a reset sets the new password and ends the account's other sessions. BAD_USER_INPUT on `code`
   * (unknown, used, replaced, expired: says which), on `email` (missing when needed, or taken by another account), on
   * `locale` (a language the holder's pages lack).
   */
  async redeem(input: RedeemAccessCodeInput): Promise<Session> {
    const now = new Date();
    const code = await this.usable(input.code, now);
    checkLocaleOfRole('locale', code.role, input.locale);
    const email = code.email ?? input.email?.trim().toLowerCase();
    if (!email) throw DomainError.badInput([{ field: 'email', message: 'is required: choose the e-mail address you will sign in with' }]);
    const passwordHash = await hashPassword(input.password);
    const result = await this.codes.redeem(code.codeHash, now, { email, passwordHash, locale: input.locale ?? code.locale }, (used, account) =>
      auditEntry({ accountId: account.id, role: account.role }, 'access_code.redeem', used.id, { purpose: used.purpose, usedAt: null }, {
        purpose: used.purpose,
        usedAt: now.toISOString(),
        accountId: account.id,
        email: account.email,
      }),
    );
    if ('refused' in result) throw refusedCode(result.refused);
    if ('emailTaken' in result) throw DomainError.badInput([{ field: 'email', message: 'is used by another account already: choose another address, or sign in' }]);
    return this.auth.sessionFor(result.account);
  }

  /** The stored code of what was typed, if it can be used at `now`; else BAD_USER_INPUT on `code`, saying why. */
  private async usable(typed: string, now: Date): Promise<AccessCodeEntity> {
    const found = await this.find(typed, now);
    if ('refusal' in found) throw refusedCode(found.refusal);
    return found.code;
  }

  /** The stored code of what was typed if it can be used at `now`, else why not. */
  private async find(typed: string, now: Date): Promise<{ code: AccessCodeEntity } | { refusal: AccessCodeRefusal }> {
    const normal = normaliseAccessCode(typed);
    if (!normal) return { refusal: 'malformed' };
    const code = await this.codes.findByHash(accessCodeHash(normal));
    const refusal = accessCodeRefusal(code, now);
    return refusal || !code ? { refusal: refusal ?? 'unknown' } : { code };
  }

  /** Makes a code, stores its hash (revoking older open codes for the same person) with its audit entry. */
  private async issue(
    issuer: Issuer,
    target: Pick<AccessCodeEntity, 'purpose' | 'role' | 'householdId' | 'municipalityCode' | 'accountId' | 'email' | 'locale'>,
    lifetimeMs = ACCESS_CODE_DAYS * 86_400_000,
  ): Promise<Omit<IssuedAccessCode, 'householdReference' | 'municipalityName'>> {
    const code = accessCodeFromBytes(randomBytes(ACCESS_CODE_LENGTH));
    const expiresAt = new Date(Date.now() + lifetimeMs);
    const stored = await this.codes.issue({ ...target, codeHash: accessCodeHash(code), createdBy: issuer.accountId, expiresAt }, (id) =>
      auditEntry(issuer, 'access_code.create', id, null, {
        purpose: target.purpose,
        role: target.role,
        householdId: target.householdId,
        municipalityCode: target.municipalityCode,
        accountId: target.accountId,
        email: target.email,
        locale: target.locale,
        expiresAt: expiresAt.toISOString(),
      }),
    );
    return {
      code: formatAccessCode(code),
      path: welcomePath(code),
      purpose: stored.purpose,
      role: stored.role,
      expiresAt: stored.expiresAt,
      locale: stored.locale,
      email: stored.email,
    };
  }
}

function refusedCode(refusal: AccessCodeRefusal): DomainError {
  return DomainError.badInput([{ field: 'code', message: ACCESS_CODE_REFUSAL_MESSAGES[refusal] }]);
}
