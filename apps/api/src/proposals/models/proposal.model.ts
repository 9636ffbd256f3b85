import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ProposalStatus } from '#matching/vocabulary/lifecycle.js';
import { notForMunicipalities } from '../../auth/field-access.js';
import { HomeBandEnum } from '../../common/vocabulary.enums.js';
import { ProposalStatusEnum } from './proposal-status.enum.js';

@ObjectType({ description: 'A published placement proposal and the responses to it.' })
export class Proposal {
  @Field(() => ID) id: string;
  @Field(() => ID) roundId: string;
  @Field(() => ID) runId: string;
  @Field(() => ID) householdId: string;
  @Field() municipalityCode: string;
  @Field() period: string;
  @Field(() => Int) persons: number;
  @Field(() => HomeBandEnum, { description: 'The home band the proposal holds' }) homeBand: string;
  @Field(() => ProposalStatusEnum) status: ProposalStatus;
  @Field(() => String, { nullable: true }) municipalityResponse: string | null;
  @Field(() => String, { nullable: true }) municipalityReason: string | null;
  @Field(() => String, { nullable: true }) newcomerResponse: string | null;
  @Field(() => String, { nullable: true, middleware: [notForMunicipalities], description: 'The newcomer’s reason; not shown to municipalities' })
  newcomerReason: string | null;
  @Field(() => String, { nullable: true, description: 'upheld (proposal withdrawn) or rejected (proposal stands)' }) reviewOutcome: string | null;
  @Field(() => String, { nullable: true, middleware: [notForMunicipalities] }) reviewNote: string | null;
  @Field(() => Date, { nullable: true, description: 'When an officer withdrew it' }) withdrawnAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Why an officer withdrew it (shown to both sides)' }) withdrawnReason: string | null;
  @Field(() => Date, { nullable: true, description: 'When its response deadline passed' }) expiredAt: Date | null;
  @Field(() => String, { nullable: true, description: 'The date the household moved in (YYYY-MM-DD)' }) housedOn: string | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

@ObjectType()
export class PublishResult {
  @Field(() => ID) roundId: string;
  @Field(() => ID) runId: string;
  @Field(() => Int) proposals: number;
  @Field({ description: 'False when the run had been published already (publishing is idempotent)' }) newlyPublished: boolean;
}
