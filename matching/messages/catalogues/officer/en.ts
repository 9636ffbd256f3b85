/** Officer texts (en): keys `<code>.officer` (readers.ts), about the household in the third person, with figures. ICU MessageFormat. */
import type { Catalogue } from '../types.js';

export const officerEn: Catalogue = {
  // Fairness report (issue 11, H5): whose traits were counted, and the flag rule.
  'fairness.counted.main_applicant.officer':
    'Gender and age are those of the main applicant of each household: the member registered as applicant, or the first adult if nobody is. '
    + 'Each household counts once in every breakdown. Household size counts all members. The origin region is that of the household.',
  'fairness.counted.first_member.officer':
    'This report was made before a correction. Gender and age are those of the member registered first, who may be a child. '
    + 'Every age under 25 was counted as 18 to 24. Run the round again to get a corrected report.',
  'fairness.rule.officer':
    'A group is flagged when it has at least {minGroupSize, plural, one {# household} other {# households}} and its placement rate, average fit '
    + 'or share placed in the preferred setting is more than {points, plural, one {# percentage point} other {# percentage points}} below the whole round.',
};
