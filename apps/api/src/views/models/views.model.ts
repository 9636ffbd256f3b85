import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Statement } from '../../waiting-list/models/statement.model.js';
import { ContactPerson, NewcomerProposal } from '../../proposals/models/proposal.model.js';
import { Municipality } from '../../municipalities/models/municipality.model.js';
import { MunicipalityProfile } from '../../municipalities/models/municipality-profile.model.js';
import { Capacity } from '../../municipalities/models/capacity.model.js';
import { IscoOccupation } from '../../taxonomy/models/isco-occupation.model.js';
import { CriterionEnum, HomeBandEnum } from '../../common/vocabulary.enums.js';
import { AccessibilityNeedEnum, CareNeedEnum } from '../../households/models/household-enums.js';
import type { MunicipalityResponse, NewcomerResponse, ProposalStatus } from '#matching/vocabulary/lifecycle.js';
import type { Locale } from '#matching/messages/index.js';
import type { ProposalEntity } from '#persistence/entities/index.js';
import { MunicipalityResponseEnum, NewcomerResponseEnum, ProposalStatusEnum } from '../../proposals/models/proposal-status.enum.js';

@ObjectType({ description: 'One criterion of a match, with its reasons in plain language (the newcomer, about their own proposal).' })
export class CriterionView {
  @Field(() => CriterionEnum, { description: 'The criterion' }) criterion: string;
  @Field(() => Float, { nullable: true, description: 'Score 0–1; null when the criterion does not apply' }) score: number | null;
  @Field(() => Float, { description: 'Weight it had in the fit: the round’s policy weight times the household’s own weight (0 or more)' }) weight: number;
  @Field(() => [Statement], { description: 'Why it scored so, in the view’s language; each sentence once (a reason about two members that reads the same is shown once)' }) reasons: Statement[];
}

@ObjectType({ description: 'A newcomer’s own proposal: where, what to expect there, and why.' })
export class NewcomerProposalView {
  @Field(() => NewcomerProposal, { description: 'My proposal: its status, my answer, the response deadline, the municipality’s contact person and the expected move-in date' }) proposal: NewcomerProposal;
  @Field(() => Municipality, { description: 'The municipality proposed' }) municipality: Municipality;
  @Field(() => MunicipalityProfile, { nullable: true, description: 'The municipality’s self-profile, incl. what you can expect' }) profile: MunicipalityProfile | null;
  @Field(() => Statement, { description: 'The outcome in a sentence, in the view’s language' }) outcome: Statement;
  @Field(() => [CriterionView], { description: 'How the proposed municipality scored on each criterion, with the reasons' }) criteria: CriterionView[];
  @Field(() => [Statement], {
    description: 'Places that fitted you better than the proposed one (a higher fit there, 0–1; for linked households the mean over them), best first, each with why you did not '
      + 'get it: no room left for you in this period, room the answer did not use (an officer checks it), an officer chose another place for you, or you already had the '
      + 'proposed place in an earlier calculation of this round and it was kept because the difference was small. Places that fitted you no better are not listed; '
      + 'empty when the proposed place fitted you best. In your language',
  })
  alternatives: Statement[];
  @Field(() => [Statement], { description: 'The places you named (where your family, community, job or place of study is), each with why it was or was not chosen. In your language' })
  preferred: Statement[];
  @Field(() => [Statement], {
    description: 'What to plan around, in my language: the response deadline (always), the municipality’s contact person and the expected move-in date (each once the municipality set it). The same facts as proposal.respondBy, proposal.contact and proposal.expectedMoveIn',
  })
  plan: Statement[];
}

@ObjectType({ description: 'A language the household’s members speak: how many, and the best level among them.' })
export class LanguageCount {
  @Field({ description: 'Language code: ISO 639-1 where one exists (ar, nl), else ISO 639-3 (prs)' }) language: string;
  @Field({ description: 'Best CEFR level among the speakers, A1 (beginner) to C2 (mastery)' }) bestLevel: string;
  @Field(() => Int, { description: 'Members who speak it' }) speakers: number;
}

