import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CriterionWeights } from '../../common/criterion-weights.model.js';
import {
  AccessibilityNeedEnum,
  AspirationEnum,
  CareNeedEnum,
  ErasureKindEnum,
  GenderEnum,
  HouseholdChangeKindEnum,
  HouseholdStatusEnum,
  MemberRoleEnum,
  PreferredSettingEnum,
} from './household-enums.js';
import { HomeBandEnum, ProposalChangeEffectEnum, TieKindEnum, TieStatusEnum, UrgencyEnum } from '../../common/vocabulary.enums.js';
import { IscoOccupation } from '../../taxonomy/models/isco-occupation.model.js';
import { officersOnly } from '../../auth/field-access.js';
import { GraphQLJSON } from 'graphql-scalars';
import { RoleEnum } from '../../auth/models/session.model.js';
import type { HouseholdChangeKind } from '#matching/vocabulary/index.js';

@ObjectType({ description: 'A language a member speaks and how well (CEFR).' })
export class LanguageSkill {
  @Field({ description: 'Language code: ISO 639-1 where one exists, else ISO 639-3 (e.g. "ar", "nl", "prs")' })
  language: string;

  @Field({ description: 'CEFR level A1…C2' })
  cefr: string;
}

@ObjectType({ description: 'A member of a household. Members are numbered from 1 (position), as every text says "person 2".' })
export class HouseholdMember {
  @Field(() => Int, {
    description:
      'The member\'s number in the household, counted from 1 (1 = the first member listed, usually the main applicant): the number texts use ("person 2"). Input lists (members[i] in error fields) count from 0, as GraphQL paths do.',
  })
  position: number;

  @Field(() => String, { description: 'Full name; null when not given. Officers and the household itself; a municipality sees names only after it accepted', nullable: true })
  fullName: string | null;

  @Field(() => Int, { description: 'Year of birth (from the residence permit)' })
  birthYear: number;

  @Field(() => Int, { description: 'Age this calendar year' })
  age: number;

  @Field(() => MemberRoleEnum, { description: 'Role in the household (applicant, partner, child, relative)' })
  role: string;

  @Field(() => GenderEnum, { description: 'Gender, when given; never used for scoring, only for fairness audits', nullable: true })
  gender: string | null;

  @Field(() => Int, { nullable: true, description: 'ISCED 2011 level 0–8' })
  educationLevel: number | null;

  @Field(() => Int, { description: 'Years of work experience (0–80)' })
  workExperienceYears: number;

  @Field(() => [AspirationEnum], { description: 'What the member wants to do in the Netherlands (work, study…)' })
  aspirations: string[];

  @Field(() => [IscoOccupation], { description: 'The member\'s professions as ISCO-08 occupations, most relevant first' })
  professions: IscoOccupation[];

  @Field(() => [LanguageSkill], { description: 'Languages the member speaks, each with a CEFR level' })
  languages: LanguageSkill[];
}

@ObjectType({
  description:
    'A tie to a municipality. A job contract, a study place and a first-degree family tie the household wants to live near ' +
    'are hard ties once VERIFIED; a DECLARED tie only counts as a preference.',
})
export class HouseholdTie {
  @Field(() => ID, { description: 'The id an officer passes to verifyTie; kept while a correction leaves the tie as it was' })
  id: string;

  @Field(() => TieKindEnum, { description: 'What ties the household to the municipality (job contract, study place, family, community)' })
  kind: string;

  @Field({ description: 'CBS code of the municipality the tie is to, e.g. GM0363' })
  municipalityCode: string;

  @Field(() => String, { nullable: true, description: 'The household\'s or officer\'s words about the tie (up to 300 characters); null when none' })
  description: string | null;

  @Field(() => TieStatusEnum, { description: 'DECLARED (by the newcomer, not yet verified) or VERIFIED (an officer saw the evidence)' })
  status: string;

  @Field({ description: 'Family ties: the relative is first-degree family (partner, parent, child); false for other kinds' })
  firstDegree: boolean;

  @Field({ description: 'Family ties: the household asks to live near this relative; false for other kinds' })
  liveNear: boolean;

  @Field(() => Date, { nullable: true, description: 'When an officer verified the tie; null while declared' })
  verifiedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'Account of the officer who verified the tie (null for seeded data or a removed account); officers only', middleware: [officersOnly] })
  verifiedBy: string | null;

  @Field(() => String, { nullable: true, description: 'The officer’s note on the evidence seen; officers only', middleware: [officersOnly] })
  verificationNote: string | null;
}

@ObjectType({ description: 'That, when and why a case’s personal data was erased; what goes and what stays is listed in matching/vocabulary/retention.ts' })
export class HouseholdErasure {
  @Field(() => Date, { description: 'When it was erased' })
  at: Date;

  @Field(() => ErasureKindEnum, { description: 'RETENTION (the period after moving in ended) or REQUEST (an officer, on request)' })
  kind: string;

  @Field(() => String, { nullable: true, description: 'The officer’s reason for an erasure on request; null for RETENTION. Officers only', middleware: [officersOnly] })
  reason: string | null;
}

@ObjectType({ description: 'A newcomer household. Protected traits (nationality, origin) are never part of it.' })
export class Household {
  @Field(() => ID, { description: 'Opaque id (UUID); pages address households by it, never by name' })
  id: string;

