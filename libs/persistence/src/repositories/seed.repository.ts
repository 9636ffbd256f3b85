import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { SeedStateEntity } from '../entities/seed-state.entity.js';
import { MunicipalityEntity } from '../entities/municipality.entity.js';
import { IscoOccupationEntity } from '../entities/isco-occupation.entity.js';
import { MunicipalityProfileEntity } from '../entities/municipality-profile.entity.js';
import { CapacityEntity } from '../entities/capacity.entity.js';
import { HouseholdRepository, type NewHousehold } from './household.repository.js';
import { AccountEntity, type Role } from '../entities/account.entity.js';
import { HouseholdEntity } from '../entities/household.entity.js';
import type { ProfileContent } from './municipality-profile.repository.js';
import type { CapacityFigures } from './capacity.repository.js';

/** Bulk writes a seed step may make; all of them happen inside that step's transaction. */
export class SeedWriter {
  constructor(
    private readonly manager: EntityManager,
    private readonly householdRepository: HouseholdRepository,
  ) {}

  async municipalities(rows: readonly Omit<MunicipalityEntity, never>[]): Promise<number> {
    await this.chunked(MunicipalityEntity, rows);
    return rows.length;
  }

  async occupations(rows: readonly IscoOccupationEntity[]): Promise<number> {
    await this.chunked(IscoOccupationEntity, rows);
    return rows.length;
  }

  /** Version 1 profiles for municipalities that have none yet. */
  async firstProfiles(rows: readonly (ProfileContent & { municipalityCode: string })[]): Promise<number> {
    await this.chunked(MunicipalityProfileEntity, rows.map((r) => ({ ...r, version: 1 })));
    return rows.length;
  }

  async capacities(period: string, rows: readonly (CapacityFigures & { municipalityCode: string; isDefault: boolean })[]): Promise<number> {
    await this.chunked(CapacityEntity, rows.map((r) => ({ ...r, period })));
    return rows.length;
  }

  async households(rows: readonly NewHousehold[]): Promise<number> {
    return (await this.householdRepository.createMany(rows, this.manager)).length;
  }

  /** Accounts; newcomer accounts name their household by case reference. */
  async accounts(
    rows: readonly { email: string; passwordHash: string; role: Role; municipalityCode: string | null; householdReference: string | null }[],
  ): Promise<number> {
    const references = rows.map((r) => r.householdReference).filter((r): r is string => r !== null);
    const households = references.length
      ? await this.manager.getRepository(HouseholdEntity).find({ where: references.map((reference) => ({ reference })), select: { id: true, reference: true } })
      : [];
    const idByReference = new Map(households.map((h) => [h.reference, h.id]));
    const accounts = rows
      .filter((r) => r.householdReference === null || idByReference.has(r.householdReference))
      .map(({ householdReference, ...r }) => ({ ...r, householdId: householdReference ? idByReference.get(householdReference)! : null }));
    await this.chunked(AccountEntity, accounts);
    return accounts.length;
  }

  private async chunked(entity: Function, rows: readonly object[]): Promise<void> {
    for (let start = 0; start < rows.length; start += 500) {
      await this.manager.createQueryBuilder().insert().into(entity).values(rows.slice(start, start + 500) as never).orIgnore().execute();
    }
  }
}

@Injectable()
export class SeedRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly households: HouseholdRepository,
  ) {}

  /**
   * Runs a seed step once: its writes and its marker commit together, so a crash mid-step leaves
   * nothing behind and the next start tries again. Returns the rows written, or null if it had run.
   */
  async applyOnce(step: string, work: (writer: SeedWriter) => Promise<number>): Promise<number | null> {
    return this.dataSource.transaction(async (manager) => {
      const state = manager.getRepository(SeedStateEntity);
      if (await state.findOneBy({ step })) return null;
      const rows = await work(new SeedWriter(manager, this.households));
      await state.insert({ step, rows });
      return rows;
    });
  }

  async appliedSteps(): Promise<string[]> {
    return (await this.dataSource.getRepository(SeedStateEntity).find({ order: { step: 'ASC' } })).map((s) => s.step);
  }
}
