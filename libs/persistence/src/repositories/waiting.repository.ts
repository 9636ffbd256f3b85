import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { HouseholdExplanation } from '#matching/explain/types.js';
import type { ProposalStatus } from '#matching/vocabulary/lifecycle.js';
import { versionedJson } from '../entities/versioned-json.js';

/** How run_assignment.explanation is stored (a versioned envelope), read here without the entity. */
const EXPLANATION = versionedJson<HouseholdExplanation>('run_assignment.explanation');
import { HARD_TIE_KINDS, type TieKind, type TieStatus, type Urgency } from '#matching/vocabulary/index.js';
import type { HouseholdStatus } from '#matching/vocabulary/lifecycle.js';

/** What the queue needs of one household: no names, no origin, no medical detail beyond the kind of need. */
export interface QueueRow {
  readonly id: string;
  readonly reference: string;
  readonly permitDate: string;
  readonly urgency: Urgency;
  readonly size: number;
  readonly careNeeds: string[];
  readonly accessibilityNeeds: string[];
  readonly status: HouseholdStatus;
  readonly registeredAt: string;
  /** Its verified ties of a kind that can be hard (`HARD_TIE_KINDS`), sorted by kind then municipality: what `withTieReach` reads. */
  readonly ties: QueueTie[];
}

/** A tie as the waiting list reads it: its hardness (`isHardTie`) and its municipality (CBS code). */
export interface QueueTie {
  readonly kind: TieKind;
  readonly municipality: string;
  readonly status: TieStatus;
  readonly firstDegree: boolean;
  readonly liveNear: boolean;
}

export interface PublishedRoundRow {
  readonly id: string;
  readonly period: string;
  readonly publishedAt: string;
}

export interface RoundPlacementRow {
  readonly roundId: string;
  readonly householdId: string;
  readonly municipalityCode: string;
  readonly persons: number;
  readonly careNeeds: string[];
  readonly accessibilityNeeds: string[];
  readonly urgency: Urgency;
  readonly permitDate: string;
  readonly tieKinds: string[];
  /** Whether a tie of the household points at the municipality it was proposed to. */
  readonly tieKindsThere: string[];
}

/** The counters the waiting list's read models are built at (table `read_model_version`, bumped by triggers). */
export interface ReadModelVersion {
  /** Rises with every committed write to a table the queue, the capacities or the published rounds are read from. */
  readonly version: string;
  /** Rises when a household's urgency, permit date, needs or ties change: what a published round's summary reads. */
  readonly factsVersion: string;
}

/** A published round's published run, newest run first (by the run's creation, then run id). */
export interface PublishedRunRow {
  readonly roundId: string;
  readonly runId: string;
}

/** A household's row in a published run: where it was proposed (null: not placed) and its explanation. */
export interface PublishedAssignmentRow {
  readonly runId: string;
  readonly municipalityCode: string | null;
  readonly explanation: HouseholdExplanation;
}

/** A household as its own waiting status reads it (`own`). */
export interface OwnStatusRow {
  readonly reference: string;
  readonly status: HouseholdStatus;
  readonly latest: LatestProposalRow | null;
}

/** The latest proposal of a household, as its waiting status needs it. */
export interface LatestProposalRow {
  readonly id: string;
  readonly status: ProposalStatus;
  readonly municipalityCode: string;
  readonly roundId: string;
  readonly newcomerResponse: string | null;
}

