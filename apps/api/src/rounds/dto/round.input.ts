import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { MAX_CAPACITY } from '#matching/vocabulary/capacity-check.js';
import { SolverChoiceEnum } from '../../common/vocabulary.enums.js';
import { PRIORITY_WEIGHT_RANGE, RECEPTION_LOCATION_MAX, ROUND_NAME_LENGTH, SOLVER_CHOICES, TIME_LIMIT_SECONDS_RANGE, type SolverChoice } from '#matching/vocabulary/runs.js';
import { Type } from 'class-transformer';
import { DEFAULT_RESPONSE_DAYS, RESPONSE_DAYS_RANGE } from '#matching/vocabulary/lifecycle.js';
import { IsBoolean, IsDateString, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { CodeList, LIST_LIMITS } from '../../common/input-limits.js';

@InputType({ description: 'A round’s policy weight per criterion, 0–10 each (0 = ignore the criterion); a criterion left out keeps its weight.' })
export class CriterionWeightsInput {
  @Field(() => Float, { nullable: true, description: 'Work: professions against the labour market (0–10)' }) @IsOptional() @Min(0) @Max(10) labour?: number;
  @Field(() => Float, { nullable: true, description: 'Living environment against the household’s preference (0–10)' }) @IsOptional() @Min(0) @Max(10) setting?: number;
  @Field(() => Float, { nullable: true, description: 'Family, community and support networks there (0–10)' }) @IsOptional() @Min(0) @Max(10) network?: number;
  @Field(() => Float, { nullable: true, description: 'Care, accessible homes, schools and Dutch courses needed (0–10)' }) @IsOptional() @Min(0) @Max(10) services?: number;
  @Field(() => Float, { nullable: true, description: 'Distance to a job contract or study place (0–10)' }) @IsOptional() @Min(0) @Max(10) ties?: number;
  @Field(() => Float, { nullable: true, description: 'The municipality’s wanted occupations (0–10)' }) @IsOptional() @Min(0) @Max(10) priorities?: number;
}

@InputType({ description: 'How far verified hard ties (job contract, study place, first-degree family) reach, in km between municipality centres.' })
export class TieReachInput {
  @Field(() => Float, { nullable: true, description: 'Job contract and study place ties, km (0–100)' }) @IsOptional() @IsNumber() @Min(0) @Max(100) placeKm?: number;
  @Field(() => Float, { nullable: true, description: 'First-degree family the household wants to live near, km (0–100)' }) @IsOptional() @IsNumber() @Min(0) @Max(100) familyKm?: number;
}

@InputType({ description: 'Changes to a round’s policy (officers, draft rounds only): every field is optional and a field left out keeps its value.' })
export class RoundPolicyInput {
  @Field(() => CriterionWeightsInput, { nullable: true, description: 'Policy weight per criterion' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CriterionWeightsInput)
  weights?: CriterionWeightsInput;

  @Field(() => Int, { nullable: true, description: 'Options kept per household, best by score (1–342)' }) @IsOptional() @IsInt() @Min(1) @Max(342) maxOptions?: number;
  @Field(() => Float, { nullable: true, description: 'Value of placing a household at all, added to its fit (0–100)' }) @IsOptional() @IsNumber() @Min(0) @Max(100) placementValue?: number;
  @Field({ nullable: true, description: 'Place linked households (same link group) in the same municipality, or not at all' }) @IsOptional() @IsBoolean() keepLinkedTogether?: boolean;
  @Field(() => Int, { nullable: true, description: 'Alternatives explained per household (0–20)' }) @IsOptional() @IsInt() @Min(0) @Max(20) alternatives?: number;
  @Field(() => SolverChoiceEnum, { nullable: true, description: 'The solver to use' })
  @IsOptional()
  @IsIn(SOLVER_CHOICES)
  solver?: SolverChoice;
  @Field(() => Float, { nullable: true, description: 'Time limit of a solve in seconds (1–600); a run with the priority rule priced solves twice' }) @IsOptional() @IsNumber() @Min(TIME_LIMIT_SECONDS_RANGE.min) @Max(TIME_LIMIT_SECONDS_RANGE.max) timeLimitSeconds?: number;
  @Field(() => Int, { nullable: true, description: 'Seed of the random choices (the solver’s and the status-quo allocation’s): the same seed and input give the same run (0 or more)' }) @IsOptional() @IsInt() @Min(0) seed?: number;
  @Field(() => Float, { nullable: true, description: 'Trade-off parameter of the priority rule (0–2; 0 = fit only)' }) @IsOptional() @IsNumber() @Min(PRIORITY_WEIGHT_RANGE.min) @Max(PRIORITY_WEIGHT_RANGE.max) priorityWeight?: number;
  @Field(() => TieReachInput, { nullable: true, description: 'How far verified hard ties reach' })
  @IsOptional()
  @ValidateNested()
  @Type(() => TieReachInput)
  tieReach?: TieReachInput;
  @Field(() => Float, { nullable: true, description: 'Stable re-runs: fit a household must gain to be moved from where the anchor run placed it (0–0.5)' })
  @IsOptional() @IsNumber() @Min(0) @Max(0.5) stabilityBonus?: number;
  @Field(() => Int, {
    nullable: true,
    description: `Days the municipality and the newcomer have to answer a proposal, counted from the day of publication (${RESPONSE_DAYS_RANGE.min}–${RESPONSE_DAYS_RANGE.max}; default ${DEFAULT_RESPONSE_DAYS}); sets each proposal’s respondBy`,
  })
  @IsOptional() @IsInt() @Min(RESPONSE_DAYS_RANGE.min) @Max(RESPONSE_DAYS_RANGE.max) responseDays?: number;
}

@InputType({ description: 'Which waiting households take part; all waiting households when empty.' })
export class CohortInput {
  @Field(() => [ID], { nullable: true, description: `Exactly these waiting households (at most ${LIST_LIMITS.cohortHouseholds.toLocaleString('en')}, each kept once); the other filters still apply` })
  @IsOptional()
  @CodeList(LIST_LIMITS.cohortHouseholds)
  @IsUUID('all', { each: true })
  householdIds?: string[];

  @Field({ nullable: true, description: 'Only households with a permit on or after this date (YYYY-MM-DD)' }) @IsOptional() @IsDateString({ strict: true }) permitDateFrom?: string;
  @Field({ nullable: true, description: 'Only households with a permit on or before this date (YYYY-MM-DD)' }) @IsOptional() @IsDateString({ strict: true }) permitDateTo?: string;
  @Field({ nullable: true, description: 'Only households at this reception location (exact name, at most 120 characters)' }) @IsOptional() @IsString() @MaxLength(RECEPTION_LOCATION_MAX) receptionLocation?: string;
  @Field(() => Int, { nullable: true, description: 'At most this many, first in queue order' }) @IsOptional() @IsInt() @Min(1) limit?: number;
}

@InputType({ description: 'A new draft round (officers only): its households, municipalities and policy are snapshotted when it is created.' })
export class CreateRoundInput {
  @Field({ description: 'Name for people, 1–120 characters' }) @IsString() @MinLength(ROUND_NAME_LENGTH.min) @MaxLength(ROUND_NAME_LENGTH.max) name: string;

  @Field({ description: 'Period whose capacity the round uses, e.g. 2026-H2' })
  @Matches(/^[0-9]{4}-H[12]$/, { message: 'period must look like 2027-H1' })
  period: string;

  @Field(() => CohortInput, { nullable: true, description: 'Which waiting households take part; all when left out' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CohortInput)
  cohort?: CohortInput;

  @Field(() => [String], { nullable: true, description: `Participating municipalities by CBS code (at most ${LIST_LIMITS.roundMunicipalities}, each kept once); all with capacity for the period when empty` })
  @IsOptional()
  @CodeList(LIST_LIMITS.roundMunicipalities)
  @Matches(/^GM[0-9]{4}$/, { each: true, message: 'each municipality must be a CBS code such as GM0363' })
  municipalityCodes?: string[];

  @Field(() => RoundPolicyInput, { nullable: true, description: 'Policy values that differ from the defaults' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RoundPolicyInput)
  policy?: RoundPolicyInput;
}

@InputType({ description: 'Capacity for one municipality in one round: whole numbers from 0 to 100,000; person places at least what the homes need.' })
export class RoundCapacityInput {
  @Field(() => Int, { description: 'Person places, 0–100,000' }) @IsInt() @Min(0, { message: 'persons must not be below zero' }) @Max(MAX_CAPACITY) persons: number;
  @Field(() => Int, { description: 'Homes for 1–2 persons, 0–100,000' }) @IsInt() @Min(0, { message: 'homes1to2 must not be below zero' }) @Max(MAX_CAPACITY) homes1to2: number;
  @Field(() => Int, { description: 'Homes for 3–4 persons, 0–100,000' }) @IsInt() @Min(0, { message: 'homes3to4 must not be below zero' }) @Max(MAX_CAPACITY) homes3to4: number;
  @Field(() => Int, { description: 'Homes for 5 or more persons, 0–100,000' }) @IsInt() @Min(0, { message: 'homes5plus must not be below zero' }) @Max(MAX_CAPACITY) homes5plus: number;
}