  @Field({ description: 'Case reference, e.g. HH-000123' })
  reference: string;

  @Field(() => HouseholdStatusEnum, { description: 'Where the household stands in its life cycle' })
  status: string;

  @Field({ description: 'Date the residence permit was granted (YYYY-MM-DD)' })
  permitDate: string;

  @Field({ description: 'Where the household lives now (reception centre)' })
  receptionLocation: string;

  @Field(() => PreferredSettingEnum, { description: 'Where the household would like to live: urban, suburban, rural or no preference' })
  preferredSetting: string;

  @Field(() => CriterionWeights, { description: 'Weights the household gives each criterion (0–5, 1 = normal)' })
  preferenceWeights: CriterionWeights;

  @Field(() => [CareNeedEnum], { description: 'Kinds of care a member needs nearby (hard needs: a municipality must meet them)' })
  careNeeds: string[];

  @Field(() => [AccessibilityNeedEnum], { description: 'What the home must offer (hard needs: wheelchair, ground floor)' })
  accessibilityNeeds: string[];

  /** Medical detail: a field of the schema through HouseholdsResolver.medicalNotes (officers only, each read recorded). */
  medicalNotes: string | null;

  @Field(() => UrgencyEnum, { description: 'Urgency category of the priority rule: medical, social or none' })
  urgency: string;

  @Field(() => String, { nullable: true, description: 'Households sharing a link group want to live in the same municipality' })
  linkGroup: string | null;

  @Field(() => Int, { description: 'Members of the household (persons): it needs as many person places; 0 once its case was erased (the persons a proposal counted stay on the proposal)' })
  size: number;

  @Field(() => HomeBandEnum, { description: 'Home size band the household needs' })
  homeBand: string;

  @Field(() => [HouseholdMember], { description: 'The members, numbered from 1 (position), first the applicant' })
  members: HouseholdMember[];

  @Field(() => [HouseholdTie], { description: 'Ties to municipalities, declared by the household or verified by an officer' })
  ties: HouseholdTie[];

  @Field({ description: 'True for generated demo or test data, false for a registered household' })
  isSynthetic: boolean;

  @Field(() => HouseholdErasure, { nullable: true, description: 'Set once the case’s personal data was erased (members, ties, needs, notes and accounts are then gone); null while it is kept' })
  erasure: HouseholdErasure | null;

  /** The household this one was split off from (`Household.splitFrom`, resolved with its reference), or null. */
  splitFromId: string | null;

  /** The household this one was merged into (`Household.mergedInto`), or null. */
  mergedIntoId: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Place in the waiting list under the priority rule (urgency, then permit date, then case reference; 1 = first), counted over the whole waiting list whatever the filter; null when the household is not waiting. The same order as the newcomer\'s myWaitingStatus.position.',
  })
  queuePosition: number | null;
}

@ObjectType({ description: 'One field a change set: before and after, as stored (JSON). Officers only, through Household.changes.' })
export class HouseholdFieldChange {
  @Field(() => Int, { nullable: true, description: 'The member the change is about, counted from 1 like HouseholdMember.position; null for the household itself (ties, preferences)' })
  member: number | null;

  @Field({
    description:
      'The field: a member field (fullName, birthYear, role, gender, educationLevel, workExperienceYears, aspirations, professions, languages), "member" for a member added or removed, "ties", "tie" (a verification), "preferredSetting" or "preferenceWeights.<criterion>"',
  })
  field: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The value before the change (null when there was none)' })
  before: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The value after the change (null when removed)' })
  after: unknown;
}

@ObjectType({ description: 'A change to a household, from the audit trail: who, when, what. Officers only.' })
export class HouseholdChange {
  @Field(() => Date, { description: 'When the change was made' })
  at: Date;

  @Field(() => HouseholdChangeKindEnum, { description: 'What kind of change it was' })
  kind: HouseholdChangeKind;

  @Field(() => RoleEnum, { description: 'Role of who made it: NEWCOMER (the household itself) or OFFICER' })
  actorRole: string;

  @Field(() => ID, { nullable: true, description: 'Account of who made it (null for the seed or a removed account)' })
  actorAccountId: string | null;

  @Field(() => [HouseholdFieldChange], { description: 'What changed, field by field' })
  fields: HouseholdFieldChange[];
}

@ObjectType({ description: 'A page of households, with the total that match.' })
export class HouseholdPage {
  @Field(() => Int, { description: 'Households that match the filter, on all pages' })
  total: number;

  @Field(() => [Household], { description: 'This page of them, in queue order (see households)' })
  items: Household[];
}

@ObjectType({ description: 'What recording a change of the household did (matching/vocabulary/household-changes.ts)' })
export class HouseholdChangeResult {
  @Field(() => Household, { description: 'The household as it is now' })
  household: Household;

  @Field(() => ProposalChangeEffectEnum, { description: 'What the change did to its proposal' })
  effect: string;

  @Field(() => ID, { nullable: true, description: 'The proposal it concerned (the household’s lasting one); null when it has none' })
  proposalId: string | null;
}

@ObjectType({ description: 'What splitting a household did (matching/vocabulary/household-changes.ts, splitRoles)' })
export class SplitHouseholdResult extends HouseholdChangeResult {
  @Field(() => Household, { description: 'The new household of the members who left: WAITING, with the same permit date and urgency (its place in the queue), splitFrom the household' })
  newHousehold: Household;
}
