import {
  ACCESSIBILITY_NEEDS,
  ASPIRATIONS,
  CARE_NEEDS,
  HOUSEHOLD_STATUSES,
  MEMBER_ROLES,
  PREFERRED_SETTINGS,
  GENDERS,
} from '#persistence/entities/index.js';
import { ERASURE_KINDS, HOUSEHOLD_CHANGE_KINDS } from '#matching/vocabulary/index.js';
import { graphqlEnum } from '../../common/vocabulary.enums.js';

// GraphQL enums whose values are the stored lower-case strings (URBAN ↔ 'urban'); the vocabulary's own
// enums (HomeBand, Urgency, TieKind, PreferredPlaceKind) are in common/vocabulary.enums.ts.

export const HouseholdStatusEnum = graphqlEnum(HOUSEHOLD_STATUSES, 'HouseholdStatus', 'Where a household stands in the process', {
  waiting: 'In the queue (also after a proposal ended without a placement); only a waiting household has a queue position',
  proposed: 'Has an open, contested or contest-rejected proposal',
  accepted: 'Both sides accepted its proposal; it has not moved in yet',
  placed: 'It moved in',
  withdrawn: 'It left the list: it no longer needs a home through this process',
});
export const ErasureKindEnum = graphqlEnum(ERASURE_KINDS, 'ErasureKind', 'Why a case’s personal data was erased (matching/vocabulary/retention.ts)', {
  retention: 'The retention period after moving in ended (the scheduled pass)',
  request: 'An officer erased it on the household’s request, with a reason',
});
export const PreferredSettingEnum = graphqlEnum(PREFERRED_SETTINGS, 'PreferredSetting', 'The kind of place a household would like to live in', {
  urban: 'A city',
  suburban: 'A town or the edge of a city',
  rural: 'The countryside: villages',
  no_preference: 'Any kind of place',
});
export const CareNeedEnum = graphqlEnum(CARE_NEEDS, 'CareNeed', 'Kind of care a member needs nearby (a hard need: a municipality must meet it)', {
  hospital: 'A hospital within reach',
  mental_health: 'Mental health care',
  chronic_care: 'Care for a long-term illness',
});
export const AccessibilityNeedEnum = graphqlEnum(ACCESSIBILITY_NEEDS, 'AccessibilityNeed', 'What the home must offer (a hard need: a municipality must have such homes)', {
  wheelchair: 'A home for a wheelchair user',
  ground_floor: 'A home without stairs',
});
export const MemberRoleEnum = graphqlEnum(MEMBER_ROLES, 'MemberRole', 'Role of a member in the household (from the residence permit)', {
  applicant: 'The main applicant',
  partner: 'The applicant’s partner',
  child: 'A child of the household',
  relative: 'Another relative who lives with the household',
});
export const GenderEnum = graphqlEnum(GENDERS, 'Gender', 'Optional; never used for scoring, only for fairness audits', {
  female: 'Female',
  male: 'Male',
  x: 'X: neither, or not said (as in a Dutch passport)',
});
export const AspirationEnum = graphqlEnum(ASPIRATIONS, 'Aspiration', 'What a member wants to do in the Netherlands', {
  work_in_profession: 'Work in their own profession',
  study: 'Study',
  start_business: 'Start a business',
  retrain: 'Learn a new profession',
  any_work: 'Any work',
  care_for_family: 'Care for the family at home',
});
export const HouseholdChangeKindEnum = graphqlEnum(
  HOUSEHOLD_CHANGE_KINDS,
  'HouseholdChangeKind',
  'What changed in a household: PROFILE_CORRECTED (members or ties, by correctHouseholdProfile), PREFERENCES_UPDATED (setting or weights), TIE_VERIFIED (an officer verified a tie)',
);
