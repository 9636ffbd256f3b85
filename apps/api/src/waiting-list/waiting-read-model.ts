import { Injectable } from '@nestjs/common';
import { WaitingRepository, type PublishedRoundRow, type RoundPlacementRow } from '#persistence/repositories/waiting.repository.js';
import { MunicipalityRepository } from '#persistence/repositories/municipality.repository.js';
import { MunicipalityProfileRepository } from '#persistence/repositories/municipality-profile.repository.js';
import { CapacityRepository, freeCapacityOf } from '#persistence/repositories/capacity.repository.js';
import { projectMunicipality } from '#matching/model/project.js';
import { CAPACITY_FIELD, HOME_BANDS, homeBand } from '#matching/vocabulary/index.js';
import { DEFAULT_TIE_REACH, type Centroid } from '#matching/fits.js';
import {
  capacityOf,
  lastRoundAggregate,
  positionChange,
  queueAtRound,
  queueEntry,
  queuePositions,
  summariseRound,
  withTieReach,
  type LastRoundAggregate,
  type MunicipalityCapacity,
  type PositionChange,
  type QueueEntry,
  type QueuePosition,
  type RoundStats,
} from '#matching/waiting/index.js';
import { periodOf, previousPeriods } from '../common/period.js';

/** "Capacity at all" looks at the current period and the ones before it, this many half years in all (one year). */
export const RECENT_PERIODS = 2;

/**
 * Everything a waiting status or the officers' overview reads that is not the household's own rows: the whole
 * queue with every position, the capacities, the published rounds' summaries and the last round's aggregate.
 * Built at one `read_model_version` for one period (half year); plain data, never changed after it is built.
 */
export interface WaitingContext {
  /** Waiting households, in the order `WaitingRepository.queue()` reads them (case reference). */
  readonly entries: readonly QueueEntry[];
  /** Each waiting household's entry, by household id. */
  readonly entryById: ReadonlyMap<string, QueueEntry>;
  /** Each waiting household's position under the priority rule (`queuePositions`), by household id. */
  readonly positions: ReadonlyMap<string, QueuePosition>;
  /** Capacity in both senses of `fits`: free in the current period, and stated at all in recent periods. */
  readonly capacities: { readonly freeNow: MunicipalityCapacity[]; readonly atAll: MunicipalityCapacity[]; readonly centroids: Centroid[] };
  /** Every published round's summary, oldest first (`summariseRound`). */
  readonly history: RoundStats[];
  /** The last published round: its aggregate, and each household's position change since (`positionChange`). */
  readonly last: { readonly aggregate: LastRoundAggregate; readonly changes: ReadonlyMap<string, PositionChange> } | null;
  /** The published run of every published round, newest first: where a household's last-round outcome is read. */
  readonly publishedRunIds: readonly string[];
  /** Round id of each published run. */
  readonly roundOfRun: ReadonlyMap<string, string>;
  /** The half year the capacities are of, e.g. "2026-H2". */
  readonly period: string;
}

/**
 * A published round as the waiting list keeps it: its summary and aggregate, and who was proposed in it. A published
 * round's proposals, their persons and municipality, its homes (round_capacity, fixed once the round is no draft) and
 * its publication time never change; the summary also reads the proposed households' urgency, permit date, needs
 * and ties, which a correction can change, so an entry holds for one `factsVersion` (and publication time).
 */
interface RoundEntry {
  readonly key: string;
  readonly stats: RoundStats;
  readonly aggregate: LastRoundAggregate;
  /** Households proposed in the round, in household id order. */
  readonly householdIds: readonly string[];
}

