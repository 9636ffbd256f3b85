/**
 * The audit trail's vocabulary: what kinds of thing it records actions on, and every action the service records
 * (`AuditEvent.action`, `<entity>.<verb>`). One definition for the API (each entry is typed by it, so an action
 * cannot be recorded without being listed here), the officer's audit page (its filters and the words for each
 * action, one message per action in the catalogues) and the tests.
 */

/** Kinds of thing the audit trail records actions on (`AuditEvent.entityType`). */
export const AUDIT_ENTITY_TYPES = ['round', 'run', 'proposal', 'household', 'waiting_list', 'account', 'access_code', 'reference_data'] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

/** Every action the service records, with the kind of thing it is recorded on (the event's `entityType`). */
export const AUDIT_ACTIONS = {
  'round.create': 'round',
  'round.policy': 'round',
  'round.capacity': 'round',
  'round.pin': 'round',
  'round.unpin': 'round',
  'round.forbid': 'round',
  'round.allow': 'round',
  'round.publish': 'round',
  'run.start': 'run',
  'run.rerun': 'run',
  'run.cancel': 'run',
  'run.export': 'run',
  'proposal.municipality_accept': 'proposal',
  'proposal.municipality_decline': 'proposal',
  'proposal.newcomer_accept': 'proposal',
  'proposal.newcomer_contest': 'proposal',
  'proposal.contest_upheld': 'proposal',
  'proposal.contest_rejected': 'proposal',
  'proposal.withdraw': 'proposal',
  'proposal.deadline_extend': 'proposal',
  'proposal.expire': 'proposal',
  'proposal.housed': 'proposal',
  'proposal.arrangements': 'proposal',
  // an officer keeps a proposal after its household changed (matching/vocabulary/household-changes.ts)
  'proposal.household_change_kept': 'proposal',
  'household.register': 'household',
  'household.tie_verify': 'household',
  'household.profile_correct': 'household',
  'household.preferences_update': 'household',
  // a birth, a later arrival, a departure or a death, recorded by an officer (household-changes.ts)
  'household.composition_change': 'household',
  // a household split in two, or two merged into one, with their queue rights (household-changes.ts): one event on
  // each household it concerned
  'household.split': 'household',
  'household.merge': 'household',
  // reads and exports (issue 16, the data subject's right of access): who of the staff opened a case, and when
  'household.view': 'household',
  'household.view_medical': 'household',
  'household.export': 'household',
  // retention and erasure (issue 16, matching/vocabulary/retention.ts): the case's personal data erased
  'household.erase': 'household',
  'waiting_list.export': 'waiting_list',
  'account.create': 'account',
  'account.disable': 'account',
  'account.enable': 'account',
  'access_code.create': 'access_code',
  'access_code.redeem': 'access_code',
  'municipalities.sync': 'reference_data',
} as const satisfies Record<string, AuditEntityType>;
export type AuditAction = keyof typeof AUDIT_ACTIONS;

/**
 * The actions that record a read of a household's case, not a change (issue 16, the right of access): the data
 * export lists them as its access log, every other event about the case as its history.
 */
export const HOUSEHOLD_READ_ACTIONS = ['household.view', 'household.view_medical', 'household.export'] as const satisfies readonly AuditAction[];
export type HouseholdReadAction = (typeof HOUSEHOLD_READ_ACTIONS)[number];

/** Every action, in the order listed above (grouped by the kind of thing). */
export const AUDIT_ACTION_NAMES = Object.keys(AUDIT_ACTIONS) as AuditAction[];

/** Whether `value` is an action of the list (e.g. a filter's value from a request). */
export function isAuditAction(value: string): value is AuditAction {
  return Object.hasOwn(AUDIT_ACTIONS, value);
}
