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

  /** Accounts by role, then e-mail; `page` skips `offset` and gives at most `limit` (all when left out). */
  list(page?: { readonly offset: number; readonly limit: number }): Promise<AccountEntity[]> {
    return this.repo.find({ order: { role: 'ASC', email: 'ASC' }, skip: page?.offset, take: page?.limit });
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
}
