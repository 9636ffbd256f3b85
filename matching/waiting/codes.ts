/**
 * Every code the waiting-list functions emit, with its parameter names (for the message catalogues, like
 * REASON_CATALOGUE for scoring). `queue.position`, `wait.estimate.*` present the position and estimate
 * themselves. A test checks the emitted union types and this list agree.
 */
export const WAITING_CATALOGUE = {
  'queue.position': ['position', 'ofTotal', 'ahead', 'sameBand', 'band'],
  'queue.rule': [],
  'queue.moved_up': ['previous', 'current', 'moved'],
  'queue.moved_down': ['previous', 'current', 'moved'],
  'queue.unchanged': ['previous', 'current', 'moved'],
  'queue.joined': ['previous', 'current', 'moved'],
  'queue.left': ['previous', 'current', 'moved'],
  'queue.reason.placed_ahead': ['count'],
  'queue.reason.left_ahead': ['count'],
  'queue.reason.new_urgent_ahead': ['count'],
  'queue.reason.new_earlier_ahead': ['count'],
  'queue.reason.overtaken': ['count'],
  'queue.reason.passed': ['count'],
  'queue.reason.own_urgency_changed': ['from', 'to'],
  'wait.estimate.rounds': ['low', 'high'],
  'wait.estimate.months': ['low', 'high'],
  'wait.estimate.none': [],
  /**
   * The counts the estimate rests on, as a newcomer is told them: `total` households like theirs placed in the
   * `roundsObserved` rounds (whole), `perRound` their mean per round as whole households (`perRoundCount`: 0 reads
   * "fewer than one"), `aheadOfYou`, and `reason` (`noEstimateReason`: 'none' when there is an estimate, else why
   * not — the text then says how the counts and "we cannot estimate" are both true).
   */
  'wait.estimate.basis': ['total', 'perRound', 'aheadOfYou', 'roundsObserved', 'reason'],
  'wait.estimate.not_a_promise': [],
  'wait.estimate.fitting': ['municipalities', 'band', 'persons'],
  'wait.driver.no_history': [],
  'wait.driver.no_municipality_meets_needs': ['needs'],
  'wait.driver.hard_tie_reaches_apart': ['tiePlaces'],
  'wait.driver.no_municipality_in_reach': [],
  'wait.driver.no_home_of_band': ['band', 'persons', 'municipalities'],
  'wait.driver.no_free_home_now': ['band', 'persons', 'municipalities'],
  'wait.driver.no_recent_placements': ['band', 'rounds'],
  'wait.driver.urgent_take_all': ['perRound', 'urgentPerRound', 'rounds'],
  'wait.driver.large_home_scarce': ['band', 'perRound'],
  'wait.driver.hard_need_limits_places': ['need', 'municipalities', 'total'],
  'wait.driver.few_acceptable_places': ['municipalities'],
  'wait.driver.hard_tie_reach': ['kind', 'tiePlace', 'reachKm', 'municipalities'],
  'wait.driver.many_ahead': ['ahead', 'perRound'],
  'wait.driver.urgent_first': ['ahead', 'perRound'],
  'wait.driver.own_urgency': ['urgency'],
  'wait.driver.few_rounds_observed': ['rounds'],
  'others.urgency': ['count'],
  'others.hard_tie': ['count'],
  'others.family_tie': ['count'],
  'others.earlier_permit': ['count', 'band'],
  'others.smaller_homes_more_available': ['band', 'placedShare'],
  'others.profession_needed': ['count'],
  'others.none_placed_in_band': ['band'],
  'others.small_groups_hidden': [],
  'waiting.no_municipality_meets_needs': ['needs'],
  'waiting.hard_tie_reaches_apart': ['tiePlaces'],
  'waiting.no_free_home_this_period': ['band', 'persons', 'municipalities'],
  'waiting.no_acceptable_municipality': ['listed'],
  'queue.status': ['status', 'proposal', 'municipality', 'youAnswered'],
} as const satisfies Record<string, readonly string[]>;

export type WaitingCode = keyof typeof WAITING_CATALOGUE;
export const WAITING_CODES = Object.keys(WAITING_CATALOGUE) as WaitingCode[];
