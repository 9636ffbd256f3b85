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
 * 2. Graded reasons count only on a real match (`GRADED_SUPPORTS`), never on a partial one. The setting fit
 *    (`SETTING_FIT`) only at full credit: its sentence names what the household wants and what the place is ("would
 *    like to live in a city, and X is a town" is a mismatch at 0.5, "a town, and X is a city" at 0.75), so only a
 *    place of the wanted kind argues for it (urban: very strongly urban; suburban: moderately; rural: not urban).
 *    The distance to a job or study place (`tieCredit`: 1 up to 15 km, 0 from 90 km) at strictly more than half
 *    credit, i.e. closer than 52.5 km: a place at or beyond half credit is as much a commute as a reason.
 * 3. The reason's criterion must count: its weight is above 0 and its score above 0.
 * 4. An officer's decision argued for it too: a pin (`unit.pinned`) and linked households kept together
 *    (`unit.linked_merged`). Pin conflicts and pins that override a filter are not reasons *for* the place.
 *
 * Each fact once is not decided here but where the reasons become sentences: a list of statements never shows the same
 * sentence twice (`distinctStatements`, apps/api/src/waiting-list/statements.service.ts), because reasons that differ
 * in parameters the sentence does not show (the member, the aspiration) read the same.
 *
 * Plain TypeScript, no I/O. Input: criterion scores as stored in a run explanation (`CriterionScore`, scores in
 * [0, 1] or null, weights ≥ 0); output: the supporting reasons in their stored order.
 */
import type { PreferredSetting } from '../model/types.js';
import { SETTING_FIT } from './criteria/setting.js';
import { tieCredit } from './criteria/ties.js';
import type { ReasonCode } from './reasons.js';

/**
 * When a graded reason's credit (0–1) is a real match that argues for a placement (rule 2): the setting fit only at
 * full credit (1), the distance to a job or study place above half credit (0.5, exclusive).
 */
export const GRADED_SUPPORTS: Readonly<Record<'setting.fit' | 'ties.distance', (credit: number) => boolean>> = {
  'setting.fit': (credit) => credit >= 1,
  'ties.distance': (credit) => credit > 0.5,
};

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

/** The base codes that can argue for a placement: the municipality catalogue has a message for each. */
export const SUPPORTING_CODES: readonly string[] = Object.keys(SUPPORTING_REASONS);

/** Does this one reason argue for the placement (rules 1, 2 and 4)? */
export function reasonSupports(reason: { readonly code: string; readonly params?: unknown }): boolean {
  const credit = SUPPORTING_REASONS[reason.code as keyof typeof SUPPORTING_REASONS];
  if (credit === undefined) return false;
  const value = typeof credit === 'number' ? credit : credit((reason.params ?? {}) as Params);
  const graded = GRADED_SUPPORTS[reason.code as keyof typeof GRADED_SUPPORTS];
  return graded ? graded(value) : value > 0;
}

/**
 * The reasons that argued for a placement (rules 1–4), in their stored order (criterion by criterion). `notes` are
 * the unit's notes (`unit.*` reasons outside any criterion), checked by rule 4. Repeated sentences are left to the
 * renderer (`distinctStatements`).
 */
export function supportingReasons<R extends { readonly code: string; readonly params?: unknown }>(
  criteria: readonly { readonly score: number | null; readonly weight: number; readonly reasons: readonly R[] }[],
  notes: readonly R[] = [],
): R[] {
  const out: R[] = [];
  const keep = (r: R) => {
    if (reasonSupports(r)) out.push(r);
  };
  for (const c of criteria) {
    if (!(c.weight > 0) || c.score === null || !(c.score > 0)) continue;
    for (const r of c.reasons) keep(r);
  }
  for (const n of notes) keep(n);
  return out;
}
