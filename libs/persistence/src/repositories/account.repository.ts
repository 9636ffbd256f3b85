import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager, type Repository } from 'typeorm';
import { DomainError } from '#common/domain-error.js';
import { AccountEntity, type Role } from '../entities/account.entity.js';
import { AuditEventEntity } from '../entities/audit-event.entity.js';
import { auditRow, type AuditEntry } from './audit.repository.js';
import type { Locale } from '#matching/messages/locales.js';

/** What a person sets of their own account: the language they read, and whether notifications are also e-mailed. */
export interface AccountSettings {
  readonly locale?: Locale;
  readonly emailNotifications?: boolean;
}

export interface NewAccount {
  readonly email: string;
  readonly passwordHash: string;
  readonly role: Role;
  readonly municipalityCode: string | null;
  readonly householdId: string | null;
}

@Injectable()
export class AccountRepository {
  private readonly repo: Repository<AccountEntity>;

  constructor(dataSource: DataSource) {
    this.repo = dataSource.getRepository(AccountEntity);
  }

  /**
   * Creates an account with the audit entry `audit` makes for its id, in one transaction (nothing when the e-mail
   * address is taken: then null).
   */
  createAudited(account: NewAccount, audit: (accountId: string) => AuditEntry): Promise<AccountEntity | null> {
    return this.repo.manager.transaction(async (manager) => {
      const created = await this.create(account, manager);
      if (created) await manager.getRepository(AuditEventEntity).insert(auditRow(audit(created.id)));
      return created;
    });
  }

  /** Returns null when the e-mail address is taken. */
  async create(account: NewAccount, manager?: EntityManager): Promise<AccountEntity | null> {
    const repo = manager ? manager.getRepository(AccountEntity) : this.repo;
    const result = await repo
      .createQueryBuilder()
      .insert()
      .values({ ...account, email: account.email.toLowerCase() })
      .orIgnore()
      .returning('id')
      .execute();
    const id = (result.raw as { id: string }[])[0]?.id;
    return id ? repo.findOneByOrFail({ id }) : null;
  }

  /** The newest enabled account of a household (a newcomer's), or null when it has none (a disabled one does not count). */
  findByHousehold(householdId: string): Promise<AccountEntity | null> {
    return this.repo.findOne({ where: { householdId, disabled: false }, order: { createdAt: 'DESC' } });
  }

  /** The e-mail addresses of a household's enabled accounts, oldest account first. */
  async emailsOfHousehold(householdId: string): Promise<string[]> {
    const accounts = await this.repo.find({ where: { householdId, disabled: false }, order: { createdAt: 'ASC', id: 'ASC' }, select: { email: true } });
    return accounts.map((a) => a.email);
  }

  findByEmail(email: string): Promise<AccountEntity | null> {
    return this.repo.findOneBy({ email: email.toLowerCase() });
  }

  findById(id: string): Promise<AccountEntity | null> {
    return this.repo.findOneBy({ id });
  }

  /** How many accounts there are (the length of `list` without a page). */
  count(): Promise<number> {
    return this.repo.count();
  }

  /** The e-mail addresses of the accounts with these ids (ids without an account are left out): one query. */
  async emailsOf(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.repo.find({ where: { id: In([...ids]) }, select: { id: true, email: true } });
    return new Map(rows.map((row) => [row.id, row.email]));
  }

  /** Accounts by role, then e-mail; `page` skips `offset` and gives at most `limit` (all when left out). */
  list(page?: { readonly offset: number; readonly limit: number }): Promise<AccountEntity[]> {
    return this.repo.find({ order: { role: 'ASC', email: 'ASC' }, skip: page?.offset, take: page?.limit });
  }

  /**
   * Disables or enables an account, with its audit entry in the same transaction; null when there is none with this
   * id (nothing written). Either way the token version is raised, so tokens already issued stop working at once.
   *
   * Refuses to disable the last enabled admin (DomainError CONFLICT, nothing written), whoever asks: without one no
   * account could be created or enabled again through the API. Every enabled admin row is locked first (in id order),
   * so two admins disabling each other at the same time cannot both succeed: the second sees the first one's update.
   * Accounts have no other path that takes an admin away (no role change, no deletion).
   */
  async setDisabled(id: string, disabled: boolean, audit: AuditEntry): Promise<AccountEntity | null> {
    return this.repo.manager.transaction(async (manager) => {
      const accounts = manager.getRepository(AccountEntity);
      if (disabled) {
        const enabledAdmins = await accounts
          .createQueryBuilder('a')
          .setLock('pessimistic_write')
          .where('a.role = :admin AND NOT a.disabled', { admin: 'admin' satisfies Role })
          .orderBy('a.id')
          .getMany();
        if (enabledAdmins.length === 1 && enabledAdmins[0].id === id) {
          throw new DomainError('CONFLICT', 'This is the last enabled admin account: enable or create another admin before disabling it');
        }
      }
      await accounts
        .createQueryBuilder()
        .update()
        .set({ disabled, tokenVersion: () => 'token_version + 1' })
        .where('id = :id', { id })
        .execute();
      const updated = await accounts.findOneBy({ id });
      if (updated) await manager.getRepository(AuditEventEntity).insert(auditRow(audit));
      return updated;
    });
  }

  /**
   * Stores a new hash of the same password (a stronger or newer scheme, e.g. bcrypt replaced by Argon2id at sign-in),
   * only while the stored hash is still `previousHash`: if it changed meanwhile, the newer one is kept. The token
   * version stays: the password did not change.
   */
  async replacePasswordHash(id: string, previousHash: string, passwordHash: string): Promise<void> {
    await this.repo
      .createQueryBuilder()
      .update()
      .set({ passwordHash })
      .where('id = :id AND password_hash = :previousHash', { id, previousHash })
      .execute();
  }

  /** Sets what the account's holder chose (only the fields given); the account after, or null when there is none. */
  async updateSettings(id: string, settings: AccountSettings): Promise<AccountEntity | null> {
    const values = {
      ...(settings.locale === undefined ? {} : { locale: settings.locale }),
      ...(settings.emailNotifications === undefined ? {} : { emailNotifications: settings.emailNotifications }),
    };
    if (Object.keys(values).length > 0) await this.repo.update({ id }, values);
    return this.repo.findOneBy({ id });
  }
}
