import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Statement } from '../../waiting-list/models/statement.model.js';
import { Proposal } from '../../proposals/models/proposal.model.js';
import { Municipality } from '../../municipalities/models/municipality.model.js';
import { MunicipalityProfile } from '../../municipalities/models/municipality-profile.model.js';
import { Capacity } from '../../municipalities/models/capacity.model.js';
import { IscoOccupation } from '../../taxonomy/models/isco-occupation.model.js';
import { HomeBandEnum } from '../../common/vocabulary.enums.js';
import type { ProposalStatus } from '#matching/vocabulary/lifecycle.js';
import { ProposalStatusEnum } from '../../proposals/models/proposal-status.enum.js';

@ObjectType({ description: 'One criterion of a match, with its reasons in plain language.' })
export class CriterionView {
  @Field() criterion: string;
  @Field(() => Float, { nullable: true, description: 'Score 0–1; null when the criterion does not apply' }) score: number | null;
  @Field(() => Float) weight: number;
  @Field(() => [Statement]) reasons: Statement[];
}

@ObjectType({ description: 'A newcomer’s own proposal: where, what to expect there, and why.' })
export class NewcomerProposalView {
  @Field(() => Proposal) proposal: Proposal;
  @Field(() => Municipality) municipality: Municipality;
  @Field(() => MunicipalityProfile, { nullable: true, description: 'The municipality’s self-profile, incl. what you can expect' }) profile: MunicipalityProfile | null;
  @Field(() => Statement) outcome: Statement;
  @Field(() => [CriterionView]) criteria: CriterionView[];
  @Field(() => [Statement], {
    description: 'Places that fitted you better than the proposed one (a higher fit there), best first, each with why you did not get it: no room left for you in this period, '
      + 'or room the answer did not use (an officer checks it). Places that fitted you no better are not listed; empty when the proposed place fitted you best. In your language',
  })
  alternatives: Statement[];
  @Field(() => [Statement], { description: 'The places you named (where your family, community, job or place of study is), each with why it was or was not chosen. In your language' })
  preferred: Statement[];
}

@ObjectType()
export class LanguageCount {
  @Field() language: string;
  @Field() bestLevel: string;
  @Field(() => Int) speakers: number;
}

@ObjectType({ description: 'What a municipality needs to know to prepare: no nationality, no medical detail, no names before it accepts.' })
export class ProposedHousehold {
  @Field(() => ID) proposalId: string;
  @Field(() => ProposalStatusEnum) status: ProposalStatus;
  @Field(() => String, { nullable: true }) municipalityResponse: string | null;
  @Field(() => String, { nullable: true }) newcomerResponse: string | null;
  @Field({ description: 'Case reference' }) reference: string;
  @Field(() => Int) persons: number;
  @Field(() => HomeBandEnum, { description: 'Home size band needed' }) homeBand: string;
  @Field(() => Statement, { description: 'The home size band in words, in the view’s language' }) homeBandLabel: Statement;
  @Field(() => Int) adults: number;
  @Field(() => Int) childrenUnder4: number;
  @Field(() => Int, { description: 'Primary-school age' }) children4to11: number;
  @Field(() => Int, { description: 'Secondary-school age' }) children12to17: number;
  @Field(() => [String], { description: 'Kind of care needed nearby (no medical detail)' }) careNeeds: string[];
  @Field(() => [String]) accessibilityNeeds: string[];
  @Field(() => [IscoOccupation]) professions: IscoOccupation[];
  @Field(() => [LanguageCount]) languages: LanguageCount[];
  @Field(() => [String], { nullable: true, description: 'Names of the members: only after the municipality accepted' }) names: string[] | null;
  @Field(() => [Statement], { description: 'Why this household was proposed to you' }) whyProposed: Statement[];
}

@ObjectType({ description: 'A municipality’s own view: profile versions, capacity and fill, who is proposed.' })
export class MunicipalityView {
  @Field(() => Municipality) municipality: Municipality;
  @Field(() => [MunicipalityProfile]) profileVersions: MunicipalityProfile[];
  @Field(() => [Capacity], { description: 'Capacity per period with what proposals and placements hold' }) capacities: Capacity[];
  @Field(() => [ProposedHousehold]) proposals: ProposedHousehold[];
}
