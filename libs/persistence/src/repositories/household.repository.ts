import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager, type Repository } from 'typeorm';
import {
  HouseholdEntity,
  type AccessibilityNeed,
  type CareNeed,
  type HouseholdStatus,
  type PreferenceWeights,
  type PreferredSetting,
} from '../entities/household.entity.js';
import { HouseholdMemberEntity, type Aspiration, type Gender, type MemberRole } from '../entities/household-member.entity.js';
import { MemberProfessionEntity } from '../entities/member-profession.entity.js';
import { MemberLanguageEntity } from '../entities/member-language.entity.js';
import { HouseholdTieEntity } from '../entities/household-tie.entity.js';
import { HouseholdProtectedEntity } from '../entities/household-protected.entity.js';
import { chunkedInsert } from './chunked-insert.js';
import { auditRow, type AuditEntry } from './audit.repository.js';
import { AuditEventEntity } from '../entities/audit-event.entity.js';
import { URGENCIES, isNormalLanguage, type CefrLevel, type LanguageCode, type TieKind, type TieStatus, type Urgency } from '#matching/vocabulary/index.js';

/** SQL rank of a household's urgency in the priority rule: its position in URGENCIES (0 = most urgent). */
const URGENCY_ORDER = `CASE h.urgency ${URGENCIES.map((u, i) => `WHEN '${u}' THEN ${i}`).join(' ')} END`;
/**
 * The priority rule of `compareQueue` (matching/waiting/queue.ts) as SQL sort keys on `h`, all ascending: urgency
 * (URGENCIES, most urgent first), permit date, case reference by plain character order (COLLATE "C", as TypeScript
 * compares strings), household id. The one spelling of the queue order in SQL; a test compares it with compareQueue.
 */
export const QUEUE_ORDER = [URGENCY_ORDER, 'h.permit_date', 'h.reference COLLATE "C"', 'h.id'] as const;

/** `query` ordered by QUEUE_ORDER after the sort keys it already has. */
function inQueueOrder<Q extends { addOrderBy(sort: string, order: 'ASC'): Q }>(query: Q): Q {
  return QUEUE_ORDER.reduce((q, key) => q.addOrderBy(key, 'ASC'), query);
}

/** What the fairness audit reads of one household (`fairnessTraits`). */
export interface FairnessTraits {
  readonly originRegion: string | null;
  /** Every member, by position: role as registered, birth year (null when unknown) and gender (null when not stated). */
  readonly members: { readonly position: number; readonly role: string; readonly birthYear: number | null; readonly gender: string | null }[];
}

export interface NewMember {
  readonly fullName: string | null;
  readonly birthYear: number;
  readonly role: MemberRole;
  readonly gender: Gender | null;
  readonly educationLevel: number | null;
  readonly workExperienceYears: number;
  readonly aspirations: readonly Aspiration[];
  readonly professions: readonly string[];
  /** Languages in the vocabulary's normal form (normaliseLanguage at the boundary); anything else is refused. */
  readonly languages: readonly { readonly language: LanguageCode; readonly cefr: CefrLevel }[];
}

/**
 * A tie as stored. `declared`: the newcomer said so (verifiedBy/verifiedAt/verificationNote null); `verified`: an
 * officer saw the evidence (verifiedAt and verificationNote set, verifiedBy the officer's account or null for the
 * seed). `firstDegree`/`liveNear` are true only on family ties (CHECK constraints refuse anything else). `id`: kept
 * when a correction leaves the tie as it was, else a new one is made.
 */
export interface NewTie {
  readonly id?: string;
  readonly kind: TieKind;
  readonly municipalityCode: string;
  readonly description: string | null;
  readonly status: TieStatus;
  readonly firstDegree: boolean;
  readonly liveNear: boolean;
  readonly verifiedBy: string | null;
  readonly verifiedAt: Date | null;
  readonly verificationNote: string | null;
}

/** A tie as a newcomer declares it: no evidence yet; no family fields. */
export function declaredTie(kind: TieKind, municipalityCode: string, description: string | null = null): NewTie {
  return { kind, municipalityCode, description, status: 'declared', firstDegree: false, liveNear: false, verifiedBy: null, verifiedAt: null, verificationNote: null };
}

/** What an officer's check of a tie's evidence records (`verifyTie`). */
export interface TieVerification {
  readonly verifiedBy: string;
  readonly verifiedAt: Date;
  /** Trimmed, 1–1000 characters. */
  readonly verificationNote: string;
}

