import type { Urgency } from '#matching/vocabulary/urgency.js';
import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import {
  RoundCapacityEntity,
  RoundEntity,
  RoundForbiddenEntity,
  RoundHouseholdEntity,
  RoundPinEntity,
  RoundSnapshotEntity,
  type CohortSelection,
  type RoundPolicy,
} from '../entities/round.entity.js';
import { CapacityEntity } from '../entities/capacity.entity.js';
import type { MatchingSnapshot } from '#matching/model/types.js';
import { auditRow, type AuditEntry } from './audit.repository.js';
import { AuditEventEntity } from '../entities/audit-event.entity.js';
import { chunkedInsert } from './chunked-insert.js';
import { freeCapacityOf, type CapacityFigures } from './capacity.repository.js';

export interface NewRound {
  readonly name: string;
  readonly period: string;
  readonly policy: RoundPolicy;
  readonly cohortSelection: CohortSelection;
  readonly profileVersions: Record<string, number>;
  readonly createdBy: string | null;
  /** Scoring-safe households and municipalities, without capacity (the capacities below are its one source). */
  readonly model: MatchingSnapshot;
  /** The cohort in queue order, with what the priority rule read (frozen with the round). */
  readonly households: readonly { readonly householdId: string; readonly urgency: Urgency; readonly permitDate: string }[];
  readonly capacities: readonly Omit<RoundCapacityEntity, 'roundId' | 'round' | 'municipality'>[];
}

export type RoundCapacityFigures = Pick<RoundCapacityEntity, 'persons' | 'homes1to2' | 'homes3to4' | 'homes5plus'>;

/**
 * Most pins one round may hold. An officer sets each pin by hand, to override the optimiser for one household; a
 * round that needs more is better changed through its policy or capacity. The bound also sizes `Round.pins` and the
 * pin mutations' answers for the query budget (apps/api/src/common/query-limits.ts).
 */
export const MAX_PINS_PER_ROUND = 500;

/** Most forbidden household–municipality pairs one round may hold (set by hand, as pins; see MAX_PINS_PER_ROUND). */
export const MAX_FORBIDDEN_PAIRS_PER_ROUND = 500;

