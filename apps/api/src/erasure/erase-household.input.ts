import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString } from 'class-validator';
import { ERASURE_REASON_LENGTH } from '#matching/vocabulary/retention.js';

/** Checked by ErasureService.eraseOnRequest, which names the field of each problem (householdId, reason). */
@InputType({ description: 'An erasure on the household’s request (AVG/GDPR art. 17)' })
export class EraseHouseholdInput {
  @Field(() => ID, { description: 'Household.id' })
  @IsString()
  householdId: string;

  @Field({ description: `Why, e.g. "Request by letter of 3 December 2026" (${ERASURE_REASON_LENGTH.min}–${ERASURE_REASON_LENGTH.max} characters after trimming). Kept in the audit trail: no names` })
  @IsString()
  reason: string;
}