export interface NewHousehold {
  readonly permitDate: string;
  readonly receptionLocation: string;
  readonly preferredSetting: PreferredSetting;
  readonly preferenceWeights: PreferenceWeights;
  readonly careNeeds: readonly CareNeed[];
  readonly accessibilityNeeds: readonly AccessibilityNeed[];
  readonly medicalNotes: string | null;
  readonly urgency: Urgency;
  readonly linkGroup: string | null;
  readonly isSynthetic: boolean;
  readonly members: readonly NewMember[];
  readonly ties: readonly NewTie[];
  readonly protectedTraits: { readonly nationality: string | null; readonly originRegion: string | null } | null;
}

export type HouseholdPreferencesUpdate = Partial<Pick<NewHousehold, 'preferredSetting' | 'preferenceWeights'>>;

export interface HouseholdFilter {
  readonly status?: HouseholdStatus;
  readonly ids?: readonly string[];
  readonly permitDateFrom?: string;
  readonly permitDateTo?: string;
  readonly receptionLocation?: string;
}

@Injectable()
export class HouseholdRepository {
  private readonly repo: Repository<HouseholdEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.repo = dataSource.getRepository(HouseholdEntity);
  }

  /** Stores households with all their parts in one transaction: all of them or none. Returns their ids. */
  createMany(households: readonly NewHousehold[], manager?: EntityManager): Promise<string[]> {
    if (!manager) return this.dataSource.transaction((m) => this.createMany(households, m));
    return insertHouseholds(manager, households);
  }

  /**
   * Stores households with all their parts and the audit entries `audit` gives for their new ids (in the order
   * given), in one transaction: all of them or none. Returns their ids in the order given.
   */
  createManyAudited(households: readonly NewHousehold[], audit: (householdIds: readonly string[]) => readonly AuditEntry[]): Promise<string[]> {
    return this.dataSource.transaction(async (manager) => {
      const ids = await insertHouseholds(manager, households);
      const entries = audit(ids);
      if (entries.length) await manager.getRepository(AuditEventEntity).insert(entries.map(auditRow));
      return ids;
    });
  }

  /** Stores one household; `audit` gives the events to record with it (e.g. ties an officer verified), by its new id. */
  async create(household: NewHousehold, audit: (householdId: string) => readonly AuditEntry[] = () => []): Promise<HouseholdEntity> {
    const id = await this.dataSource.transaction(async (manager) => {
      const [created] = await insertHouseholds(manager, [household]);
      const entries = audit(created);
      if (entries.length) await manager.getRepository(AuditEventEntity).insert(entries.map(auditRow));
      return created;
    });
    return (await this.findById(id))!;
  }



  /**
   * Replaces members and ties of a waiting household (a correction of its profile), in one transaction under the
   * household's lock. `plan` gets the household as stored (members with professions and languages, ties), read under
   * the lock, and gives the members and ties to store and the audit events to record; it may throw (a DomainError),
   * which changes nothing. Returns false when the household is not waiting: a proposal was made on the old profile.
   */
  correctProfile(
    id: string,
    plan: (stored: HouseholdEntity) => { readonly members: readonly NewMember[]; readonly ties: readonly NewTie[]; readonly audit: readonly AuditEntry[] },
  ): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const household = await manager.getRepository(HouseholdEntity).createQueryBuilder('h').setLock('pessimistic_write').where('h.id = :id', { id }).getOne();
      if (!household || household.status !== 'waiting') return false;
      const stored = sortParts(await manager.getRepository(HouseholdEntity).findOne({ where: { id }, relations: { members: { professions: true, languages: true }, ties: true } }))!;
      const planned = plan(stored);
      await manager.getRepository(HouseholdMemberEntity).delete({ householdId: id });
      await manager.getRepository(HouseholdTieEntity).delete({ householdId: id });
      const rows = { members: [], professions: [], languages: [], ties: [] } as Parameters<typeof addParts>[3];
      addParts(id, planned.members, planned.ties, rows);
      if (planned.audit.length) await manager.getRepository(AuditEventEntity).insert(planned.audit.map(auditRow));
      await chunkedInsert(manager, HouseholdMemberEntity, rows.members);
      await chunkedInsert(manager, MemberProfessionEntity, rows.professions);
      await chunkedInsert(manager, MemberLanguageEntity, rows.languages);
      await chunkedInsert(manager, HouseholdTieEntity, rows.ties);
      await manager.getRepository(HouseholdEntity).update({ id }, { updatedAt: new Date() });
      return true;
    });
  }

  /** A stored tie by its id, or null. */
  findTie(tieId: string): Promise<HouseholdTieEntity | null> {
    return this.dataSource.getRepository(HouseholdTieEntity).findOneBy({ id: tieId });
  }

  /**
   * Marks a tie verified (again, if it already was: the new note and time replace the old) with its audit event,
   * in one transaction under the household's lock. `audit` gets the tie before the change. Null when there is no
   * such tie. Any household status: the tie's evidence is a fact about the household; rounds made before keep
   * their snapshot.
   */
  verifyTie(tieId: string, verification: TieVerification, audit: (before: HouseholdTieEntity) => AuditEntry): Promise<HouseholdTieEntity | null> {
    return this.dataSource.transaction(async (manager) => {
      const ties = manager.getRepository(HouseholdTieEntity);
      const found = await ties.findOneBy({ id: tieId });
      if (!found) return null;
      await manager.getRepository(HouseholdEntity).createQueryBuilder('h').setLock('pessimistic_write').where('h.id = :id', { id: found.householdId }).getOne();
      const before = await ties.findOneBy({ id: tieId });
      if (!before) return null;
      await ties.update({ id: tieId }, { status: 'verified', ...verification });
      await manager.getRepository(AuditEventEntity).insert(auditRow(audit(before)));
      await manager.getRepository(HouseholdEntity).update({ id: before.householdId }, { updatedAt: new Date() });
      return ties.findOneBy({ id: tieId });
    });
  }

  findById(id: string): Promise<HouseholdEntity | null> {
    return this.repo.findOne({ where: { id }, relations: { members: { professions: true, languages: true }, ties: true } }).then(sortParts);
  }

  findByReference(reference: string): Promise<HouseholdEntity | null> {
    return this.repo
      .findOne({ where: { reference }, relations: { members: { professions: true, languages: true }, ties: true } })
      .then(sortParts);
  }

  /**
   * Households with their members, professions, languages and ties; never the protected traits. In queue order:
   * waiting households first, in the order of the priority rule (`compareQueue`: urgency, permit date, case
   * reference, id — the order of `waitingInQueueOrder`), then the households that no longer wait, by the same rule.
   */
  async find(filter: HouseholdFilter = {}, page: { offset: number; limit: number } = { offset: 0, limit: 100 }): Promise<HouseholdEntity[]> {
    const ids = await inQueueOrder(this.filteredQuery(filter)
      .select('h.id', 'id')
      .orderBy(`CASE WHEN h.status = 'waiting' THEN 0 ELSE 1 END`, 'ASC'))
      .offset(page.offset)
      .limit(page.limit)
      .getRawMany<{ id: string }>();
    return this.findByIds(ids.map((row) => row.id));
  }

  /** The case reference (e.g. HH-000123) of each of `ids` that exists, by id: one light query for a list's page. */
  async referencesOf(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.repo.find({ where: { id: In([...ids]) }, select: { id: true, reference: true } });
    return new Map(rows.map((row) => [row.id, row.reference]));
  }

  /** Loads households by id, in the order of `ids`. */
  async findByIds(ids: readonly string[]): Promise<HouseholdEntity[]> {
    if (ids.length === 0) return [];
    const rows = await this.repo.find({
      where: { id: In([...ids]) },
      relations: { members: { professions: true, languages: true }, ties: true },
    });
    const byId = new Map(rows.map((row) => [row.id, sortParts(row)!]));
    return ids.map((id) => byId.get(id)).filter((row): row is HouseholdEntity => row !== undefined);
  }

  count(filter: HouseholdFilter = {}): Promise<number> {
    return this.filteredQuery(filter).getCount();
  }

  /**
   * Changes what `update` names, under the household's lock: the preferred setting when given, and each weight
   * `update.preferenceWeights` names (merged over the stored weights: a weight it leaves out keeps its value).
   * `audit` gets the stored household and the household as changed, and gives the events to record in the same
   * transaction (none when nothing changed). Null when there is no such household; `'erased'` (nothing changed) when its case was erased.
   */
  async updatePreferences(
    id: string,
    update: HouseholdPreferencesUpdate,
    audit: (before: Pick<HouseholdEntity, 'preferredSetting' | 'preferenceWeights'>, after: Pick<HouseholdEntity, 'preferredSetting' | 'preferenceWeights'>) => readonly AuditEntry[] = () => [],
  ): Promise<HouseholdEntity | 'erased' | null> {
    const changed = await this.dataSource.transaction(async (manager) => {
      const households = manager.getRepository(HouseholdEntity);
      const stored = await households.createQueryBuilder('h').setLock('pessimistic_write').where('h.id = :id', { id }).getOne();
      if (!stored) return false;
      if (stored.erasedAt) return 'erased';
      const after = {
        preferredSetting: update.preferredSetting ?? stored.preferredSetting,
        preferenceWeights: { ...stored.preferenceWeights, ...(update.preferenceWeights ?? {}) },
      };
      const events = audit({ preferredSetting: stored.preferredSetting, preferenceWeights: stored.preferenceWeights }, after);
      await households.update({ id }, { ...after, updatedAt: new Date() });
      if (events.length) await manager.getRepository(AuditEventEntity).insert(events.map(auditRow));
      return true;
    });
    return changed === 'erased' ? 'erased' : changed ? this.findById(id) : null;
  }

  /**
   * Each waiting household's position under the priority rule (1 = first), for the given ids; households that are
   * not waiting are left out. The order is `waitingInQueueOrder`'s (the rule of `compareQueue`), numbered over the
   * whole waiting list, whatever filter chose the ids. One query (a window over the waiting households).
   */
  async queuePositions(ids: readonly string[]): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; position: string | number }[] = await this.dataSource.query(
      `SELECT q.id, q.position FROM (
         SELECT h.id, ROW_NUMBER() OVER (ORDER BY ${QUEUE_ORDER.join(', ')}) AS position
           FROM household h WHERE h.status = 'waiting'
       ) q WHERE q.id = ANY($1::uuid[])`,
      [[...ids]],
    );
    return new Map(rows.map((r) => [r.id, Number(r.position)]));
  }

  /** Protected traits of the given households: for the fairness audit only. */
  protectedTraits(ids: readonly string[]): Promise<HouseholdProtectedEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(HouseholdProtectedEntity).findBy({ householdId: In([...ids]) });
  }

  /**
   * What the fairness audit reads of each household: its origin region and every member's position, role, birth
   * year and gender (the audit picks the main applicant, matching/rounds/fairness.ts `mainApplicant`). Nothing
   * else reads them. A household without members or protected traits still has an entry.
   */
  async fairnessTraits(ids: readonly string[]): Promise<Map<string, FairnessTraits>> {
    const result = new Map<string, FairnessTraits>();
    for (let start = 0; start < ids.length; start += 1000) {
      const chunk = ids.slice(start, start + 1000);
      const rows: { id: string; origin_region: string | null; position: number | null; role: string | null; birth_year: number | null; gender: string | null }[] =
        await this.dataSource.query(
          `SELECT h.id, p.origin_region, m.position, m.role, m.birth_year, m.gender
             FROM household h
             LEFT JOIN household_member m ON m.household_id = h.id
             LEFT JOIN household_protected p ON p.household_id = h.id
            WHERE h.id = ANY($1::uuid[])
            ORDER BY h.id, m.position`,
          [chunk],
        );
      for (const row of rows) {
        const traits = result.get(row.id) ?? { originRegion: row.origin_region, members: [] };
        if (row.position !== null && row.role !== null) {
          traits.members.push({ position: row.position, role: row.role, birthYear: row.birth_year, gender: row.gender });
        }
        result.set(row.id, traits);
      }
    }
    return result;
  }

  /**
   * Waiting households in queue order: the priority rule of `compareQueue` (matching/waiting/queue.ts) in SQL —
   * urgency (URGENCIES, most urgent first), permit date, case reference by plain character order (COLLATE "C",
   * as TypeScript compares strings), household id. A test compares the two orders.
   */
  async waitingInQueueOrder(filter: HouseholdFilter = {}): Promise<string[]> {
    const rows = await inQueueOrder(this.filteredQuery({ ...filter, status: 'waiting' }).select('h.id', 'id'))
      .getRawMany<{ id: string }>();
    return rows.map((r) => r.id);
  }

  private filteredQuery(filter: HouseholdFilter) {
    const query = this.repo.createQueryBuilder('h');
    if (filter.status) query.andWhere('h.status = :status', { status: filter.status });
    if (filter.ids) query.andWhere('h.id IN (:...ids)', { ids: filter.ids.length ? [...filter.ids] : [null] });
    if (filter.permitDateFrom) query.andWhere('h.permit_date >= :from', { from: filter.permitDateFrom });
    if (filter.permitDateTo) query.andWhere('h.permit_date <= :to', { to: filter.permitDateTo });
    if (filter.receptionLocation) query.andWhere('h.reception_location = :location', { location: filter.receptionLocation });
    return query;
  }
}

