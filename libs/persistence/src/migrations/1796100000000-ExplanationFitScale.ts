import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One fit scale in stored explanations (`run_assignment.explanation` version 2, issue 11). Version 1 gave the outcome
 * and the verdicts figures on the solver's scale only (`score`, `outcomeScore`, `netThere`, `netOutcome`: placement
 * value + priority + stability + fit, summed over a unit's households), next to the alternatives' `fit` on 0–1.
 * Version 2 names those figures the placement value (`value`, `outcomeValue`, `netValueThere`, `netValueOutcome`;
 * alternatives' and preferred places' `score` → `value`) and gives each verdict and the outcome its fit on 0–1 apart
 * (`fit`, `outcomeFit`), and the outcome the count of municipalities that fit the unit (`fitting`) and whether the
 * outcome fits (`fits`).
 *
 * For explanations stored before, no old figure is relabelled as a fit:
 * - the outcome's fit is the mean of the outcome breakdown's household scores (each on 0–1, what the run recorded),
 *   rounded to 6 decimals; null when the explanation has no breakdown (unplaced);
 * - a verdict's fit there is the alternative's stored `fit` (0–1, ExplanationAlternativeFit1795990200000) for the same
 *   municipality; null when no alternative names it;
 * - `fitting` is null (the count was not recorded: the texts then say how many places were compared, the old rank's
 *   base), and `fits` is the old `isOption` (a pin outside the options is the only placement that does not fit).
 * The texts say "not recorded" for a null fit. Literal shapes, not imported types: a migration describes the data at
 * the time it was written. Idempotent: rewrites version 1 envelopes only, in batches of 500 rows.
 */
export class ExplanationFitScale1796100000000 implements MigrationInterface {
  name = 'ExplanationFitScale1796100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await rewrite(queryRunner, 1, 2, toVersion2);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await rewrite(queryRunner, 2, 1, toVersion1);
  }
}

type Json = Record<string, unknown>;
const BATCH = 500;

async function rewrite(queryRunner: QueryRunner, from: number, to: number, change: (e: Json) => Json): Promise<void> {
  let after: { run: string; household: string } | null = null;
  for (;;) {
    const rows: { run_id: string; household_id: string; explanation: { data: Json } }[] = await queryRunner.query(
      `SELECT run_id, household_id, explanation FROM run_assignment
        WHERE (explanation->>'schemaVersion')::int = $1 ${after ? 'AND (run_id, household_id) > ($2::uuid, $3::uuid)' : ''}
        ORDER BY run_id, household_id LIMIT ${BATCH}`,
      after ? [from, after.run, after.household] : [from],
    );
    if (rows.length === 0) return;
    const changed = rows.map((r) => ({ run_id: r.run_id, household_id: r.household_id, explanation: { schemaVersion: to, data: change(r.explanation.data) } }));
    await queryRunner.query(
      `UPDATE run_assignment a SET explanation = v.explanation
         FROM jsonb_to_recordset($1::jsonb) AS v(run_id uuid, household_id uuid, explanation jsonb)
        WHERE a.run_id = v.run_id AND a.household_id = v.household_id`,
      [JSON.stringify(changed)],
    );
    const last = rows[rows.length - 1];
    after = { run: last.run_id, household: last.household_id };
  }
}

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;
const rename = (o: Json, names: Readonly<Record<string, string>>): Json =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [names[k] ?? k, v]));

/** Version 1 → 2 (see the class comment). */
export function toVersion2(e: Json): Json {
  const alternatives = Array.isArray(e.alternatives) ? (e.alternatives as Json[]) : [];
  const fitOf = new Map(alternatives.map((a) => [String(a.municipality), typeof a.fit === 'number' ? a.fit : null]));
  const breakdown = e.breakdown as { households?: { score?: unknown }[] } | null | undefined;
  const scores = (breakdown?.households ?? []).map((h) => h.score).filter((s): s is number => typeof s === 'number');
  const outcomeFit = scores.length > 0 ? round6(scores.reduce((x, y) => x + y, 0) / scores.length) : null;
  const verdict = (v: Json, m: string): Json => {
    const params = (v.params ?? {}) as Json;
    const fits = { fit: fitOf.get(m) ?? null, outcomeFit };
    switch (v.code) {
      case 'explain.alt_not_higher':
      case 'explain.preferred_within_reach':
        return { ...v, params: { ...rename(params, { score: 'value', outcomeScore: 'outcomeValue' }), ...fits } };
      case 'explain.alt_capacity':
      case 'explain.alt_room_available':
        return { ...v, params: { ...rename(params, { netThere: 'netValueThere', netOutcome: 'netValueOutcome' }), ...fits } };
      default:
        return v;
    }
  };
  const outcome = (e.outcome ?? {}) as Json;
  const op = (outcome.params ?? {}) as Json;
  const newOutcome = outcome.code === 'explain.placed'
    ? { ...outcome, params: { municipality: op.municipality, fit: outcomeFit, value: op.score, rank: op.rank, options: op.options, fitting: null, fits: op.isOption, isOption: op.isOption } }
    : { ...outcome, params: { ...op, fitting: null } };
  return {
    ...e,
    outcome: newOutcome,
    alternatives: alternatives.map((a) => ({ ...rename(a, { score: 'value' }), verdict: verdict((a.verdict ?? {}) as Json, String(a.municipality)) })),
    preferred: (Array.isArray(e.preferred) ? (e.preferred as Json[]) : []).map((p) => ({ ...rename(p, { score: 'value' }), verdict: verdict((p.verdict ?? {}) as Json, String(p.municipality)) })),
  };
}

/** Version 2 → 1: the old names back, the fits and counts taken away. */
export function toVersion1(e: Json): Json {
  const drop = (o: Json, keys: readonly string[]): Json => Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));
  const verdict = (v: Json): Json => {
    const params = (v.params ?? {}) as Json;
    if (!('fit' in params)) return v;
    return { ...v, params: drop(rename(params, { value: 'score', outcomeValue: 'outcomeScore', netValueThere: 'netThere', netValueOutcome: 'netOutcome' }), ['fit', 'outcomeFit']) };
  };
  const outcome = (e.outcome ?? {}) as Json;
  const op = (outcome.params ?? {}) as Json;
  return {
    ...e,
    outcome: { ...outcome, params: drop(rename(op, { value: 'score' }), ['fit', 'fitting', 'fits']) },
    alternatives: (Array.isArray(e.alternatives) ? (e.alternatives as Json[]) : []).map((a) => ({ ...rename(a, { value: 'score' }), verdict: verdict((a.verdict ?? {}) as Json) })),
    preferred: (Array.isArray(e.preferred) ? (e.preferred as Json[]) : []).map((p) => ({ ...rename(p, { value: 'score' }), verdict: verdict((p.verdict ?? {}) as Json) })),
  };
}
