import { matchIsco } from '../prepare.js';
import { reason } from '../reasons.js';
import type { CriterionFn } from './types.js';

/**
 * The municipality's stated priorities: the best match of any adult's profession with the occupations the
 * municipality wants most (same ISCO ladder as labour: exact/group 1, minor group 0.6, sub-major 0.3).
 * Null when no adult has a profession.
 */
export const priorities: CriterionFn = (h, pm, _model, sink) => {
  let any = false;
  let best = 0;
  let bestMember = 0;
  let bestIsco = '';
  let bestMatch: ReturnType<typeof matchIsco> = null;
  for (const a of h.adults) {
    for (const isco of a.professions) {
      any = true;
      const r = matchIsco(isco, pm.wanted);
      if (r && r.credit > best) { best = r.credit; bestMatch = r; bestMember = a.position; bestIsco = isco; }
    }
  }
  if (!any) return null;
  if (sink) {
    if (!bestMatch) sink.push(reason('priorities.none_matched', {}));
    else if (bestMatch.level === 'exact') sink.push(reason('priorities.wanted_exact', { member: bestMember, isco: bestIsco }));
    else if (bestMatch.level === 'group') sink.push(reason('priorities.wanted_group', { member: bestMember, isco: bestIsco, listed: bestMatch.listed }));
    else if (bestMatch.level === 'minor') sink.push(reason('priorities.wanted_minor_group', { member: bestMember, isco: bestIsco, listed: bestMatch.listed, group: bestMatch.group }));
    else sink.push(reason('priorities.wanted_sub_major_group', { member: bestMember, isco: bestIsco, listed: bestMatch.listed, group: bestMatch.group }));
  }
  return best;
};
