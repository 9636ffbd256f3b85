import type { MessageWords } from '../components/message-words';

/** What each message says to a newcomer (newcomer.json): in the messages list and in "everything we keep about you". */
export const NEWCOMER_WORDS: MessageWords = {
  PROPOSAL_RECEIVED: 'messages.newcomer.proposalReceived',
  MUNICIPALITY_ANSWERED: 'messages.newcomer.municipalityAnswered',
  CONTEST_REVIEWED: 'messages.newcomer.contestReviewed',
  PROPOSAL_WITHDRAWN: 'messages.newcomer.proposalWithdrawn',
  DEADLINE_EXTENDED: 'messages.newcomer.deadlineExtended',
  DEADLINE_NEAR: 'messages.newcomer.deadlineNear',
  ROUND_PUBLISHED: 'messages.newcomer.roundPublished',
  POSITION_CHANGED: 'messages.newcomer.positionChanged',
  PROPOSAL_EXPIRED: 'messages.newcomer.proposalExpired',
  other: 'messages.newcomer.other',
};
