/**
 * When a household changes after a proposal or a placement (issue 16): a child is born, a family member arrives later
 * (a *nareiziger*, through family reunification), a member leaves (a divorce or separation) or dies. An officer
 * records the change; these rules say what it means for the household's proposal. One definition for the
 * persistence (the change and its effect in one transaction), the API and the tests.
 */
import { homeBand, type HomeBand } from './home-bands.js';
import { isActiveProposal, type ProposalStatus } from './lifecycle.js';
import { ADULT_AGE } from './members.js';

/**
 * What happened: `birth` (a child born into the household), `arrival` (a family member arrived later: a nareiziger),
 * `departure` (a member left the household: a divorce or separation; the one who left is not queued by it — splitting
 * a household into two that both keep the queue right is not built yet), `death` (a member died).
 */
export const HOUSEHOLD_EVENTS = ['birth', 'arrival', 'departure', 'death'] as const;
export type HouseholdEvent = (typeof HOUSEHOLD_EVENTS)[number];

/** Whether the event adds a member (birth, arrival); the others take one away. */
export function addsMember(event: HouseholdEvent): boolean {
  return event === 'birth' || event === 'arrival';
}

/**
 * What a change of the household's size does to its proposal:
 * - `none`: no proposal that lasts (none, or it ended): the next round sees the household as it is now;
 * - `told`: the household lives there already (placed): the municipality is told; the placement and the capacity it
 *   took stay as they were;
 * - `adjusted`: the proposal awaits answers or the move and the household still needs a home of the same band: the
 *   proposal counts the new number of persons (the capacity's person places with it) and the municipality is told —
 *   unless the municipality has no person place left for it, then `review`;
 * - `review`: the household now needs a home of another band (or, see above, more person places than are free): the
 *   proposal waits on an officer, who keeps it with the new size (when the municipality has such a home free) or
 *   withdraws it, which puts the household back in the queue with its permit date. The municipality is told, and so
 *   are the officers.
 */
export const PROPOSAL_CHANGE_EFFECTS = ['none', 'told', 'adjusted', 'review'] as const;
export type ProposalChangeEffect = (typeof PROPOSAL_CHANGE_EFFECTS)[number];

/**
 * The effect (see `PROPOSAL_CHANGE_EFFECTS`) of the household now counting `persons` on its proposal (`null`: it has
 * none), before the capacity is asked: `adjusted` may still become `review` when no person place is free.
 */
export function proposalChangeEffect(proposal: { readonly status: ProposalStatus; readonly homeBand: HomeBand } | null, persons: number): ProposalChangeEffect {
  if (!proposal || !isActiveProposal(proposal.status)) return 'none';
  if (proposal.status === 'placed') return 'told';
  return homeBand(persons) === proposal.homeBand ? 'adjusted' : 'review';
}

/** What the removal of a member needs to know of each: their role (applicant, partner, child, relative) and year of birth. */
export interface ChangingMember<Role extends string> {
  readonly role: Role;
  readonly birthYear: number;
}

/**
 * The members' roles after the member at `position` (from 0) leaves or dies, in `year`: the others keep their order
 * and roles, except when the applicant (the permit holder) goes — then the partner becomes the applicant, or, without
 * one, the oldest adult (ADULT_AGE or older in `year`; the first of them by position when several are as old).
 * `'no_adult'` when no adult would remain: a household of children alone is not housed through this process.
 * @throws RangeError when `position` is not a member's.
 */
export function rolesAfterRemoval<Role extends string>(members: readonly ChangingMember<Role>[], position: number, year: number): (Role | 'applicant')[] | 'no_adult' {
  if (!Number.isInteger(position) || position < 0 || position >= members.length) throw new RangeError(`no member at position ${position}`);
  const rest = members.filter((_, i) => i !== position);
  const adults = rest.map((m, i) => ({ ...m, i })).filter((m) => year - m.birthYear >= ADULT_AGE);
  if (adults.length === 0) return 'no_adult';
  const roles: (Role | 'applicant')[] = rest.map((m) => m.role);
  if (!roles.includes('applicant')) {
    const partner = adults.find((m) => m.role === 'partner');
    const oldest = [...adults].sort((a, b) => a.birthYear - b.birthYear || a.i - b.i)[0];
    roles[(partner ?? oldest).i] = 'applicant';
  }
  return roles;
}
