import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDateString, IsIn, IsInt, IsOptional, Min, ValidateNested } from 'class-validator';
import { HOUSEHOLD_EVENTS, type HouseholdEvent } from '#matching/vocabulary/household-changes.js';
import { HouseholdEventEnum } from '../../common/vocabulary.enums.js';
import { HouseholdMemberInput } from './register-household.input.js';

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
