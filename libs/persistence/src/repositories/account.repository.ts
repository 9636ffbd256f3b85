import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import { AccountEntity, type Role } from '../entities/account.entity.js';

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

  findByEmail(email: string): Promise<AccountEntity | null> {
    return this.repo.findOneBy({ email: email.toLowerCase() });
  }

  findById(id: string): Promise<AccountEntity | null> {
    return this.repo.findOneBy({ id });
  }

  list(): Promise<AccountEntity[]> {
    return this.repo.find({ order: { role: 'ASC', email: 'ASC' } });
  }

  /** Disabling also bumps the token version, so tokens already issued stop working at once. */
  async setDisabled(id: string, disabled: boolean): Promise<AccountEntity | null> {
    await this.repo
      .createQueryBuilder()
      .update()
      .set({ disabled, tokenVersion: () => 'token_version + 1' })
      .where('id = :id', { id })
      .execute();
    return this.findById(id);
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
}
