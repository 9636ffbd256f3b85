import type { ScoringMember } from '../../model/types.js';
import { matchIsco, type PreparedMunicipality } from '../prepare.js';
import { reason, type Reason } from '../reasons.js';
import type { CriterionFn } from './types.js';

const WORK_ASPIRATIONS = ['work_in_profession', 'any_work', 'start_business'] as const;

/** An adult counts for the labour criterion when they have a profession or a work/study aspiration. */
export function labourRelevant(a: ScoringMember): boolean {
  return a.professions.length > 0 || a.aspirations.some((x) => x === 'study' || x === 'retrain' || (WORK_ASPIRATIONS as readonly string[]).includes(x));
}

/** Best credit of one adult in one municipality (the maximum over the components below). */
export function memberLabour(a: ScoringMember, pm: PreparedMunicipality, sink: Reason[] | null): number {
  const m = pm.m;
  let best = 0;
  // 1. professions against shortage occupations (first best profession wins on ties)
  let bestMatch: ReturnType<typeof matchIsco> = null;
  let bestIsco = '';
  for (const isco of a.professions) {
    const r = matchIsco(isco, pm.shortage);
    if (r && (!bestMatch || r.credit > bestMatch.credit)) { bestMatch = r; bestIsco = isco; }
  }
  if (bestMatch) {
    best = bestMatch.credit;
    if (sink) {
      const member = a.position;
      if (bestMatch.level === 'exact') sink.push(reason('labour.shortage_exact', { member, isco: bestIsco }));
      else if (bestMatch.level === 'group') sink.push(reason('labour.shortage_group', { member, isco: bestIsco, listed: bestMatch.listed }));
      else if (bestMatch.level === 'minor') sink.push(reason('labour.shortage_minor_group', { member, isco: bestIsco, listed: bestMatch.listed, group: bestMatch.group }));
      else sink.push(reason('labour.shortage_sub_major_group', { member, isco: bestIsco, listed: bestMatch.listed, group: bestMatch.group }));
    }
  }
  // 2. study: HBO/university fit those with upper-secondary education or more (ISCED >= 3), MBO the others
  if (a.aspirations.includes('study')) {
    const higher = (a.educationLevel ?? 0) >= 3;
    const order: readonly ['mbo' | 'hbo' | 'university', boolean][] = higher
      ? [['university', m.services.university], ['hbo', m.services.hbo], ['mbo', m.services.mbo]]
      : [['mbo', m.services.mbo], ['hbo', m.services.hbo], ['university', m.services.university]];
    const found = order.findIndex(([, present]) => present);
    if (found >= 0) {
      const institution = order[found][0];
      const fits = higher ? institution !== 'mbo' : institution === 'mbo';
      const credit = fits ? 1 : 0.5;
      if (credit > best) best = credit;
      sink?.push(reason('labour.study_institution', { member: a.position, institution, educationLevel: a.educationLevel }));
    }
  }
  // 3. retraining at an MBO
  if (a.aspirations.includes('retrain') && m.services.mbo) {
    if (0.7 > best) best = 0.7;
    sink?.push(reason('labour.retrain_mbo', { member: a.position }));
  }
  // 4. any work: employers open to newcomers
  if (m.labour.employersOpenToNewcomers > 0) {
    const asp = WORK_ASPIRATIONS.find((x) => a.aspirations.includes(x));
    if (asp) {
      if (0.4 > best) best = 0.4;
      sink?.push(reason('labour.open_employers', { member: a.position, aspiration: asp, count: m.labour.employersOpenToNewcomers }));
    }
  }
  if (best === 0) sink?.push(reason('labour.no_match', { member: a.position }));
  return best;
}

/** Labour market: mean over the relevant adults of each adult's best credit; null when no adult is relevant. */
export const labour: CriterionFn = (h, pm, _model, sink) => {
  let sum = 0;
  let n = 0;
  for (const a of h.adults) {
    if (!labourRelevant(a)) continue;
    sum += memberLabour(a, pm, sink);
    n++;
  }
  return n === 0 ? null : sum / n;
};
