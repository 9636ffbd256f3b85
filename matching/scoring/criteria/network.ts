import { reason } from '../reasons.js';
import type { CriterionFn } from './types.js';

/**
 * Networks: core = max(family here 1, named community here 0.8, a community speaking a household language 0.6),
 * plus 0.2 for self-organisations and 0.2 for buddy schemes, capped at 1. Always applies.
 */
export const network: CriterionFn = (h, pm, _model, sink) => {
  const m = pm.m;
  let core = 0;
  const family = h.familyIn.get(m.id);
  if (family !== undefined) {
    core = 1;
    sink?.push(reason('network.family_here', { household: h.h.id, status: family }));
  }
  if (h.communityIn.has(m.id)) {
    core = Math.max(core, 0.8);
    sink?.push(reason('network.community_tie_here', { household: h.h.id }));
  }
  for (const language of h.languages) {
    if (pm.communityLanguages.has(language)) {
      core = Math.max(core, 0.6);
      sink?.push(reason('network.community_language', { language }));
    }
  }
  let support = 0;
  if (m.networks.selfOrganisations > 0) {
    support += 0.2;
    sink?.push(reason('network.self_organisations', { count: m.networks.selfOrganisations }));
  }
  if (m.networks.buddySchemes > 0) {
    support += 0.2;
    sink?.push(reason('network.buddy_schemes', { count: m.networks.buddySchemes }));
  }
  const score = Math.min(1, core + support);
  if (score === 0) sink?.push(reason('network.none', {}));
  return score;
};
