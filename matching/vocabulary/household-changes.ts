/**
 * When a household changes after a proposal or a placement (issue 16): a child is born, a family member arrives later
 * (a *nareiziger*, through family reunification), a member leaves (a divorce or separation) or dies. An officer
 * records the change; these rules say what it means for the household's proposal. One definition for the
 * persistence (the change and its effect in one transaction), the API and the tests.
 */
import { homeBand, type HomeBand } from './home-bands.js';
import { isActiveProposal, type ProposalStatus } from './lifecycle.js';
import type { AccessibilityNeed, CareNeed } from '../model/types.js';
import { ADULT_AGE, type MemberRole } from './members.js';
import type { TieKind, TieStatus } from './ties.js';
import { URGENCY_RANK, type Urgency } from './urgency.js';

/**
 * What happened: `birth` (a child born into the household), `arrival` (a family member arrived later: a nareiziger),
 * `departure` (a member left the household: a divorce or separation; the one who left is not queued by it — when both
 * parts are to be housed, the officer splits the household instead: `splitRoles`), `death` (a member died).
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
 * The members' roles after the members at `positions` (from 0; one position or several) leave or die, in `year`: the
 * others keep their order and roles, except when the applicant (the permit holder) goes — then the partner becomes
 * the applicant, or, without one, the oldest adult (ADULT_AGE or older in `year`; the first of them by position when
 * several are as old). `'no_adult'` when no adult would remain: a household of children alone is not housed through
 * this process (nor is nobody: also `'no_adult'`). A split (`splitRoles`) asks it for both parts.
 * @throws RangeError when a position is not a member's.
 */
export function rolesAfterRemoval<Role extends string>(members: readonly ChangingMember<Role>[], positions: number | readonly number[], year: number): (Role | 'applicant')[] | 'no_adult' {
  const leaving = new Set(typeof positions === 'number' ? [positions] : positions);
  for (const position of leaving) {
    if (!Number.isInteger(position) || position < 0 || position >= members.length) throw new RangeError(`no member at position ${position}`);
  }
  const rest = members.filter((_, i) => !leaving.has(i));
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

/**
 * A household split in two (a divorce or separation after which both parts are housed; issue 16: "a household can be
 * split ... with its queue rights kept"): the roles of the members who stay and of those who leave at `positions`
 * (from 0), each part in its own order, each part with an applicant (`rolesAfterRemoval` for either side: the part
 * without the applicant gets its partner, else its oldest adult, as applicant). `no_adult` names the part that would
 * be children alone: `stays` or `leaves`.
 * @throws RangeError when a position is not a member's, when nobody leaves, or when nobody stays.
 */
export function splitRoles<Role extends string>(
  members: readonly ChangingMember<Role>[],
  positions: readonly number[],
  year: number,
): { readonly stays: (Role | 'applicant')[]; readonly leaves: (Role | 'applicant')[] } | { readonly noAdult: 'stays' | 'leaves' } {
  if (positions.length === 0) throw new RangeError('nobody leaves');
  if (new Set(positions).size >= members.length) throw new RangeError('nobody stays');
  const stays = rolesAfterRemoval(members, positions, year);
  const leaving = new Set(positions);
  const leaves = rolesAfterRemoval(members, members.map((_, i) => i).filter((i) => !leaving.has(i)), year);
  if (stays === 'no_adult') return { noAdult: 'stays' };
  if (leaves === 'no_adult') return { noAdult: 'leaves' };
  return { stays, leaves };
}

/**
 * Two households that are one family merged into one (e.g. spouses registered as two cases; issue 16): the roles of
 * the merged household's members as they join the kept household after its own members, in their order. A household
 * has one applicant and at most one partner: the merged household's applicant becomes the partner when the kept
 * household has none (else a relative), its partner becomes the partner when that place is still free (else a
 * relative); children and relatives keep their role.
 */
export function mergedRoles(kept: readonly { readonly role: MemberRole }[], merged: readonly { readonly role: MemberRole }[]): MemberRole[] {
  let partnerTaken = kept.some((m) => m.role === 'partner');
  return merged.map((m) => {
    if (m.role === 'child' || m.role === 'relative') return m.role;
    if (partnerTaken) return 'relative';
    partnerTaken = true;
    return 'partner';
  });
}

/** What a merge combines of the two households themselves (the members: `mergedRoles`; the ties: `mergedTies`). */
export interface MergingHousehold {
  /** ISO date (YYYY-MM-DD) of the residence permit: the queue's second key. */
  readonly permitDate: string;
  readonly urgency: Urgency;
  readonly careNeeds: readonly CareNeed[];
  readonly accessibilityNeeds: readonly AccessibilityNeed[];
  readonly medicalNotes: string | null;
}

/**
 * The merged household's own fields, queue rights kept: the earlier permit date and the more urgent urgency (the
 * priority rule's first two keys, `compareQueue`: neither part loses its place by the merge), every care and
 * accessibility need of either (the kept household's first), both medical notes (the kept household's first, a blank
 * line between). The rest (reception location, preferences, link group) stays the kept household's.
 */
export function mergedFields(kept: MergingHousehold, merged: MergingHousehold): MergingHousehold {
  const notes = [kept.medicalNotes, merged.medicalNotes].filter((n): n is string => Boolean(n?.trim()));
  return {
    permitDate: merged.permitDate < kept.permitDate ? merged.permitDate : kept.permitDate,
    urgency: URGENCY_RANK[merged.urgency] < URGENCY_RANK[kept.urgency] ? merged.urgency : kept.urgency,
    careNeeds: union(kept.careNeeds, merged.careNeeds),
    accessibilityNeeds: union(kept.accessibilityNeeds, merged.accessibilityNeeds),
    medicalNotes: notes.length ? notes.join('\n\n') : null,
  };
}

/** The values of `a`, then those of `b` that `a` lacks. */
function union<T>(a: readonly T[], b: readonly T[]): T[] {
  return [...a, ...b.filter((x) => !a.includes(x))];
}

/** A tie as a merge compares it: one per kind and municipality is what matching reads. */
export interface MergingTie {
  readonly id: string;
  readonly kind: TieKind;
  readonly municipalityCode: string;
  readonly status: TieStatus;
}

/**
 * Which ties a merge moves from the merged household to the kept one (`move`) and which it drops (`drop`, of either
 * household): a tie of a kind and municipality the other household does not have moves; of two ties of the same kind
 * to the same municipality (matching reads one: registration refuses two), the kept household's stays, unless only
 * the merged household's was verified by an officer — then that one moves and the kept household's is dropped.
 */
export function mergedTies(kept: readonly MergingTie[], merged: readonly MergingTie[]): { readonly move: string[]; readonly drop: string[] } {
  const keptByKey = new Map(kept.map((t) => [`${t.kind}\u0001${t.municipalityCode}`, t]));
  const move: string[] = [];
  const drop: string[] = [];
  for (const tie of merged) {
    const same = keptByKey.get(`${tie.kind}\u0001${tie.municipalityCode}`);
    if (!same) move.push(tie.id);
    else if (tie.status === 'verified' && same.status !== 'verified') {
      move.push(tie.id);
      drop.push(same.id);
    } else drop.push(tie.id);
  }
  return { move, drop };
}