/**
 * The waiting list's read models (issue 14, "a newcomer's answer at national size"): the queue context of
 * `WaitingContext`, kept per process and rebuilt when the database's `read_model_version` moves, plus a summary per
 * published round kept until the facts it reads change.
 *
 * Invalidation lives in the database (migration ReadModelVersion: triggers bump the version in the transaction of
 * every write to a table the context reads; of `proposal` only writes of the columns it reads, migration
 * ReadModelProposalColumns), so it holds for every write path and across several API processes.
 * Each `context()` reads the version (one primary-key read); an unchanged version answers from memory; a changed one
 * starts one rebuild that concurrent callers share (single flight). The version is read before the data, so a
 * context is never older than the version it is filed under (a newer one is rebuilt on the next call).
 *
 * Why a cache per round and not a table written at publish: the summary reads the households' current urgency,
 * permit date, needs and ties (as the answers did before), which may change after publication; a table would have to
 * be rewritten on every such correction, a cache is just dropped (`factsVersion`).
 */
@Injectable()
export class WaitingReadModel {
  /**
   * Off: every call builds the context from scratch and keeps nothing (the answers are the same; the baseline of
   * `npm run bench:waiting` and the reference of the read-model test). Default on.
   */
  enabled = true;
  private current: { readonly key: string; readonly context: Promise<WaitingContext> } | null = null;
  private readonly rounds = new Map<string, RoundEntry>();
  /** Contexts built since start (for tests and the benchmark: a rebuild happens once per change). */
  builds = 0;

  constructor(
    private readonly waiting: WaitingRepository,
    private readonly municipalities: MunicipalityRepository,
    private readonly profiles: MunicipalityProfileRepository,
    private readonly capacityRepository: CapacityRepository,
  ) {}

  /** The context for the period of `now`, at the database's current read-model version. */
  async context(now: Date): Promise<WaitingContext> {
    if (!this.enabled) return this.build(periodOf(now), null);
    const version = await this.waiting.readModelVersion();
    const key = `${periodOf(now)}@${version.version}`;
    if (this.current?.key === key) return this.current.context;
    const context = this.build(periodOf(now), version.factsVersion);
    const current = { key, context };
    this.current = current;
    // A failed build is not kept: the next call tries again.
    context.catch(() => {
      if (this.current === current) this.current = null;
    });
    return context;
  }

  /** Builds the context from the database; `factsVersion` null: keep and reuse no round summary. */
  private async build(period: string, factsVersion: string | null): Promise<WaitingContext> {
    this.builds++;
    const [rows, capacities, rounds, runs] = await Promise.all([
      this.waiting.queue(),
      this.currentCapacities(period),
      this.waiting.publishedRounds(),
      this.waiting.publishedRuns(),
    ]);
    // A verified hard tie limits where a household fits (the scoring filter's predicate). Between rounds there is no
    // round policy, so the waiting list uses the default reach, DEFAULT_TIE_REACH.
    const entries = rows.map((r) => withTieReach(queueEntry(r), r.ties, capacities.centroids, DEFAULT_TIE_REACH));
    const summaries = await this.roundEntries(rounds, factsVersion);
    const history = summaries.map((s) => s.stats);
    let last: WaitingContext['last'] = null;
    const lastRound = rounds.at(-1);
    const lastEntry = summaries.at(-1);
    if (lastRound && lastEntry) {
      const proposedThen = await this.waiting.queue(lastEntry.householdIds);
      const previous = queueAtRound(rows, proposedThen, lastRound.publishedAt).map(queueEntry);
      last = { aggregate: lastEntry.aggregate, changes: positionChange(previous, entries, { placed: new Set(lastEntry.householdIds) }) };
    }
    return {
      entries,
      entryById: new Map(entries.map((e) => [e.id, e])),
      positions: queuePositions(entries),
      capacities,
      history,
      last,
      publishedRunIds: runs.map((r) => r.runId),
      roundOfRun: new Map(runs.map((r) => [r.runId, r.roundId])),
      period,
    };
  }