@ObjectType({
  description: 'What a municipality needs to know to prepare: no nationality, no medical detail, no names before it accepts. Once the proposal has ended without the household coming '
    + '(declined, contest upheld, withdrawn, expired) the municipality has no case any more: every field about the people is null, and only the proposal’s facts and the case reference remain. '
    + 'The same once the case’s personal data was erased (Household.erasure), the persons and home band then being those the proposal was made for.',
})
export class ProposedHousehold {
  @Field(() => ID, { description: 'The proposal’s id (as in myMunicipalityProposals)' }) proposalId: string;
  @Field(() => ProposalStatusEnum, { description: 'Where the proposal stands' }) status: ProposalStatus;
  @Field(() => MunicipalityResponseEnum, { nullable: true, description: 'My municipality’s answer; null until it answered' }) municipalityResponse: MunicipalityResponse | null;
  @Field(() => NewcomerResponseEnum, { nullable: true, description: 'The newcomer’s answer (not their reason); null until they answered' }) newcomerResponse: NewcomerResponse | null;
  @Field({ description: 'Response deadline: the last day (YYYY-MM-DD, Dutch date, inclusive) to answer; the newcomer sees the same date' }) respondBy: string;
  @Field(() => ContactPerson, { nullable: true, description: 'Our contact person for this household, shown to the newcomer too; null until set (setProposalArrangements)' }) contact: ContactPerson | null;
  @Field(() => String, { nullable: true, description: 'The date (YYYY-MM-DD) we expect the household to move in, shown to the newcomer too; null until set (setProposalArrangements)' }) expectedMoveIn: string | null;
  @Field(() => Statement, { description: 'The response deadline in words, in the view’s language' }) respondByText: Statement;
  @Field({ description: 'Case reference (kept after the proposal ended, so the municipality can tell which case ended)' }) reference: string;
  @Field({ description: 'True once the case’s personal data was erased (after the retention period, or on request: matching/vocabulary/retention.ts); every field about the people is then null' }) erased: boolean;
  @Field(() => Int, { description: 'Persons in the household (for an erased case: the persons the proposal was made for)' }) persons: number;
  @Field(() => HomeBandEnum, { description: 'Home size band needed' }) homeBand: string;
  @Field(() => Statement, { description: 'The home size band in words, in the view’s language' }) homeBandLabel: Statement;
  @Field(() => Int, { nullable: true, description: 'Members aged 18 or older; null once the proposal ended' }) adults: number | null;
  @Field(() => Int, { nullable: true, description: 'Children aged 0 to 3; null once the proposal ended' }) childrenUnder4: number | null;
  @Field(() => Int, { nullable: true, description: 'Children aged 4 to 11 (primary-school age); null once the proposal ended' }) children4to11: number | null;
  @Field(() => Int, { nullable: true, description: 'Children aged 12 to 17 (secondary-school age); null once the proposal ended' }) children12to17: number | null;
  @Field(() => [CareNeedEnum], { nullable: true, description: 'Kind of care needed nearby (no medical detail); null once the proposal ended' }) careNeeds: string[] | null;
  @Field(() => [AccessibilityNeedEnum], { nullable: true, description: 'What the home must offer (ground floor, wheelchair access); null once the proposal ended' }) accessibilityNeeds: string[] | null;
  @Field(() => [IscoOccupation], { nullable: true, description: 'The adults’ professions (ISCO-08), each once; null once the proposal ended' }) professions: IscoOccupation[] | null;
  @Field(() => [LanguageCount], { nullable: true, description: 'Languages the members speak, most speakers first; null once the proposal ended' }) languages: LanguageCount[] | null;
  @Field(() => [String], { nullable: true, description: 'Names of the members: only after the municipality accepted, and only while the proposal lasts (null again once it ended)' }) names: string[] | null;
  @Field(() => [Statement], {
    nullable: true,
    description:
      'Null once the proposal ended. Why this household was proposed to your municipality, in the view’s language and in the third person: only the reasons that argued for the proposal (positive scoring reasons, graded ones only on a real match: the preferred setting at full credit, the distance to a job or study place above half credit, closer than 52.5 km; an officer’s pin; linked relatives), each sentence once. `code` is the scoring reason code, `text` the municipality’s sentence. Readable by the municipality the proposal is for.',
  }) whyProposed: Statement[] | null;
}

@ObjectType({ description: 'A municipality’s own view: profile versions, capacity and fill, who is proposed.' })
export class MunicipalityView {
  @Field(() => Municipality, { description: 'The municipality of the signed-in account' }) municipality: Municipality;
  @Field(() => [MunicipalityProfile], { description: 'Its published profile versions, newest first' }) profileVersions: MunicipalityProfile[];
  @Field(() => [Capacity], { description: 'Capacity per period with what proposals and placements hold' }) capacities: Capacity[];
  /**
   * Not in the schema: what the `proposals` field (MunicipalityViewListsResolver) builds one page from, so a page of
   * 20 builds 20 households with their texts, not every household ever proposed.
   */
  proposalSource: ProposalListSource;
}

/** The municipality's proposals (oldest first, rows only) and the language of the texts; see `MunicipalityView.proposalSource`. */
export interface ProposalListSource {
  readonly code: string;
  readonly locale: Locale;
  readonly proposals: readonly ProposalEntity[];
}
