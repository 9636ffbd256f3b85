import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { CEFR_LEVELS, EVIDENCE_NOTE_LENGTH, type CefrLevel, type HouseholdStatus, type TieKind, type Urgency } from '#matching/vocabulary/index.js';
import { ACCESSIBILITY_NEEDS, CARE_NEEDS, type AccessibilityNeed, type Aspiration, type CareNeed, type Gender, type MemberRole, type PreferredSetting } from '#persistence/entities/index.js';
import {
  AccessibilityNeedEnum,
  AspirationEnum,
  CareNeedEnum,
  GenderEnum,
  HouseholdStatusEnum,
  MemberRoleEnum,
  PreferredSettingEnum,
} from '../models/household-enums.js';
import { TieKindEnum, UrgencyEnum } from '../../common/vocabulary.enums.js';
import { LanguageCode } from '../../common/language-code.js';
import { PageArgs } from '../../common/page.args.js';
import { CodeList, LIST_LIMITS } from '../../common/input-limits.js';

@InputType({ description: 'A language a member speaks and how well (CEFR).' })
export class LanguageSkillInput {
  @Field({ description: 'Language code: ISO 639-1 such as "ar", "nl", "ti", or ISO 639-3 such as "prs" (also "ara", "nld"); stored and returned as ISO 639-1 where one exists, else ISO 639-3' })
  @LanguageCode()
  language: string;

  @Field(() => String, { description: 'CEFR level: A1, A2, B1, B2, C1 or C2' })
  @IsIn(CEFR_LEVELS, { message: `cefr must be one of ${CEFR_LEVELS.join(', ')}` })
  cefr: CefrLevel;
}

@InputType({ description: 'A member of a household as registered or corrected.' })
export class HouseholdMemberInput {
  @Field(() => String, { description: 'Full name (up to 200 characters); a newcomer may correct it but not remove it once given', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  fullName?: string | null;

  @Field(() => Int, { description: 'Year of birth, 1900–2100 and not in the future; from the residence permit (a newcomer may not change it)' })
  @IsInt()
  @Min(1900)
  @Max(2100)
  birthYear: number;

  @Field(() => MemberRoleEnum, { description: 'Role in the household; from the residence permit (a newcomer may not change it)' })
  @IsIn(Object.values(MemberRoleEnum))
  role: MemberRole;

  @Field(() => GenderEnum, { nullable: true, description: 'Optional; never scored' })
  @IsOptional()
  @IsIn(Object.values(GenderEnum))
  gender?: Gender | null;

  @Field(() => Int, { nullable: true, description: 'ISCED 2011 level 0–8' })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'educationLevel must be an ISCED level from 0 to 8' })
  @Max(8, { message: 'educationLevel must be an ISCED level from 0 to 8' })
  educationLevel?: number | null;

  @Field(() => Int, { description: 'Years of work experience, 0–80; 0 when left out', defaultValue: 0 })
  @IsInt()
  @Min(0)
  @Max(80)
  workExperienceYears: number;

  @Field(() => [AspirationEnum], { description: `What the member wants to do (at most ${LIST_LIMITS.aspirationsPerMember}, each kept once); none when left out`, defaultValue: [] })
  @CodeList(LIST_LIMITS.aspirationsPerMember)
  @IsIn(Object.values(AspirationEnum), { each: true })
  aspirations: Aspiration[];

  @Field(() => [String], { defaultValue: [], description: `ISCO-08 codes (1–4 digits), at most ${LIST_LIMITS.professionsPerMember}, each once` })
  @ArrayMaxSize(LIST_LIMITS.professionsPerMember)
  @Matches(/^[0-9]{1,4}$/, { each: true, message: 'each profession must be an ISCO-08 code of 1–4 digits' })
  professions: string[];

  @Field(() => [LanguageSkillInput], { description: `Languages the member speaks with a CEFR level (at most ${LIST_LIMITS.languagesPerMember}, each once); a newcomer may change them but not remove all of a member's`, defaultValue: [] })
  @ArrayMaxSize(LIST_LIMITS.languagesPerMember)
  @ValidateNested({ each: true })
  @Type(() => LanguageSkillInput)
  languages: LanguageSkillInput[];
}

/**
 * An officer's note on a tie's evidence: trimmed, then 1–1000 characters (a blank note is refused as
 * BAD_USER_INPUT naming the field).
 */
export function EvidenceNote(): PropertyDecorator {
  const decorators = [
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value)),
    IsString(),
    MinLength(EVIDENCE_NOTE_LENGTH.min, { message: ({ property }) => `${property} must say what evidence was seen (not blank)` }),
    MaxLength(EVIDENCE_NOTE_LENGTH.max),
  ];
  return (target: object, key: string | symbol) => decorators.forEach((d) => d(target, key));
}

