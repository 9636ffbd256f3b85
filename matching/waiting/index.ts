export * from './types.js';
export { compareQueue, queueOrder, queuePositions, positionChange, type QueuePosition, type PositionChange, type PositionChangeCode, type PositionChangeReason } from './queue.js';
export { estimateWait, noEstimateReason, perRoundCount, DEFAULT_WAIT_WINDOW, DEFAULT_SCARCE, type NoEstimateReason, type WaitDriver, type WaitDriverCode, type WaitEstimate, type WaitOptions, type Range } from './estimate.js';
export { whyOthersWentFirst, type LastRoundAggregate, type OthersCode, type OthersExplanation, type Viewer } from './others.js';
export { waitingListSummary, unplaceableReasons, type UnplaceableCode, type UnplaceableReason, type WaitingListSummary } from './summary.js';
export { summariseRound, type RoundPlacement } from './history.js';
export { lastRoundAggregate, queueAtRound, type LastRoundPlacement } from './last-round.js';
export { WAITING_CATALOGUE, WAITING_CODES, type WaitingCode } from './codes.js';
