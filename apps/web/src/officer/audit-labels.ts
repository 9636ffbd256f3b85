import type { AuditAction, AuditEntityType } from '#matching/vocabulary/audit.js';
import type { AuditActorRole } from '../gql/graphql';
import type { MessageId } from '../i18n/catalogues';

/**
 * The audit trail in the staff's words: one text per action and per kind of thing of the vocabulary
 * (matching/vocabulary/audit.ts), and per role of the one who acted. The Record types make every action carry a
 * text, so the trail never shows a code.
 */
export const AUDIT_ACTION_LABEL: Record<AuditAction, MessageId> = {
  'round.create': 'officer.audit.action.round.create',
  'round.policy': 'officer.audit.action.round.policy',
  'round.capacity': 'officer.audit.action.round.capacity',
  'round.pin': 'officer.audit.action.round.pin',
  'round.unpin': 'officer.audit.action.round.unpin',
  'round.forbid': 'officer.audit.action.round.forbid',
  'round.allow': 'officer.audit.action.round.allow',
  'round.publish': 'officer.audit.action.round.publish',
  'run.start': 'officer.audit.action.run.start',
  'run.rerun': 'officer.audit.action.run.rerun',
  'run.cancel': 'officer.audit.action.run.cancel',
  'run.export': 'officer.audit.action.run.export',
  'proposal.municipality_accept': 'officer.audit.action.proposal.municipality_accept',
  'proposal.municipality_decline': 'officer.audit.action.proposal.municipality_decline',
  'proposal.newcomer_accept': 'officer.audit.action.proposal.newcomer_accept',
  'proposal.newcomer_contest': 'officer.audit.action.proposal.newcomer_contest',
  'proposal.contest_upheld': 'officer.audit.action.proposal.contest_upheld',
  'proposal.contest_rejected': 'officer.audit.action.proposal.contest_rejected',
  'proposal.withdraw': 'officer.audit.action.proposal.withdraw',
  'proposal.deadline_extend': 'officer.audit.action.proposal.deadline_extend',
  'proposal.expire': 'officer.audit.action.proposal.expire',
  'proposal.housed': 'officer.audit.action.proposal.housed',
  'proposal.arrangements': 'officer.audit.action.proposal.arrangements',
  'household.register': 'officer.audit.action.household.register',
  'household.tie_verify': 'officer.audit.action.household.tie_verify',
  'household.profile_correct': 'officer.audit.action.household.profile_correct',
  'household.preferences_update': 'officer.audit.action.household.preferences_update',
  'household.view': 'officer.audit.action.household.view',
  'household.view_medical': 'officer.audit.action.household.view_medical',
  'household.export': 'officer.audit.action.household.export',
  'household.erase': 'officer.audit.action.household.erase',
  'household.composition_change': 'officer.audit.action.household.composition_change',
  'household.split': 'officer.audit.action.household.split',
  'household.merge': 'officer.audit.action.household.merge',
  'proposal.household_change_kept': 'officer.audit.action.proposal.household_change_kept',
  'waiting_list.export': 'officer.audit.action.waiting_list.export',
  'account.create': 'officer.audit.action.account.create',
  'account.disable': 'officer.audit.action.account.disable',
  'account.enable': 'officer.audit.action.account.enable',
  'access_code.create': 'officer.audit.action.access_code.create',
  'access_code.redeem': 'officer.audit.action.access_code.redeem',
  'municipalities.sync': 'officer.audit.action.municipalities.sync',
};

export const AUDIT_ENTITY_LABEL: Record<AuditEntityType, MessageId> = {
  round: 'officer.audit.entity.round',
  run: 'officer.audit.entity.run',
  proposal: 'officer.audit.entity.proposal',
  household: 'officer.audit.entity.household',
  waiting_list: 'officer.audit.entity.waiting_list',
  account: 'officer.audit.entity.account',
  access_code: 'officer.audit.entity.access_code',
  reference_data: 'officer.audit.entity.reference_data',
};

export const ACTOR_LABEL: Record<AuditActorRole, MessageId> = {
  ADMIN: 'officer.actor.admin',
  OFFICER: 'officer.actor.officer',
  MUNICIPALITY: 'officer.actor.municipality',
  NEWCOMER: 'officer.actor.newcomer',
  SYSTEM: 'officer.actor.system',
};