@Injectable()
export class RoundRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Stores a round with its snapshot, cohort and capacities at once, with its audit event. */
  create(round: NewRound, audit: (roundId: string) => AuditEntry): Promise<RoundEntity> {
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.getRepository(RoundEntity).save(
        manager.getRepository(RoundEntity).create({
          name: round.name,
          period: round.period,
          policy: round.policy,
          cohortSelection: round.cohortSelection,
          profileVersions: round.profileVersions,
          createdBy: round.createdBy,
          status: 'draft',
        }),
      );
      await manager.getRepository(RoundSnapshotEntity).insert({ roundId: saved.id, model: round.model });
      await chunkedInsert(manager, RoundHouseholdEntity, round.households.map((h, i) => ({ roundId: saved.id, householdId: h.householdId, urgency: h.urgency, permitDate: h.permitDate, queuePosition: i + 1 })));
      await chunkedInsert(manager, RoundCapacityEntity, round.capacities.map((c) => ({ ...c, roundId: saved.id })));
      await manager.getRepository(AuditEventEntity).insert(auditRow(audit(saved.id)));
      return saved;
    });
  }

  findById(id: string): Promise<RoundEntity | null> {
    return this.dataSource.getRepository(RoundEntity).findOneBy({ id });
  }

  /** Rounds newest first; `page` skips `offset` and gives at most `limit` (all when left out). */
  list(page?: { readonly offset: number; readonly limit: number }): Promise<RoundEntity[]> {
    return this.dataSource.getRepository(RoundEntity).find({ order: { createdAt: 'DESC', id: 'ASC' }, skip: page?.offset, take: page?.limit });
  }

  /** The round's frozen model (its schema version checked on read); null when there is no such round. */
  async snapshot(roundId: string): Promise<MatchingSnapshot | null> {
    return (await this.dataSource.getRepository(RoundSnapshotEntity).findOneBy({ roundId }))?.model ?? null;
  }

  householdIds(roundId: string): Promise<RoundHouseholdEntity[]> {
    return this.dataSource.getRepository(RoundHouseholdEntity).find({ where: { roundId }, order: { queuePosition: 'ASC' } });
  }

  async countHouseholds(roundId: string): Promise<number> {
    return this.dataSource.getRepository(RoundHouseholdEntity).countBy({ roundId });
  }

  /**
   * Households and participating municipalities (capacity rows) per round, for several rounds in two queries: what
   * a list of rounds shows of each. Every id is in the map (0 and 0 for a round without rows).
   */
  async sizes(roundIds: readonly string[]): Promise<Map<string, { households: number; municipalities: number }>> {
    const out = new Map(roundIds.map((id) => [id, { households: 0, municipalities: 0 }]));
    if (roundIds.length === 0) return out;
    const count = (entity: typeof RoundHouseholdEntity | typeof RoundCapacityEntity) =>
      this.dataSource.getRepository(entity).createQueryBuilder('x')
        .select('x.round_id', 'roundId').addSelect('COUNT(*)::int', 'n')
        .where('x.round_id IN (:...ids)', { ids: [...roundIds] }).groupBy('x.round_id')
        .getRawMany<{ roundId: string; n: number }>();
    const [households, municipalities] = await Promise.all([count(RoundHouseholdEntity), count(RoundCapacityEntity)]);
    for (const row of households) out.get(row.roundId)!.households = row.n;
    for (const row of municipalities) out.get(row.roundId)!.municipalities = row.n;
    return out;
  }

  capacities(roundId: string): Promise<RoundCapacityEntity[]> {
    return this.capacitiesOf([roundId]);
  }

  pins(roundId: string): Promise<RoundPinEntity[]> {
    return this.pinsOf([roundId]);
  }

  forbidden(roundId: string): Promise<RoundForbiddenEntity[]> {
    return this.forbiddenOf([roundId]);
  }

  /** The capacity rows of several rounds in one query, by round, then municipality code. */
  capacitiesOf(roundIds: readonly string[]): Promise<RoundCapacityEntity[]> {
    return this.dataSource.getRepository(RoundCapacityEntity).find({ where: { roundId: In([...roundIds]) }, order: { roundId: 'ASC', municipalityCode: 'ASC' } });
  }

  /** The pins of several rounds in one query, by round, then household. */
  pinsOf(roundIds: readonly string[]): Promise<RoundPinEntity[]> {
    return this.dataSource.getRepository(RoundPinEntity).find({ where: { roundId: In([...roundIds]) }, order: { roundId: 'ASC', householdId: 'ASC' } });
  }

  /** The forbidden pairs of several rounds in one query, by round, then household and municipality. */
  forbiddenOf(roundIds: readonly string[]): Promise<RoundForbiddenEntity[]> {
    return this.dataSource.getRepository(RoundForbiddenEntity).find({ where: { roundId: In([...roundIds]) }, order: { roundId: 'ASC', householdId: 'ASC', municipalityCode: 'ASC' } });
  }

  /**
   * Capacity still free per municipality for a period (`freeCapacityOf`: capacity minus what proposals and
   * placements hold), for the given municipalities that have a capacity row; by municipality code.
   */
  async freeCapacity(period: string, codes: readonly string[]): Promise<(CapacityFigures & { readonly municipalityCode: string })[]> {
    if (codes.length === 0) return [];
    const rows = await this.dataSource.getRepository(CapacityEntity).find({ where: { period, municipalityCode: In([...codes]) }, order: { municipalityCode: 'ASC' } });
    return rows.map((row) => ({ municipalityCode: row.municipalityCode, ...freeCapacityOf(row) }));
  }

  /** Applies a change to a draft round together with its audit event; false when the round is not a draft. */
  mutateDraft(roundId: string, change: (manager: EntityManager) => Promise<void>, audit: AuditEntry): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const round = await manager.getRepository(RoundEntity).createQueryBuilder('r').setLock('pessimistic_write').where('r.id = :id', { id: roundId }).getOne();
      if (!round || round.status !== 'draft') return false;
      await change(manager);
      await manager.getRepository(AuditEventEntity).insert(auditRow(audit));
      return true;
    });
  }

  setPolicy(roundId: string, policy: RoundPolicy, audit: AuditEntry): Promise<boolean> {
    return this.mutateDraft(roundId, (m) => m.getRepository(RoundEntity).update({ id: roundId }, { policy }).then(() => undefined), audit);
  }

  /**
   * Pins a household to a municipality, unless that pair is forbidden in this round, or the round already holds
   * MAX_PINS_PER_ROUND pins and this household is not one of them (both checked under the round's lock, so a
   * concurrent `forbid` or `pin` cannot slip in between). `false` when the round is not a draft.
   */
  pin(roundId: string, householdId: string, municipalityCode: string, audit: AuditEntry): Promise<boolean | 'pair_forbidden' | 'too_many_pins'> {
    return this.mutateDraftUnless(
      roundId,
      async (m) => {
        if (await m.getRepository(RoundForbiddenEntity).existsBy({ roundId, householdId, municipalityCode })) return 'pair_forbidden';
        const pins = m.getRepository(RoundPinEntity);
        if (!(await pins.existsBy({ roundId, householdId })) && (await pins.countBy({ roundId })) >= MAX_PINS_PER_ROUND) return 'too_many_pins';
        return null;
      },
      (m) => m.getRepository(RoundPinEntity).upsert({ roundId, householdId, municipalityCode }, ['roundId', 'householdId']).then(() => undefined),
      audit,
    );
  }

  unpin(roundId: string, householdId: string, audit: AuditEntry): Promise<boolean> {
    return this.mutateDraft(roundId, (m) => m.getRepository(RoundPinEntity).delete({ roundId, householdId }).then(() => undefined), audit);
  }

  /**
   * Forbids a pair, unless the household is pinned to that municipality in this round, or the round already holds
   * MAX_FORBIDDEN_PAIRS_PER_ROUND pairs and this is not one of them (checked under the round's lock).
   */
  forbid(roundId: string, householdId: string, municipalityCode: string, audit: AuditEntry): Promise<boolean | 'pair_pinned' | 'too_many_forbidden_pairs'> {
    return this.mutateDraftUnless(
      roundId,
      async (m) => {
        if (await m.getRepository(RoundPinEntity).existsBy({ roundId, householdId, municipalityCode })) return 'pair_pinned';
        const forbidden = m.getRepository(RoundForbiddenEntity);
        if (!(await forbidden.existsBy({ roundId, householdId, municipalityCode })) && (await forbidden.countBy({ roundId })) >= MAX_FORBIDDEN_PAIRS_PER_ROUND) return 'too_many_forbidden_pairs';
        return null;
      },
      (m) => m.getRepository(RoundForbiddenEntity).createQueryBuilder().insert().values({ roundId, householdId, municipalityCode }).orIgnore().execute().then(() => undefined),
      audit,
    );
  }

  /**
   * `mutateDraft`, unless `refusal` (run under the round's lock, before the change) names a reason to refuse: then
   * nothing is changed or audited and that reason is returned.
   */
  private async mutateDraftUnless<R extends string>(
    roundId: string, refusal: (manager: EntityManager) => Promise<R | null>, change: (manager: EntityManager) => Promise<void>, audit: AuditEntry,
  ): Promise<boolean | R> {
    try {
      return await this.mutateDraft(roundId, async (m) => {
        const refused = await refusal(m);
        if (refused !== null) throw new RefusedChange(refused);
        await change(m);
      }, audit);
    } catch (error) {
      if (error instanceof RefusedChange) return error.refusal as R;
      throw error;
    }
  }

  allow(roundId: string, householdId: string, municipalityCode: string, audit: AuditEntry): Promise<boolean> {
    return this.mutateDraft(roundId, (m) => m.getRepository(RoundForbiddenEntity).delete({ roundId, householdId, municipalityCode }).then(() => undefined), audit);
  }

  setCapacity(roundId: string, municipalityCode: string, figures: RoundCapacityFigures, audit: AuditEntry): Promise<boolean> {
    return this.mutateDraft(
      roundId,
      (m) => m.getRepository(RoundCapacityEntity).upsert({ roundId, municipalityCode, ...figures }, ['roundId', 'municipalityCode']).then(() => undefined),
      audit,
    );
  }
}

/** Thrown inside a draft change to roll it back (and its audit row) when a check under the round's lock refuses it. */
class RefusedChange extends Error {
  constructor(readonly refusal: string) {
    super(`refused: ${refusal}`);
  }
}
