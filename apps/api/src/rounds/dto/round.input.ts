import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { MAX_CAPACITY } from '../../municipalities/dto/set-capacity.input.js';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsDateString, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';

@InputType()
export class CriterionWeightsInput {
  @Field(() => Float, { nullable: true }) @IsOptional() @Min(0) @Max(10) labour?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @Min(0) @Max(10) setting?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @Min(0) @Max(10) network?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @Min(0) @Max(10) services?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @Min(0) @Max(10) ties?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @Min(0) @Max(10) priorities?: number;
}

@InputType({ description: 'How far verified hard ties (job contract, study place, first-degree family) reach, in km between municipality centres.' })
export class TieReachInput {
  @Field(() => Float, { nullable: true, description: 'Job contract and study place ties, km (0–100)' }) @IsOptional() @IsNumber() @Min(0) @Max(100) placeKm?: number;
  @Field(() => Float, { nullable: true, description: 'First-degree family the household wants to live near, km (0–100)' }) @IsOptional() @IsNumber() @Min(0) @Max(100) familyKm?: number;
}

@InputType()
export class RoundPolicyInput {
  @Field(() => CriterionWeightsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CriterionWeightsInput)
  weights?: CriterionWeightsInput;

  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(342) maxOptions?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() @Min(0) @Max(100) placementValue?: number;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() keepLinkedTogether?: boolean;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(20) alternatives?: number;
  @Field({ nullable: true, description: 'auto, core-lp, lagrangian-greedy, highs-mip, highs-lp or javascript-lp-solver' })
  @IsOptional()
  @IsIn(['auto', 'core-lp', 'lagrangian-greedy', 'highs-mip', 'highs-lp', 'javascript-lp-solver'])
  solver?: string;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() @Min(1) @Max(600) timeLimitSeconds?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) seed?: number;
  @Field(() => Float, { nullable: true, description: 'Trade-off parameter of the priority rule (0–2; 0 = fit only)' }) @IsOptional() @IsNumber() @Min(0) @Max(2) priorityWeight?: number;
  @Field(() => TieReachInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => TieReachInput)
  tieReach?: TieReachInput;
  @Field(() => Float, { nullable: true, description: 'Stable re-runs: fit a household must gain to be moved from where the anchor run placed it (0–0.5)' })
  @IsOptional() @IsNumber() @Min(0) @Max(0.5) stabilityBonus?: number;
}

@InputType({ description: 'Which waiting households take part; all waiting households when empty.' })
export class CohortInput {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100_000)
  @IsUUID('all', { each: true })
  householdIds?: string[];

  @Field({ nullable: true }) @IsOptional() @IsDateString({ strict: true }) permitDateFrom?: string;
  @Field({ nullable: true }) @IsOptional() @IsDateString({ strict: true }) permitDateTo?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(120) receptionLocation?: string;
  @Field(() => Int, { nullable: true, description: 'At most this many, first in queue order' }) @IsOptional() @IsInt() @Min(1) limit?: number;
}

@InputType()
export class CreateRoundInput {
  @Field() @IsString() @MinLength(1) @MaxLength(120) name: string;

  @Field({ description: 'Period whose capacity the round uses, e.g. 2026-H2' })
  @Matches(/^[0-9]{4}-H[12]$/, { message: 'period must look like 2027-H1' })
  period: string;

  @Field(() => CohortInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CohortInput)
  cohort?: CohortInput;

  @Field(() => [String], { nullable: true, description: 'Participating municipalities; all with capacity for the period when empty' })
  @IsOptional()
  @Matches(/^GM[0-9]{4}$/, { each: true, message: 'each municipality must be a CBS code such as GM0363' })
  municipalityCodes?: string[];

  @Field(() => RoundPolicyInput, { nullable: true })
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