/** Rows for a household's members (with professions and languages) and ties. */
/**
 * Inserts households with all their parts (members with professions and languages, ties, protected traits) in
 * `manager`'s transaction, each `waiting` with the next case reference (HH-000123, from `household_reference_seq`).
 * Returns their ids in the order given.
 */
export async function insertHouseholds(manager: EntityManager, households: readonly NewHousehold[]): Promise<string[]> {
  const references: { reference: string }[] = await manager.query(
    `SELECT 'HH-' || lpad(nextval('household_reference_seq')::text, 6, '0') AS reference FROM generate_series(1, $1)`,
    [households.length],
  );
  const householdRows: Partial<HouseholdEntity>[] = [];
  const memberRows: Partial<HouseholdMemberEntity>[] = [];
  const professionRows: Partial<MemberProfessionEntity>[] = [];
  const languageRows: Partial<MemberLanguageEntity>[] = [];
  const tieRows: Partial<HouseholdTieEntity>[] = [];
  const protectedRows: Partial<HouseholdProtectedEntity>[] = [];
  households.forEach((h, index) => {
    const id = randomUUID();
    const { members, ties, protectedTraits, ...fields } = h;
    householdRows.push({
      ...fields,
      careNeeds: [...fields.careNeeds],
      accessibilityNeeds: [...fields.accessibilityNeeds],
      id,
      reference: references[index].reference,
      status: 'waiting',
    });
    addParts(id, members, ties, { members: memberRows, professions: professionRows, languages: languageRows, ties: tieRows });
    if (protectedTraits) protectedRows.push({ householdId: id, ...protectedTraits });
  });
  await chunkedInsert(manager, HouseholdEntity, householdRows);
  await chunkedInsert(manager, HouseholdMemberEntity, memberRows);
  await chunkedInsert(manager, MemberProfessionEntity, professionRows);
  await chunkedInsert(manager, MemberLanguageEntity, languageRows);
  await chunkedInsert(manager, HouseholdTieEntity, tieRows);
  await chunkedInsert(manager, HouseholdProtectedEntity, protectedRows);
  return householdRows.map((row) => row.id!);
}
/** Rows of members (with professions, languages) and ties for household `householdId`, positions from 0 in list order. */
export function addParts(
  householdId: string,
  members: readonly NewMember[],
  ties: readonly NewTie[],
  into: {
    members: Partial<HouseholdMemberEntity>[];
    professions: Partial<MemberProfessionEntity>[];
    languages: Partial<MemberLanguageEntity>[];
    ties: Partial<HouseholdTieEntity>[];
  },
): void {
  members.forEach((member, position) => {
    const memberId = randomUUID();
    const { professions, languages, ...memberFields } = member;
    into.members.push({ ...memberFields, aspirations: [...memberFields.aspirations], id: memberId, householdId, position });
    professions.forEach((iscoCode, order) => into.professions.push({ memberId, iscoCode, position: order }));
    languages.forEach((l) => {
      // Only the normal form is stored; callers normalise at their boundary (API input, seed).
      if (!isNormalLanguage(l.language)) throw new Error(`language "${l.language}" is not in the normal form (normaliseLanguage)`);
      into.languages.push({ memberId, language: l.language, cefr: l.cefr });
    });
  });
  ties.forEach((tie) => into.ties.push({ ...tie, id: tie.id ?? randomUUID(), householdId }));
}

/** Relations come back in arbitrary order; callers rely on member position and profession order. */
export function sortParts(household: HouseholdEntity | null): HouseholdEntity | null {
  if (!household) return null;
  household.members?.sort((a, b) => a.position - b.position);
  for (const member of household.members ?? []) {
    member.professions?.sort((a, b) => a.position - b.position);
    member.languages?.sort((a, b) => a.language.localeCompare(b.language));
  }
  household.ties?.sort((a, b) => a.kind.localeCompare(b.kind) || a.municipalityCode.localeCompare(b.municipalityCode) || a.id.localeCompare(b.id));
  return household;
}
