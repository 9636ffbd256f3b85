import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsDateString, IsEmail, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateIf, ValidateNested } from 'class-validator';
import { PROPOSAL_STATUSES, REASON_LENGTH, type ProposalStatus } from '#matching/vocabulary/lifecycle.js';
import { ProposalStatusEnum } from '../models/proposal-status.enum.js';
import { PageArgs } from '../../common/page.args.js';
import { REASON_CHARACTERS, ReasonField } from '../../common/reason-field.js';

/*
 * Validation messages: the shared validation pipe answers one message per field, the first failing rule in the order
 * written here (top to bottom), as `<field path>: <message>`; so messages do not repeat the field's name.
 */

@InputType({ description: 'An answer to a proposal: the municipality accepts or declines, the newcomer accepts or contests.' })
export class ProposalResponseInput {
  @Field({ description: 'true to accept; false to decline (municipality) or contest (newcomer)' })
  @IsBoolean({ message: 'must be true (accept) or false (decline or contest)' })
  accept: boolean;

  @Field(() => String, { nullable: true, description: `Why you decline or contest: required when accept is false (${REASON_CHARACTERS}); optional otherwise` })
  @ValidateIf((o: ProposalResponseInput) => !o.accept || o.reason != null)
  @IsString({ message: 'a reason is required when you decline or contest' })
  @MinLength(REASON_LENGTH.min, { message: `a reason is required when you decline or contest (at least ${REASON_LENGTH.min} characters)` })
  @MaxLength(REASON_LENGTH.max, { message: `must be at most ${REASON_LENGTH.max} characters` })
  reason?: string | null;
}

@InputType({ description: 'An officer’s review of a contested proposal (human review, GDPR art. 22).' })
export class ContestReviewInput {
  @Field({ description: 'true: the contest is right, the proposal ends (CONTEST_UPHELD); false: the proposal stands (CONTEST_REJECTED or ACCEPTED)' })
  @IsBoolean({ message: 'must be true (uphold) or false (reject)' })
  uphold: boolean;

  @ReasonField('Why: shown to officers and to the newcomer, never to the municipality', 'the decision', 'a note explaining the decision is required')
  note: string;
}

@InputType({ description: 'Which proposals to list; every condition given must hold. Empty: all proposals.' })
export class ProposalFilterInput {
  @Field({ nullable: true, description: 'Only proposals of this round (Round.id, a UUID)' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a round id (a UUID)' })
  roundId?: string;

  @Field({ nullable: true, description: 'Only proposals to this municipality (CBS code, e.g. GM0363)' }) @IsOptional() @IsString() municipalityCode?: string;

  @Field({ nullable: true, description: 'Only proposals of this household (Household.id, a UUID)' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a household id (a UUID)' })
  householdId?: string;

  @Field(() => ProposalStatusEnum, { nullable: true, description: 'Only proposals in this status, e.g. CONTESTED. What awaits an officer: proposalsAwaitingReview' })
  @IsOptional()
  @IsIn(PROPOSAL_STATUSES)
  status?: ProposalStatus;
}

@InputType({ description: 'Which of my municipality’s proposals to list.' })
export class MunicipalityProposalFilterInput {
  @Field(() => ProposalStatusEnum, { nullable: true, description: 'Only proposals in this status, e.g. OPEN for those awaiting my answer' })
  @IsOptional()
  @IsIn(PROPOSAL_STATUSES)
  status?: ProposalStatus;
}

@InputType({ description: 'Why an officer withdraws a proposal.' })
export class WithdrawProposalInput {
  @ReasonField('Why the proposal is withdrawn; shown to the municipality and the newcomer', 'the withdrawal')
  reason: string;
}

@InputType({ description: 'An officer’s decision on a proposal whose household changed so that the home may no longer fit (matching/vocabulary/household-changes.ts).' })
export class HouseholdChangeReviewInput {
  @Field({ description: 'true: keep it with the household as it is now (its persons and home size; the municipality must have such a home free); false: withdraw it, which puts the household back in the queue with its permit date' })
  @IsBoolean({ message: 'must be true (keep) or false (withdraw)' })
  keep: boolean;

  @ReasonField("Why: kept in the audit trail; when withdrawn, the withdrawal's reason shown to the municipality and the newcomer", 'the decision', 'a note explaining the decision is required')
  note: string;
}

@InputType({ description: 'A later response deadline for a proposal and why.' })
export class ExtendDeadlineInput {
  @Field({ description: 'The new response deadline, YYYY-MM-DD: later than the current one, not in the past, at most 90 days from today' })
  @IsDateString({ strict: true }, { message: 'must be a date such as 2026-12-31' })
  respondBy: string;

  @ReasonField('Why the deadline moves; kept in the audit trail', 'the new deadline')
  reason: string;
}

@InputType({ description: 'The date a household moved in.' })
export class RecordHousingInput {
  @Field({ description: 'The date the household moved in, YYYY-MM-DD' })
  @IsDateString({ strict: true }, { message: 'must be a date such as 2026-12-01' })
  housedOn: string;
}

@InputType({ description: 'The municipality’s contact person for a proposed household: a name with an e-mail address and/or a phone number.' })
export class ContactPersonInput {
  @Field({ description: 'Full name (1–120 characters)' })
  @IsString({ message: 'a name is required' })
  @MinLength(1, { message: 'a name is required' })
  @MaxLength(120, { message: 'must be at most 120 characters' })
  name: string;

  @Field(() => String, { nullable: true, description: 'E-mail address (at most 254 characters); give it, a phone number, or both' })
  @ValidateIf((o: ContactPersonInput) => o.email != null || o.phone == null)
  @IsEmail({}, { message: 'give an e-mail address such as naam@gemeente.nl (or a phone number)' })
  @MaxLength(254, { message: 'must be at most 254 characters' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number: digits, spaces, +, -, parentheses (6–32 characters); give it, an e-mail address, or both' })
  @ValidateIf((o: ContactPersonInput) => o.phone != null || o.email == null)
  @IsString({ message: 'give a phone number such as +31 20 123 4567 (or an e-mail address)' })
  @Matches(/^\+?[0-9 ()-]{6,32}$/, { message: 'give a phone number such as +31 20 123 4567 (digits, spaces, +, -, parentheses)' })
  phone?: string | null;
}

@InputType({
  description:
    'What both sides of a proposal plan around, set by the municipality (or an officer): the contact person and the expected move-in date. ' +
    'Give one or both; a part left out stays as it is. Allowed while the proposal is OPEN, CONTESTED, CONTEST_REJECTED or ACCEPTED.',
})
export class ProposalArrangementsInput {
  @Field(() => ContactPersonInput, { nullable: true, description: 'Replaces the contact person as a whole' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContactPersonInput)
  contact?: ContactPersonInput | null;

  @Field(() => String, { nullable: true, description: 'The date the municipality expects the household to move in, YYYY-MM-DD; not before the day the proposal was published' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'must be a date such as 2026-12-01' })
  expectedMoveIn?: string | null;
}

/** A page of proposals, 100 unless the caller asks otherwise. */
@ArgsType()
export class ProposalPageArgs extends PageArgs(100) {}
