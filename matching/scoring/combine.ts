import { CRITERIA, type Criterion, type CriterionWeights } from '../model/types.js';
import { CRITERION_FNS } from './criteria/index.js';
import type { PreparedHousehold, PreparedModel, PreparedMunicipality } from './prepare.js';
import { reason, type Reason } from './reasons.js';

/** Default policy weights per criterion (a round's policy may override any of them). */
export const DEFAULT_POLICY_WEIGHTS: Readonly<Record<Criterion, number>> = {
  labour: 3,
  setting: 1,
  network: 2,
  services: 2,
  ties: 3,
  priorities: 1,
};

/** Scores are rounded to this many decimals so results are stable across platforms and in golden files. */
export const SCORE_DECIMALS = 6;
export const roundScore = (x: number): number => Math.round(x * 1e6) / 1e6;

/**
 * Effective weight of a criterion for one household: policy weight × household weight (missing household
 * weight = 1; negative or non-finite weights count as 0).
 */
export function effectiveWeights(policy: CriterionWeights | undefined, household: CriterionWeights): Record<Criterion, number> {
  const out = {} as Record<Criterion, number>;
  for (const c of CRITERIA) {
    const p = policy?.[c] ?? DEFAULT_POLICY_WEIGHTS[c];
    const h = household[c] ?? 1;
    const w = (Number.isFinite(p) && p > 0 ? p : 0) * (Number.isFinite(h) && h > 0 ? h : 0);
    out[c] = w;
  }
  return out;
}

export interface CriterionScore {
  readonly criterion: Criterion;
  /** Criterion score in [0, 1] (rounded), or null when it does not apply to this household. */
  readonly score: number | null;
  /** Effective weight (policy × household). */
  readonly weight: number;
  readonly reasons: readonly Reason[];
}

export interface PairScore {
  /** Combined score in [0, 1]: Σ w·s / Σ w over applicable criteria with w > 0 (0 when there is none). */
  readonly score: number;
  readonly criteria: readonly CriterionScore[];
  readonly notes: readonly Reason[];
}

/**
 * Scores one pair. When `out` is given, the criterion scores (NaN = not applicable) are written at
 * out[offset … offset+5] in CRITERIA order. Reasons are collected only when `withReasons` is true.
 */
export function scorePair(
  h: PreparedHousehold, pm: PreparedMunicipality, model: PreparedModel, weights: Readonly<Record<Criterion, number>>,
  out: Float64Array | null, offset: number,
): number {
  let num = 0;
  let den = 0;
  for (let i = 0; i < CRITERIA.length; i++) {
    const c = CRITERIA[i];
    const s = CRITERION_FNS[c](h, pm, model, null);
    const r = s === null ? NaN : roundScore(s);
    if (out) out[offset + i] = r;
    const w = weights[c];
    if (s !== null && w > 0) { num += w * r; den += w; }
  }
  return den === 0 ? 0 : roundScore(num / den);
}

/** The same computation as scorePair, with every criterion's reasons. */
export function scorePairWithReasons(
  h: PreparedHousehold, pm: PreparedMunicipality, model: PreparedModel, weights: Readonly<Record<Criterion, number>>,
): PairScore {
  let num = 0;
  let den = 0;
  const criteria: CriterionScore[] = [];
  for (const c of CRITERIA) {
    const reasons: Reason[] = [];
    const s = CRITERION_FNS[c](h, pm, model, reasons);
    const r = s === null ? null : roundScore(s);
    const w = weights[c];
    if (r !== null && w > 0) { num += w * r; den += w; }
    criteria.push({ criterion: c, score: r, weight: w, reasons });
  }
  return {
    score: den === 0 ? 0 : roundScore(num / den),
    criteria,
    notes: den === 0 ? [reason('score.no_applicable_criteria', {})] : [],
  };
}
