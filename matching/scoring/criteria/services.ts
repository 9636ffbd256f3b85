import { CARE_SERVICE } from '../../fits.js';
import { reason } from '../reasons.js';
import type { CriterionFn } from './types.js';

/**
 * Services: the share of the household's service needs met here — each care need, each accessibility need
 * (accessible homes), primary schools if children aged 4–11, secondary schools if children 12–17, Dutch courses
 * if an adult is below B1 in Dutch. Null when the household has none of these needs.
 * (Care and accessibility needs are also hard filters, so among options they only fail for pinned households.)
 */
export const services: CriterionFn = (h, pm, _model, sink) => {
  const s = pm.m.services;
  let met = 0;
  let total = 0;
  for (const need of h.h.careNeeds) {
    total++;
    if (s[CARE_SERVICE[need]]) { met++; sink?.push(reason('services.care_available', { need })); }
    else sink?.push(reason('services.care_unavailable', { need }));
  }
  for (const need of h.h.accessibilityNeeds) {
    total++;
    if (s.accessibleHomes) { met++; sink?.push(reason('services.accessible_homes', { need })); }
    else sink?.push(reason('services.no_accessible_homes', { need }));
  }
  if (h.primaryChildren > 0) {
    total++;
    if (s.primarySchools) { met++; sink?.push(reason('services.primary_school', { children: h.primaryChildren })); }
    else sink?.push(reason('services.no_primary_school', { children: h.primaryChildren }));
  }
  if (h.secondaryChildren > 0) {
    total++;
    if (s.secondarySchools) { met++; sink?.push(reason('services.secondary_school', { children: h.secondaryChildren })); }
    else sink?.push(reason('services.no_secondary_school', { children: h.secondaryChildren }));
  }
  if (h.adultsNeedingDutch > 0) {
    total++;
    if (s.dutchLanguageCourses) { met++; sink?.push(reason('services.language_courses', { adults: h.adultsNeedingDutch })); }
    else sink?.push(reason('services.no_language_courses', { adults: h.adultsNeedingDutch }));
  }
  return total === 0 ? null : met / total;
};
