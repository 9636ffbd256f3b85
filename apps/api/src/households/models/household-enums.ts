import { registerEnumType } from '@nestjs/graphql';
import {
  ACCESSIBILITY_NEEDS,
  ASPIRATIONS,
  CARE_NEEDS,
  HOUSEHOLD_STATUSES,
  MEMBER_ROLES,
  PREFERRED_SETTINGS,
  TIE_KINDS,
  URGENCIES,
  GENDERS,
} from '#persistence/entities/index.js';

/** GraphQL enums whose values are the stored lower-case strings (URBAN ↔ 'urban'). */
export function graphqlEnum<T extends string>(values: readonly T[], name: string, description: string): Record<string, T> {
  const enumObject = Object.fromEntries(values.map((value) => [value.toUpperCase(), value])) as Record<string, T>;
  registerEnumType(enumObject, { name, description });
  return enumObject;
}

export const HouseholdStatusEnum = graphqlEnum(HOUSEHOLD_STATUSES, 'HouseholdStatus', 'Where a household stands in the process');
export const PreferredSettingEnum = graphqlEnum(PREFERRED_SETTINGS, 'PreferredSetting', 'Urban, suburban or rural living');
export const CareNeedEnum = graphqlEnum(CARE_NEEDS, 'CareNeed', 'Kind of care a member needs nearby');
export const AccessibilityNeedEnum = graphqlEnum(ACCESSIBILITY_NEEDS, 'AccessibilityNeed', 'Home accessibility need');
export const UrgencyEnum = graphqlEnum(URGENCIES, 'Urgency', 'Urgency category used by the queue priority rule');
export const MemberRoleEnum = graphqlEnum(MEMBER_ROLES, 'MemberRole', 'Role of a member in the household');
export const GenderEnum = graphqlEnum(GENDERS, 'Gender', 'Optional; never used for scoring, only for fairness audits');
export const AspirationEnum = graphqlEnum(ASPIRATIONS, 'Aspiration', 'What a member wants to do in the Netherlands');
export const TieKindEnum = graphqlEnum(TIE_KINDS, 'TieKind', 'Kind of tie to a municipality');