@InputType({
  description:
    'A tie to a municipality. Sent by a newcomer it is DECLARED. Sent by an officer it is VERIFIED and needs verificationNote ' +
    '(what evidence was seen), for every kind. A tie sent exactly as stored (kind, municipality, description, firstDegree, ' +
    'liveNear) keeps its status, so correcting something else never undoes a verification.',
})
export class HouseholdTieInput {
  @Field(() => TieKindEnum, { description: 'What ties the household to the municipality' })
  @IsIn(Object.values(TieKindEnum))
  kind: TieKind;

  @Field({ description: 'CBS code of the municipality, e.g. GM0363' })
  @Matches(/^GM[0-9]{4}$/, { message: 'municipalityCode must be a CBS code such as GM0363' })
  municipalityCode: string;

  @Field(() => String, { nullable: true, description: 'Words about the tie (up to 300 characters; blank is none)' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  description?: string | null;

  @Field({ defaultValue: false, description: 'FAMILY ties only: the relative is first-degree family (partner, parent, child)' })
  @IsBoolean()
  firstDegree: boolean;

  @Field({ defaultValue: false, description: 'FAMILY ties only: the household asks to live near this relative' })
  @IsBoolean()
  liveNear: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Officers only, required for a new or changed tie an officer sends: what evidence was seen (1–1000 characters)',
  })
  @IsOptional()
  @EvidenceNote()
  verificationNote?: string | null;
}

/** `verifyTie`: the tie and the officer's note on the evidence. */
@ArgsType()
export class VerifyTieArgs {
  @Field(() => ID, { description: 'HouseholdTie.id' })
  @IsUUID('all', { message: 'tieId must be a tie id (a UUID)' })
  tieId: string;

  @Field({ description: 'What evidence was seen, e.g. "signed contract seen, valid to 2027-06" (1–1000 characters)' })
  @EvidenceNote()
  note: string;
}

@InputType({ description: '1 = normal, 0 = does not matter to us, up to 5 = matters most.' })
export class PreferenceWeightsInput {
  @Field(() => Float, { description: 'Weight of work and study (0–5); left out or null: unchanged (at registration: 1)', nullable: true }) @IsOptional() @Min(0) @Max(5) labour?: number;
  @Field(() => Float, { description: 'Weight of the kind of place (city, town, countryside) (0–5); left out or null: unchanged (at registration: 1)', nullable: true }) @IsOptional() @Min(0) @Max(5) setting?: number;
  @Field(() => Float, { description: 'Weight of family and community nearby (0–5); left out or null: unchanged (at registration: 1)', nullable: true }) @IsOptional() @Min(0) @Max(5) network?: number;
  @Field(() => Float, { description: 'Weight of care, schools and language courses (0–5); left out or null: unchanged (at registration: 1)', nullable: true }) @IsOptional() @Min(0) @Max(5) services?: number;
  @Field(() => Float, { description: 'Weight of being near the household\'s ties (0–5); left out or null: unchanged (at registration: 1)', nullable: true }) @IsOptional() @Min(0) @Max(5) ties?: number;
  @Field(() => Float, { description: 'Weight of what the municipality especially looks for (0–5); left out or null: unchanged (at registration: 1)', nullable: true }) @IsOptional() @Min(0) @Max(5) priorities?: number;
}

@InputType({ description: 'Protected traits: stored apart from the household, used only for fairness audits.' })
export class ProtectedTraitsInput {
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2; used only for fairness audits' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'nationality must be an ISO 3166-1 alpha-2 code such as "SY"' })
  nationality?: string | null;

