import {
  ACCESSIBILITY_NEEDS,
  ASPIRATIONS,
  CARE_NEEDS,
  HOUSEHOLD_STATUSES,
  MEMBER_ROLES,
  PREFERRED_SETTINGS,
  GENDERS,
} from '#persistence/entities/index.js';
import { HOUSEHOLD_CHANGE_KINDS } from '#matching/vocabulary/index.js';
import { graphqlEnum } from '../../common/vocabulary.enums.js';

// GraphQL enums whose values are the stored lower-case strings (URBAN ↔ 'urban'); the vocabulary's own
// enums (HomeBand, Urgency, TieKind, PreferredPlaceKind) are in common/vocabulary.enums.ts.

export const HouseholdStatusEnum = graphqlEnum(HOUSEHOLD_STATUSES, 'HouseholdStatus', 'Where a household stands in the process');
export const PreferredSettingEnum = graphqlEnum(PREFERRED_SETTINGS, 'PreferredSetting', 'Urban, suburban or rural living');
export const CareNeedEnum = graphqlEnum(CARE_NEEDS, 'CareNeed', 'Kind of care a member needs nearby');
export const AccessibilityNeedEnum = graphqlEnum(ACCESSIBILITY_NEEDS, 'AccessibilityNeed', 'Home accessibility need');
export const MemberRoleEnum = graphqlEnum(MEMBER_ROLES, 'MemberRole', 'Role of a member in the household');
export const GenderEnum = graphqlEnum(GENDERS, 'Gender', 'Optional; never used for scoring, only for fairness audits');
export const AspirationEnum = graphqlEnum(ASPIRATIONS, 'Aspiration', 'What a member wants to do in the Netherlands');
export const HouseholdChangeKindEnum = graphqlEnum(
  HOUSEHOLD_CHANGE_KINDS,
  'HouseholdChangeKind',
  'What changed in a household: PROFILE_CORRECTED (members or ties, by correctHouseholdProfile), PREFERENCES_UPDATED (setting or weights), TIE_VERIFIED (an officer verified a tie)',
);