/** Read-only queries behind the waiting list: counts and case data, never names or protected traits. */
@Injectable()
export class WaitingRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The read models' version (migration ReadModelVersion): one primary-key read. Bigints as decimal text.
   */
  async readModelVersion(): Promise<ReadModelVersion> {
    const [row]: { version: string; facts_version: string }[] = await this.dataSource.query(
      `SELECT version::text AS version, facts_version::text AS facts_version FROM read_model_version WHERE id = 1`,
    );
    if (!row) throw new Error('read_model_version has no row: run the migrations');
    return { version: row.version, factsVersion: row.facts_version };
  }

  /** The published run of every published round, newest run first (run creation time, then run id). */
  async publishedRuns(): Promise<PublishedRunRow[]> {
    const rows: { round_id: string; run_id: string }[] = await this.dataSource.query(
      `SELECT r.id AS round_id, run.id AS run_id
         FROM round r JOIN run ON run.id = r.published_run_id
        WHERE r.status = 'published'
        ORDER BY run.created_at DESC, run.id DESC`,
    );
    return rows.map((r) => ({ roundId: r.round_id, runId: r.run_id }));
  }

  /**
   * The household's rows in the given runs (primary-key reads: run id and household id), in the order of `runIds`;
   * with `publishedRuns()` the first is its row in the latest published round it took part in.
   */
  async assignmentsIn(householdId: string, runIds: readonly string[]): Promise<PublishedAssignmentRow[]> {
    if (runIds.length === 0) return [];
    const rows: { run_id: string; municipality_code: string | null; explanation: unknown }[] = await this.dataSource.query(
      `SELECT run_id, municipality_code, explanation FROM run_assignment WHERE run_id = ANY($1::uuid[]) AND household_id = $2`,
      [[...runIds], householdId],
    );
    const order = new Map(runIds.map((id, i) => [id, i]));
    return rows
      .map((r) => ({ runId: r.run_id, municipalityCode: r.municipality_code, explanation: EXPLANATION.from(r.explanation) }))
      .sort((a, b) => order.get(a.runId)! - order.get(b.runId)!);
  }

  /**
   * What a household's waiting status reads of its own rows, in one query: its case reference and status, and its
   * latest proposal (by creation, then id; a re-proposal in a later round is a new one), or null. Null: no such household.
   */
  async own(householdId: string): Promise<OwnStatusRow | null> {
    const [row]: { reference: string; status: HouseholdStatus; id: string | null; proposal_status: ProposalStatus | null; municipality_code: string | null; round_id: string | null; newcomer_response: string | null }[] =
      await this.dataSource.query(
        `SELECT h.reference, h.status, p.id, p.status AS proposal_status, p.municipality_code, p.round_id, p.newcomer_response
           FROM household h
           LEFT JOIN LATERAL (SELECT * FROM proposal p WHERE p.household_id = h.id ORDER BY p.created_at DESC, p.id DESC LIMIT 1) p ON true
          WHERE h.id = $1`,
        [householdId],
      );
    if (!row) return null;
    const latest =
      row.id === null
        ? null
        : { id: row.id, status: row.proposal_status!, municipalityCode: row.municipality_code!, roundId: row.round_id!, newcomerResponse: row.newcomer_response };
    return { reference: row.reference, status: row.status, latest };
  }

  /** Waiting households (or the given ones, in any status). */
  async queue(ids?: readonly string[]): Promise<QueueRow[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT h.id, h.reference, h.permit_date::text AS permit_date, h.urgency, h.status, h.care_needs, h.accessibility_needs, h.created_at,
              (SELECT count(*) FROM household_member m WHERE m.household_id = h.id)::int AS size
         FROM household h
        WHERE ${ids ? 'h.id = ANY($1::uuid[])' : `h.status = 'waiting'`}
        ORDER BY h.reference`,
      ids ? [[...ids]] : [],
    );
    const ties = await this.verifiedTies(rows.map((r) => r.id as string));
    return rows.map((r) => ({
      id: r.id as string,
      ties: ties.get(r.id as string) ?? [],
      reference: r.reference as string,
      permitDate: r.permit_date as string,
      urgency: r.urgency as QueueRow['urgency'],
      status: r.status as HouseholdStatus,
      registeredAt: new Date(r.created_at as string).toISOString(),
      size: Number(r.size),
      careNeeds: pgArray(r.care_needs),
      accessibilityNeeds: pgArray(r.accessibility_needs),
    }));
  }

  /** Verified ties of the kinds that can be hard, per household (only these can limit where it fits). */
  private async verifiedTies(householdIds: readonly string[]): Promise<Map<string, QueueTie[]>> {
    const out = new Map<string, QueueTie[]>();
    if (householdIds.length === 0) return out;
    const rows: { household_id: string; kind: TieKind; municipality_code: string; first_degree: boolean; live_near: boolean }[] = await this.dataSource.query(
      `SELECT t.household_id, t.kind, t.municipality_code, t.first_degree, t.live_near
         FROM household_tie t
        WHERE t.household_id = ANY($1::uuid[]) AND t.status = 'verified' AND t.kind = ANY($2::text[])
        ORDER BY t.household_id, t.kind, t.municipality_code`,
      [[...householdIds], [...HARD_TIE_KINDS]],
    );
    for (const r of rows) {
      const tie: QueueTie = { kind: r.kind, municipality: r.municipality_code, status: 'verified', firstDegree: Boolean(r.first_degree), liveNear: Boolean(r.live_near) };
      out.set(r.household_id, [...(out.get(r.household_id) ?? []), tie]);
    }
    return out;
  }

  /** Published rounds, oldest first, with the time their proposals went out. */
  async publishedRounds(): Promise<PublishedRoundRow[]> {
    const rows: { id: string; period: string; published_at: Date | string }[] = await this.dataSource.query(
      `SELECT r.id, r.period, min(p.created_at) AS published_at
         FROM round r JOIN proposal p ON p.round_id = r.id
        WHERE r.status = 'published'
        GROUP BY r.id, r.period
        ORDER BY published_at, r.id`,
    );
    return rows.map((r) => ({ id: r.id, period: r.period, publishedAt: new Date(r.published_at).toISOString() }));
  }

  async placements(roundIds: readonly string[]): Promise<RoundPlacementRow[]> {
    if (roundIds.length === 0) return [];
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT p.round_id, p.household_id, p.municipality_code, p.persons, h.care_needs, h.accessibility_needs, h.urgency,
              h.permit_date::text AS permit_date,
              ARRAY(SELECT DISTINCT t.kind FROM household_tie t WHERE t.household_id = h.id ORDER BY t.kind) AS tie_kinds,
              ARRAY(SELECT DISTINCT t.kind FROM household_tie t WHERE t.household_id = h.id AND t.municipality_code = p.municipality_code ORDER BY t.kind) AS tie_kinds_there
         FROM proposal p JOIN household h ON h.id = p.household_id
        WHERE p.round_id = ANY($1::uuid[])
        ORDER BY p.round_id, p.household_id`,
      [[...roundIds]],
    );
    return rows.map((r) => ({
      roundId: r.round_id as string,
      householdId: r.household_id as string,
      municipalityCode: r.municipality_code as string,
      persons: Number(r.persons),
      careNeeds: pgArray(r.care_needs),
      accessibilityNeeds: pgArray(r.accessibility_needs),
      urgency: r.urgency as RoundPlacementRow['urgency'],
      permitDate: r.permit_date as string,
      tieKinds: pgArray(r.tie_kinds),
      tieKindsThere: pgArray(r.tie_kinds_there),
    }));
  }

  /** Homes each municipality offered in the given rounds. */
  async roundHomes(roundIds: readonly string[]): Promise<{ roundId: string; municipalityCode: string; homes1to2: number; homes3to4: number; homes5plus: number }[]> {
    if (roundIds.length === 0) return [];
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT round_id, municipality_code, homes_1_2, homes_3_4, homes_5_plus FROM round_capacity WHERE round_id = ANY($1::uuid[])`,
      [[...roundIds]],
    );
    return rows.map((r) => ({
      roundId: r.round_id as string,
      municipalityCode: r.municipality_code as string,
      homes1to2: Number(r.homes_1_2),
      homes3to4: Number(r.homes_3_4),
      homes5plus: Number(r.homes_5_plus),
    }));
  }
}

/** pg returns text[] as an array; some drivers return the literal '{a,b}'. */
function pgArray(value: unknown): string[] {
  if (Array.isArray(value)) return value as string[];
  if (typeof value === 'string') return value.replace(/^\{|\}$/g, '').split(',').filter(Boolean);
  return [];
}
