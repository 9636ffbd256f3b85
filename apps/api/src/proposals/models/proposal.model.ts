import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { notForMunicipalities } from '../../auth/field-access.js';
import { HomeBandEnum } from '../../common/vocabulary.enums.js';

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
  @Field({ description: 'open, placed or withdrawn' }) status: string;
  @Field(() => String, { nullable: true }) municipalityResponse: string | null;
  @Field(() => String, { nullable: true }) municipalityReason: string | null;
  @Field(() => String, { nullable: true }) newcomerResponse: string | null;
  @Field(() => String, { nullable: true, middleware: [notForMunicipalities], description: 'The newcomer’s reason; not shown to municipalities' })
  newcomerReason: string | null;
  @Field(() => String, { nullable: true, description: 'upheld (proposal withdrawn) or rejected (proposal stands)' }) reviewOutcome: string | null;
  @Field(() => String, { nullable: true, middleware: [notForMunicipalities] }) reviewNote: string | null;
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
