import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { AccessCodeEntity } from '../entities/access-code.entity.js';
import { AccountEntity } from '../entities/account.entity.js';
import { AuditEventEntity } from '../entities/audit-event.entity.js';
import type { AccessCodePurpose, AccessCodeRefusal, AccessCodeRole } from '#matching/vocabulary/access-codes.js';
import type { Locale } from '#matching/messages/locales.js';
import { auditRow, type AuditEntry } from './audit.repository.js';

/** A code to store (its hash only), bound to a household (newcomer) or a municipality (staff). */
export interface NewAccessCode {
  readonly codeHash: string;
  readonly purpose: AccessCodePurpose;
  readonly role: AccessCodeRole;
  readonly householdId: string | null;
  readonly municipalityCode: string | null;
  /** The account a reset is for. */
  readonly accountId: string | null;
  /** The e-mail the account will sign in with, when the inviter gave one (lower case). */
  readonly email: string | null;
  readonly locale: Locale;
  /** The member of staff who made it; null when the service made it on a request from the sign-in page (a reset by e-mail). */
  readonly createdBy: string | null;
  readonly expiresAt: Date;
}


/** What the holder of a code chose on the welcome page: the e-mail to sign in with, the password (hashed), the language. */
export interface ChosenOnRedeem {
  readonly email: string;
  readonly passwordHash: string;
  readonly locale: Locale;
}

/** What redeeming a code did: the account made (invitation) or given a new password (reset). */
export type Redeemed = { readonly account: AccountEntity; readonly code: AccessCodeEntity } | { readonly refused: AccessCodeRefusal } | { readonly emailTaken: true };

/** Whether a stored code can be used at `now` (not used, not replaced, not expired), else why not. */
export function accessCodeRefusal(code: AccessCodeEntity | null, now: Date): AccessCodeRefusal | null {
  if (!code) return 'unknown';
  if (code.usedAt) return 'used';
  if (code.revokedAt) return 'revoked';
  if (code.expiresAt.getTime() <= now.getTime()) return 'expired';
  return null;
}

@Injectable()
export class AccessCodeRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Stores a new code with its audit entry (made for the new code's id) in one transaction. Codes not yet used for
   * the same person are revoked in the same transaction: the household's (newcomer), or the account's (a reset), or
   * those for the same e-mail at the same municipality (a staff invitation). So only the newest letter works.
   */
  issue(code: NewAccessCode, audit: (codeId: string) => AuditEntry): Promise<AccessCodeEntity> {
    return this.dataSource.manager.transaction(async (manager) => {
      const codes = manager.getRepository(AccessCodeEntity);
      const open = { usedAt: IsNull(), revokedAt: IsNull() };
      const samePerson =
        code.role === 'newcomer'
          ? [{ householdId: code.householdId ?? undefined, ...open }]
          : [
              ...(code.accountId ? [{ accountId: code.accountId, ...open }] : []),
              ...(code.email ? [{ municipalityCode: code.municipalityCode ?? undefined, email: code.email, ...open }] : []),
            ];
      for (const where of samePerson) await codes.update(where, { revokedAt: () => 'now()' });
      const inserted = await codes.insert({ ...code });
      const id = (inserted.identifiers[0] as { id: string }).id;
      await manager.getRepository(AuditEventEntity).insert(auditRow(audit(id)));
      return codes.findOneByOrFail({ id });
    });
  }

  /** How many reset codes the service made on request (not staff) for this account since `since` (the e-mail limit). */
  resetsRequestedSince(accountId: string, since: Date): Promise<number> {
    return this.dataSource
      .getRepository(AccessCodeEntity)
      .createQueryBuilder('c')
      .where("c.account_id = :accountId AND c.purpose = 'password_reset' AND c.created_by IS NULL AND c.created_at > :since", { accountId, since })
      .getCount();
  }

  /** The household's newest code that still works at `now` (not used, not replaced, not expired), or null. */
  openForHousehold(householdId: string, now: Date): Promise<AccessCodeEntity | null> {
    return this.dataSource
      .getRepository(AccessCodeEntity)
      .createQueryBuilder('c')
      .where('c.household_id = :householdId AND c.used_at IS NULL AND c.revoked_at IS NULL AND c.expires_at > :now', { householdId, now })
      .orderBy('c.created_at', 'DESC')
      .getOne();
  }

  /** The stored code with this hash, or null. */
  findByHash(codeHash: string): Promise<AccessCodeEntity | null> {
    return this.dataSource.getRepository(AccessCodeEntity).findOneBy({ codeHash });
  }

  /**
   * Uses a code once, in one transaction with the code's row locked (two redemptions of the same code at the same
   * time: the second sees it used): an invitation makes the account (`chosen` e-mail and password hash, the role and
   * binding of the code), a reset gives the code's account the `chosen` password hash and raises its token version (every session ends).
   * The code is marked used, with the account; `audit` makes the entry for the code and account, written in the same
   * transaction. Nothing is written when the code cannot be used (`refused`; a reset of an account disabled since
   * counts as `revoked`) or the e-mail address is taken (`emailTaken`).
   */
  redeem(codeHash: string, now: Date, chosen: ChosenOnRedeem, audit: (code: AccessCodeEntity, account: AccountEntity) => AuditEntry): Promise<Redeemed> {
    return this.dataSource.manager.transaction(async (manager): Promise<Redeemed> => {
      const code = await manager.getRepository(AccessCodeEntity).createQueryBuilder('c').setLock('pessimistic_write').where('c.code_hash = :codeHash', { codeHash }).getOne();
      const refused = accessCodeRefusal(code, now);
      if (refused || !code) return { refused: refused ?? 'unknown' };
      const accounts = manager.getRepository(AccountEntity);
      let target: AccountEntity | null;
      if (code.purpose === 'invitation') {
        target = await this.createAccount(manager, code, chosen);
        if (!target) return { emailTaken: true };
      } else {
        // an account disabled since the code was made stays as it is: the code no longer works
        const existing = await accounts.findOneBy({ id: code.accountId ?? undefined });
        if (!existing || existing.disabled) return { refused: 'revoked' };
        await accounts
          .createQueryBuilder()
          .update()
          .set({ passwordHash: chosen.passwordHash, locale: chosen.locale, tokenVersion: () => 'token_version + 1' })
          .where('id = :id', { id: code.accountId })
          .execute();
        target = await accounts.findOneBy({ id: code.accountId ?? undefined });
        if (!target) return { refused: 'unknown' };
      }
      await manager.getRepository(AccessCodeEntity).update({ id: code.id }, { usedAt: now, accountId: target.id });
      await manager.getRepository(AuditEventEntity).insert(auditRow(audit(code, target)));
      return { account: target, code: { ...code, usedAt: now, accountId: target.id } };
    });
  }

  /** The account an invitation makes; null when the e-mail address is taken (nothing inserted). */
  private async createAccount(manager: EntityManager, code: AccessCodeEntity, account: ChosenOnRedeem): Promise<AccountEntity | null> {
    const accounts = manager.getRepository(AccountEntity);
    const result = await accounts
      .createQueryBuilder()
      .insert()
      .values({
        email: account.email.toLowerCase(),
        passwordHash: account.passwordHash,
        locale: account.locale,
        role: code.role,
        householdId: code.role === 'newcomer' ? code.householdId : null,
        municipalityCode: code.role === 'municipality' ? code.municipalityCode : null,
      })
      .orIgnore()
      .returning('id')
      .execute();
    const id = (result.raw as { id: string }[])[0]?.id;
    return id ? accounts.findOneByOrFail({ id }) : null;
  }
}
