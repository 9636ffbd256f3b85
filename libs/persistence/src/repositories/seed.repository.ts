import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { SeedStateEntity } from '../entities/seed-state.entity.js';
import { occupationSearchKey } from './isco.repository.js';
import { chunkedInsert } from './chunked-insert.js';
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

  /** ISCO-08 occupations; each gets the search key of its titles. */
  async occupations(rows: readonly Omit<IscoOccupationEntity, 'searchKey'>[]): Promise<number> {
    await chunkedInsert(this.manager, IscoOccupationEntity, rows.map((row) => ({ ...row, searchKey: occupationSearchKey(row.title, row.titleNl) })), { orIgnore: true });
    return rows.length;
  }

  /**
   * Sets the Dutch title of stored occupations (and their search key, which then finds Dutch words too); codes not
   * stored are skipped. Returns the rows changed. For databases seeded before the Dutch titles existed.
   */
  async dutchOccupationTitles(titles: ReadonlyMap<string, string>): Promise<number> {
    const repo = this.manager.getRepository(IscoOccupationEntity);
    let changed = 0;
    for (const row of await repo.find()) {
      const titleNl = titles.get(row.code) ?? null;
      if (titleNl === row.titleNl) continue;
      await repo.update({ code: row.code }, { titleNl, searchKey: occupationSearchKey(row.title, titleNl) });
      changed += 1;
    }
    return changed;
  }

  /** Version 1 profiles for municipalities that have none yet. */
  async firstProfiles(rows: readonly (ProfileContent & { municipalityCode: string })[]): Promise<number> {
    await chunkedInsert(this.manager, MunicipalityProfileEntity, rows.map((r) => ({ ...r, version: 1 })), { orIgnore: true });
    return rows.length;
  }

  async capacities(period: string, rows: readonly (CapacityFigures & { municipalityCode: string; isDefault: boolean })[]): Promise<number> {
    await chunkedInsert(this.manager, CapacityEntity, rows.map((r) => ({ ...r, period })), { orIgnore: true });
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
    await chunkedInsert(this.manager, AccountEntity, accounts, { orIgnore: true });
    return accounts.length;
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

  /** Runs seed writes in one transaction without a once-only marker; returns the rows written. */
  apply(work: (writer: SeedWriter) => Promise<number>): Promise<number> {
    return this.dataSource.transaction((manager) => work(new SeedWriter(manager, this.households)));
  }

  /** Of the given municipality codes, those without any published profile, ordered. */
  async withoutProfile(codes: readonly string[]): Promise<string[]> {
    if (codes.length === 0) return [];
    const rows: { code: string }[] = await this.dataSource.query(
      `SELECT c AS code FROM unnest($1::text[]) AS c WHERE NOT EXISTS (SELECT 1 FROM "municipality_profile" p WHERE p."municipality_code" = c) ORDER BY c`,
      [[...codes]],
    );
    return rows.map((r) => r.code);
  }

  async appliedSteps(): Promise<string[]> {
    return (await this.dataSource.getRepository(SeedStateEntity).find({ order: { step: 'ASC' } })).map((s) => s.step);
  }
}
