import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDateString, IsIn, IsInt, IsOptional, IsUUID, Min, ValidateNested } from 'class-validator';
import { LIST_LIMITS } from '../../common/input-limits.js';
import { HOUSEHOLD_EVENTS, type HouseholdEvent } from '#matching/vocabulary/household-changes.js';
import { HouseholdEventEnum } from '../../common/vocabulary.enums.js';
import { HouseholdMemberInput } from './register-household.input.js';
import { ReasonField } from '../../common/reason-field.js';

/**
 * A change of a household after a proposal or a placement (matching/vocabulary/household-changes.ts): what happened
 * and when, with the new member (a birth, an arrival) or the member who went (a departure, a death). The rules across
 * fields (a birth's child born that year, the member asked for by the event) are HouseholdsService.recordChange's.
 */
@InputType({ description: 'A change of the household: a birth, a family member arriving later, a member leaving, or a death.' })
export class RecordHouseholdChangeInput {
  @Field(() => HouseholdEventEnum, { description: 'What happened' })
  @IsIn(HOUSEHOLD_EVENTS)
  event: HouseholdEvent;

  @Field({ description: 'The day it happened, YYYY-MM-DD; not in the future' })
  @IsDateString({ strict: true }, { message: 'must be a date such as 2026-12-01' })
  on: string;

  @Field(() => HouseholdMemberInput, { nullable: true, description: 'BIRTH and ARRIVAL: the new member (a birth: role CHILD, born in the year of `on`); left out for the others' })
  @IsOptional()
  @ValidateNested()
  @Type(() => HouseholdMemberInput)
  member?: HouseholdMemberInput | null;

  @Field(() => Int, { nullable: true, description: 'DEPARTURE and DEATH: the member who went, by HouseholdMember.position (from 1); left out for the others' })
  @IsOptional()
  @IsInt()
  @Min(1)
  position?: number | null;
}

/**
 * A household split in two, both parts housed with the queue rights they had (matching/vocabulary/household-changes.ts,
 * `splitRoles`): the members who leave for a new household and the ties that go with them. The rules across fields
 * (each part keeps an adult, a position is a member's) are HouseholdChangesService.split's.
 */
@InputType({ description: 'A household split in two (e.g. after a divorce), both parts keeping their place in the queue.' })
export class SplitHouseholdInput {
  @Field(() => [Int], { description: 'The members who leave for the new household, by HouseholdMember.position (from 1); at least one, not all' })
  @IsArray()
  @ArrayMinSize(1, { message: 'name at least one member who leaves' })
  @ArrayMaxSize(LIST_LIMITS.members, { message: `must name at most ${LIST_LIMITS.members} members` })
  @IsInt({ each: true })
  @Min(1, { each: true })
  positions: number[];

  @Field(() => [ID], { defaultValue: [], description: 'The ties (HouseholdTie.id) that go with the members who leave; the others stay' })
  @IsArray()
  @ArrayMaxSize(LIST_LIMITS.ties, { message: `must name at most ${LIST_LIMITS.ties} ties` })
  @IsUUID('all', { each: true, message: 'each must be a HouseholdTie.id' })
  tieIds: string[] = [];

  @Field({ description: 'The day the household split, YYYY-MM-DD; not in the future' })
  @IsDateString({ strict: true }, { message: 'must be a date such as 2026-12-01' })
  on: string;

  @ReasonField('Why: kept in the audit trail for officers; no names needed', 'the split')
  reason: string;
}

/** Two households that are one family merged into one (matching/vocabulary/household-changes.ts, `mergedFields`). */
@InputType({ description: 'Two households that are one family, merged into one that keeps the better place in the queue of the two.' })
export class MergeHouseholdsInput {
  @Field(() => ID, { description: 'Household.id of the household that stays: the other’s members join it' })
  @IsUUID('all', { message: 'must be a Household.id' })
  householdId: string;

  @Field(() => ID, { description: 'Household.id of the household merged into it: it leaves the list (WITHDRAWN, mergedInto set); it may have no lasting proposal' })
  @IsUUID('all', { message: 'must be a Household.id' })
  mergedHouseholdId: string;

  @ReasonField('Why: kept in the audit trail for officers; no names needed', 'the merge')
  reason: string;
}