  /** Each published round's entry, oldest first: kept ones reused, the others read and summarised (and kept). */
  private async roundEntries(rounds: readonly PublishedRoundRow[], factsVersion: string | null): Promise<RoundEntry[]> {
    const keyOf = (round: PublishedRoundRow) => `${factsVersion}@${round.publishedAt}`;
    const kept = (round: PublishedRoundRow) => (factsVersion === null ? undefined : this.rounds.get(round.id)?.key === keyOf(round) ? this.rounds.get(round.id) : undefined);
    const missing = rounds.filter((r) => !kept(r)).map((r) => r.id);
    const [placements, homes] = await Promise.all([this.waiting.placements(missing), this.waiting.roundHomes(missing)]);
    const placementsOf = new Map<string, RoundPlacementRow[]>();
    for (const p of placements) {
      const list = placementsOf.get(p.roundId);
      if (list) list.push(p);
      else placementsOf.set(p.roundId, [p]);
    }
    const out = rounds.map((round): RoundEntry => {
      const have = kept(round);
      if (have) return have;
      const own = placementsOf.get(round.id) ?? [];
      return {
        key: keyOf(round),
        stats: summariseRound({
          roundId: round.id,
          date: round.publishedAt.slice(0, 10),
          placements: own.map((p) => ({ municipality: p.municipalityCode, band: homeBand(p.persons), hardNeeds: [...p.careNeeds, ...p.accessibilityNeeds] })),
          homesByMunicipality: Object.fromEntries(
            homes.filter((h) => h.roundId === round.id).map((h) => [h.municipalityCode, Object.fromEntries(HOME_BANDS.map((b) => [b, h[CAPACITY_FIELD[b]]]))]),
          ),
        }),
        aggregate: lastRoundAggregate(round.id, own),
        householdIds: own.map((p) => p.householdId),
      };
    });
    if (factsVersion !== null) {
      this.rounds.clear();
      for (const [i, round] of rounds.entries()) this.rounds.set(round.id, out[i]);
    }
    return out;
  }

  /**
   * What each municipality offers, in both senses of `fits` (matching/fits.ts): `freeNow`, the current period's
   * capacity minus what proposals hold; `atAll`, per resource the most it stated for the current period or the
   * one before it (`RECENT_PERIODS` half years: the last year), taken or not. Both with the hard needs it meets.
   */
  private async currentCapacities(period: string): Promise<WaitingContext['capacities']> {
    const periods = [period, ...previousPeriods(period, RECENT_PERIODS - 1)];
    const [municipalities, profiles, capacities] = await Promise.all([
      this.municipalities.find(),
      this.profiles.latestOf(),
      this.capacityRepository.forPeriods(periods),
    ]);
    const profileByCode = new Map(profiles.map((p) => [p.municipalityCode, p]));
    const rowsByCode = new Map<string, typeof capacities>();
    for (const c of capacities) rowsByCode.set(c.municipalityCode, [...(rowsByCode.get(c.municipalityCode) ?? []), c]);
    const freeNow: MunicipalityCapacity[] = [];
    const atAll: MunicipalityCapacity[] = [];
    for (const m of municipalities) {
      const rows = rowsByCode.get(m.cbsCode) ?? [];
      const current = rows.find((c) => c.period === period);
      const free = current ? freeCapacityOf(current) : null;
      const most = rows.length
        ? { persons: Math.max(...rows.map((c) => c.persons)), homes1to2: Math.max(...rows.map((c) => c.homes1to2)), homes3to4: Math.max(...rows.map((c) => c.homes3to4)), homes5plus: Math.max(...rows.map((c) => c.homes5plus)) }
        : null;
      const profile = profileByCode.get(m.cbsCode) ?? null;
      freeNow.push(capacityOf(projectMunicipality(m, profile, free)));
      atAll.push(capacityOf(projectMunicipality(m, profile, most)));
    }
    return { freeNow, atAll, centroids: municipalities.map((m) => ({ id: m.cbsCode, lat: Number(m.lat), lon: Number(m.lon) })) };
  }
}
