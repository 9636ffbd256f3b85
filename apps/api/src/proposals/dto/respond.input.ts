import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsDateString, IsIn, IsOptional, IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { PROPOSAL_STATUSES, type ProposalStatus } from '#matching/vocabulary/lifecycle.js';
import { ProposalStatusEnum } from '../models/proposal-status.enum.js';
import { PageArgs } from '../../common/page.args.js';

@InputType()
export class ProposalResponseInput {
  @Field({ description: 'true to accept; false to decline (municipality) or contest (newcomer)' })
  @IsBoolean()
  accept: boolean;

  @Field(() => String, { nullable: true, description: 'Required when not accepting' })
  @ValidateIf((o: ProposalResponseInput) => !o.accept || o.reason != null)
  @IsString({ message: 'reason is required when you do not accept' })
  @MinLength(3, { message: 'reason is required when you do not accept' })
  @MaxLength(1000)
  reason?: string | null;
}

@InputType()
export class ContestReviewInput {
  @Field({ description: 'true: the contest is right, withdraw the proposal; false: the proposal stands' })
  @IsBoolean()
  uphold: boolean;

  @Field()
  @IsString()
  @MinLength(3, { message: 'note must explain the decision' })
  @MaxLength(1000)
  note: string;
}

@InputType()
export class ProposalFilterInput {
  @Field({ nullable: true }) @IsOptional() @IsString() roundId?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() municipalityCode?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() householdId?: string;
  @Field(() => ProposalStatusEnum, { nullable: true, description: 'e.g. CONTESTED: what awaits an officer’s review' })
  @IsOptional()
  @IsIn(PROPOSAL_STATUSES)
  status?: ProposalStatus;
}

@InputType()
export class WithdrawProposalInput {
  @Field({ description: 'Why the proposal is withdrawn; shown to the municipality and the newcomer' })
  @IsString()
  @MinLength(3, { message: 'reason must explain the withdrawal' })
  @MaxLength(1000)
  reason: string;
}

@InputType()
export class RecordHousingInput {
  @Field({ description: 'The date the household moved in, YYYY-MM-DD' })
  @IsDateString({ strict: true }, { message: 'housedOn must be a date such as 2026-12-01' })
  housedOn: string;
}

/** A page of proposals, 100 unless the caller asks otherwise. */
@ArgsType()
export class ProposalPageArgs extends PageArgs(100) {}