  @Field(() => String, { description: 'Region of origin (up to 60 characters); used only for fairness audits, never shown with the household', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  originRegion?: string | null;
}

/** Members and ties: registered with the household, and corrected as a whole later. */
@InputType({ description: 'A corrected list of members and ties; replaces the stored ones.' })
export class CorrectProfileInput {
  @Field(() => [HouseholdMemberInput], {
    description:
      `Every member, in order (1–${LIST_LIMITS.members}), each once (a member with the same name and year of birth as an earlier one is refused); ` +
      'replaces the stored members. A newcomer sends the stored members in the same order, and may add members after them (see correctHouseholdProfile)',
  })
  @ArrayMinSize(1, { message: 'members must list at least one person' })
  @ArrayMaxSize(LIST_LIMITS.members)
  @ValidateNested({ each: true })
  @Type(() => HouseholdMemberInput)
  members: HouseholdMemberInput[];

  @Field(() => [HouseholdTieInput], {
    description:
      `Every tie (at most ${LIST_LIMITS.ties}, one per kind and municipality: a repeated one is refused); replaces the stored ties. ` +
      'A tie sent exactly as stored keeps its status; a newcomer\'s new or changed tie is DECLARED',
    defaultValue: [],
  })
  @ArrayMaxSize(LIST_LIMITS.ties)
  @ValidateNested({ each: true })
  @Type(() => HouseholdTieInput)
  ties: HouseholdTieInput[];
}

@InputType({ description: 'A newcomer household as registered after the residence permit.' })
export class RegisterHouseholdInput extends CorrectProfileInput {
  @Field({ description: 'YYYY-MM-DD' })
  @IsDateString({ strict: true }, { message: 'permitDate must be a date such as 2026-03-01' })
  permitDate: string;

  @Field({ description: 'Where the household lives now (reception centre), 1–120 characters' })
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  receptionLocation: string;

  @Field(() => PreferredSettingEnum, { description: 'Where the household would like to live; no preference when left out', defaultValue: 'no_preference' })
  @IsIn(Object.values(PreferredSettingEnum))
  preferredSetting: PreferredSetting;

  @Field(() => PreferenceWeightsInput, { description: 'Weights per criterion (0–5); a criterion left out counts as 1 (normal)', nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PreferenceWeightsInput)
  preferenceWeights?: PreferenceWeightsInput | null;

  @Field(() => [CareNeedEnum], { description: `Kinds of care a member needs nearby (hard needs), each kept once (at most ${CARE_NEEDS.length}, one of each kind); none when left out`, defaultValue: [] })
  @CodeList(CARE_NEEDS.length)
  @IsIn(Object.values(CareNeedEnum), { each: true })
  careNeeds: CareNeed[];

  @Field(() => [AccessibilityNeedEnum], { description: `What the home must offer (hard needs), each kept once (at most ${ACCESSIBILITY_NEEDS.length}, one of each kind); none when left out`, defaultValue: [] })
  @CodeList(ACCESSIBILITY_NEEDS.length)
  @IsIn(Object.values(AccessibilityNeedEnum), { each: true })
  accessibilityNeeds: AccessibilityNeed[];

  @Field(() => String, { description: 'Medical detail for officers only (up to 2000 characters)', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  medicalNotes?: string | null;

  @Field(() => UrgencyEnum, { description: 'Urgency category of the priority rule; none when left out', defaultValue: 'none' })
  @IsIn(Object.values(UrgencyEnum))
  urgency: Urgency;

  @Field(() => String, { description: 'Households with the same link group (1–40 letters, digits, - or _) want to live in the same municipality', nullable: true })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,40}$/, { message: 'linkGroup must be 1–40 letters, digits, - or _' })
  linkGroup?: string | null;

  @Field(() => ProtectedTraitsInput, { description: 'Nationality and region of origin, stored apart and used only for fairness audits', nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProtectedTraitsInput)
  protectedTraits?: ProtectedTraitsInput | null;
}

@InputType({ description: 'What to change of a household\'s preferences; what it leaves out stays as it is.' })
export class UpdatePreferencesInput {
  @Field(() => PreferredSettingEnum, { description: 'The new preferred setting; left out or null: unchanged', nullable: true })
  @IsOptional()
  @IsIn(Object.values(PreferredSettingEnum))
  preferredSetting?: PreferredSetting;

  @Field(() => PreferenceWeightsInput, { description: 'The weights to change; a weight left out or null keeps its value', nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PreferenceWeightsInput)
  preferenceWeights?: PreferenceWeightsInput;
}

@InputType({ description: 'Which households to list; every condition given must hold.' })
export class HouseholdFilterInput {
  @Field(() => HouseholdStatusEnum, { description: 'Only households with this status', nullable: true })
  @IsOptional()
  @IsIn(Object.values(HouseholdStatusEnum))
  status?: HouseholdStatus;

  @Field({ description: 'Only households whose permit date is on or after this date (YYYY-MM-DD)', nullable: true })
  @IsOptional()
  @IsDateString({ strict: true })
  permitDateFrom?: string;

  @Field({ description: 'Only households whose permit date is on or before this date (YYYY-MM-DD)', nullable: true })
  @IsOptional()
  @IsDateString({ strict: true })
  permitDateTo?: string;

  @Field({ description: 'Only households at this reception location (exact match)', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  receptionLocation?: string;
}

/** A page of households, 50 unless the caller asks otherwise. */
@ArgsType()
export class HouseholdPageArgs extends PageArgs(50) {}
