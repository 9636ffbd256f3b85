/**
 * Which scoring reasons argued *for* a placement (issue 11, the municipality's `whyProposed`).
 *
 * The rule, one place for every reader that lists "why this household was proposed here":
 * 1. Only reasons with a positive credit of their own can argue for it. `SUPPORTING_REASONS` lists them with their credit (the
 *    share of their criterion they add, as documented in `REASON_CATALOGUE`): the shortage and wanted occupations,
 *    study and retraining places, employers open to newcomers, family and community here, newcomer organisations and
 *    buddy schemes, available care, accessible homes, schools, Dutch courses, the distance to a job or study place,
 *    the preferred setting. Reasons that say something is missing or does not match (`labour.no_match`,
 *    `network.none`, `services.no_*`, `priorities.none_matched`, `ties.unknown_location`, `score.*`) never argue for
 *    a placement, nor do filters (`filter.*`, which rule a place out).
 * 2. Graded reasons count only when their credit is at least `MIN_GRADED_CREDIT` (0.5): the setting fit
 *    (`SETTING_FIT`: a household that wants a city in a village area scores 0 to 0.25) and the distance to a job or
 *    study place (`tieCredit`: 1 up to 15 km, 0 from 90 km). A weak partial fit is not a reason for the proposal.
 * 3. The reason's criterion must count: its weight is above 0 and its score above 0.
 * 4. An officer's decision argued for it too: a pin (`unit.pinned`) and linked households kept together
 *    (`unit.linked_merged`). Pin conflicts and pins that override a filter are not reasons *for* the place.
 * 5. Each fact once: reasons that differ only in the member they are about (`member`: two adults who both want work
 *    give two `labour.open_employers` with the same count) are one fact, kept once (the first).
 *
 * Plain TypeScript, no I/O. Input: criterion scores as stored in a run explanation (`CriterionScore`, scores in
 * [0, 1] or null, weights ≥ 0); output: the reasons in their stored order, without the repeated ones.
 */
import type { PreferredSetting } from '../model/types.js';
import { SETTING_FIT } from './criteria/setting.js';
import { tieCredit } from './criteria/ties.js';
import type { ReasonCode } from './reasons.js';

/** Least credit a graded reason (setting fit, distance to a job or study place) needs to argue for a placement. */
export const MIN_GRADED_CREDIT = 0.5;

type Params = Readonly<Record<string, unknown>>;

/** The credit (0–1) a supporting reason adds to its criterion: a number, or a function of its parameters. */
export const SUPPORTING_REASONS: Partial<Readonly<Record<ReasonCode | 'unit.pinned' | 'unit.linked_merged', number | ((p: Params) => number)>>> = {
  'labour.shortage_exact': 1,
  'labour.shortage_group': 1,
  'labour.shortage_minor_group': 0.6,
  'labour.shortage_sub_major_group': 0.3,
  'labour.study_institution': 0.5,
  'labour.retrain_mbo': 0.7,
  'labour.open_employers': 0.4,
  'setting.fit': (p) => {
    const fits = SETTING_FIT[p.preferred as Exclude<PreferredSetting, 'no_preference'>];
    return fits?.[Number(p.urbanisation) - 1] ?? 0;
  },
  'network.family_here': 1,
  'network.community_tie_here': 1,
  'network.community_language': 1,
  'network.self_organisations': 1,
  'network.buddy_schemes': 1,
  'services.care_available': 1,
  'services.accessible_homes': 1,
  'services.primary_school': 1,
  'services.secondary_school': 1,
  'services.language_courses': 1,
  'ties.distance': (p) => tieCredit(Number(p.km)),
  'priorities.wanted_exact': 1,
  'priorities.wanted_group': 1,
  'priorities.wanted_minor_group': 0.6,
  'priorities.wanted_sub_major_group': 0.3,
  'unit.pinned': 1,
  'unit.linked_merged': 1,
};

/** Codes whose credit depends on how well they fit (rule 2). */
const GRADED = new Set<string>(['setting.fit', 'ties.distance']);

/** The base codes that can argue for a placement: the municipality catalogue has a message for each. */
export const SUPPORTING_CODES: readonly string[] = Object.keys(SUPPORTING_REASONS);

/** Does this one reason argue for the placement (rules 1, 2 and 4)? */
export function reasonSupports(reason: { readonly code: string; readonly params?: unknown }): boolean {
  const credit = SUPPORTING_REASONS[reason.code as keyof typeof SUPPORTING_REASONS];
  if (credit === undefined) return false;
  const value = typeof credit === 'number' ? credit : credit((reason.params ?? {}) as Params);
  return GRADED.has(reason.code) ? value >= MIN_GRADED_CREDIT : value > 0;
}

/** The key of the fact a reason states: its code and parameters without `member` (rule 5). */
function factKey(reason: { readonly code: string; readonly params?: unknown }): string {
  const { member: _member, ...rest } = (reason.params ?? {}) as Record<string, unknown>;
  return `${reason.code}\u0000${JSON.stringify(Object.entries(rest).sort(([a], [b]) => a.localeCompare(b)))}`;
}

/**
 * The reasons that argued for a placement (rules 1–5), each fact once, in their stored order (criterion by
 * criterion). `notes` are the unit's notes (`unit.*` reasons outside any criterion), checked by rules 4 and 5.
 */
export function supportingReasons<R extends { readonly code: string; readonly params?: unknown }>(
  criteria: readonly { readonly score: number | null; readonly weight: number; readonly reasons: readonly R[] }[],
  notes: readonly R[] = [],
): R[] {
  const seen = new Set<string>();
  const out: R[] = [];
  const keep = (r: R) => {
    if (!reasonSupports(r)) return;
    const key = factKey(r);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(r);
  };
  for (const c of criteria) {
    if (!(c.weight > 0) || c.score === null || !(c.score > 0)) continue;
    for (const r of c.reasons) keep(r);
  }
  for (const n of notes) keep(n);
  return out;
}
