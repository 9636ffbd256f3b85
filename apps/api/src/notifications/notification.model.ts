import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { MARKED_POSITION_CHANGE, NOTIFICATION_KINDS, type NotificationKind, type NotificationParams } from '#matching/vocabulary/notifications.js';
import { graphqlEnum, HouseholdEventEnum } from '../common/vocabulary.enums.js';
import type { HouseholdEvent } from '#matching/vocabulary/household-changes.js';

export const NotificationKindEnum = graphqlEnum(NOTIFICATION_KINDS, 'NotificationKind', 'What a notification tells (matching/vocabulary/notifications.ts)', {
  proposal_received: 'The household got a proposal (to its newcomers)',
  proposals_received: 'A round was published with proposals for the municipality (to its staff; `count`)',
  municipality_answered: 'The municipality accepted or declined the proposal (to the newcomers; `outcome`)',
  newcomer_answered: 'The newcomer accepted or contested the proposal (to the municipality; `outcome`)',
  contest_received: 'A newcomer contested a proposal: an officer must review it (to officers)',
  contest_reviewed: 'An officer upheld or rejected the contest (to both sides; `outcome`)',
  proposal_withdrawn: 'An officer withdrew the proposal (to both sides; the reason is on the proposal)',
  deadline_extended: 'An officer gave both sides longer to answer (to both sides; `respondBy`)',
  proposal_expired: 'The response deadline passed without both answers (to both sides and officers)',
  deadline_near: 'The response deadline is near and this side has not answered (to that side, once per deadline; `respondBy`)',
  round_published: 'A round the household was in was published without a proposal for it: it still waits (to its newcomers; no proposal)',
  household_changed: 'An officer recorded a change of the household (a birth, a later arrival, a departure, a death): to the municipality, and to officers when the proposal now waits on their review; `change`, `persons`, `review`',
  position_changed: `A round was published and the household’s place in the queue changed markedly since it was last told (at least ${MARKED_POSITION_CHANGE.places} places and ${MARKED_POSITION_CHANGE.share * 100} % of that place): to its newcomers; \`fromPosition\`, \`toPosition\`; no proposal`,
});

const OUTCOMES = ['accepted', 'declined', 'contested', 'upheld', 'rejected'] as const;
export const NotificationOutcomeEnum = graphqlEnum(OUTCOMES, 'NotificationOutcome', 'The answer or review a notification tells of', {
  accepted: 'Accepted',
  declined: 'Declined by the municipality',
  contested: 'Contested by the newcomer',
  upheld: 'The contest was upheld: the proposal ends',
  rejected: 'The contest was rejected: the proposal stands',
});

@ObjectType({ description: 'A message for the signed-in account about something that happened to a proposal; no personal text is copied into it.' })
export class Notification {
  @Field(() => ID, { description: 'The notification’s id (for markNotificationsRead)' })
  id: string;

  @Field(() => NotificationKindEnum, { description: 'What it tells' })
  kind: NotificationKind;

  @Field(() => ID, { nullable: true, description: 'The proposal it is about' })
  proposalId: string | null;

  @Field(() => NotificationOutcomeEnum, { nullable: true, description: 'The answer or review it tells of; null for other kinds' })
  outcome: NonNullable<NotificationParams['outcome']> | null;

  @Field(() => String, { nullable: true, description: 'The response deadline (YYYY-MM-DD): the new one of DEADLINE_EXTENDED, the near one of DEADLINE_NEAR; null for other kinds' })
  respondBy: string | null;

  @Field(() => Int, { nullable: true, description: 'How many proposals the municipality got (PROPOSALS_RECEIVED); null for other kinds' })
  count: number | null;

  @Field(() => HouseholdEventEnum, { nullable: true, description: 'What changed the household (HOUSEHOLD_CHANGED); null for other kinds' })
  change: HouseholdEvent | null;

  @Field(() => Int, { nullable: true, description: 'How many persons the household counts now (HOUSEHOLD_CHANGED); null for other kinds' })
  persons: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the proposal now waits on an officer’s review because the home may no longer fit (HOUSEHOLD_CHANGED); null for other kinds' })
  review: boolean | null;

  @Field(() => Int, { nullable: true, description: 'The place in the queue (1 = first) the household was last told of (POSITION_CHANGED); null for other kinds' })
  fromPosition: number | null;

  @Field(() => Int, { nullable: true, description: 'The household’s place in the queue when the round was published (POSITION_CHANGED); null for other kinds' })
  toPosition: number | null;

  @Field({ description: 'When it was written (UTC)' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the account marked it read; null while unread' })
  readAt: Date | null;
}
