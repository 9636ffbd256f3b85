import { randomUUID } from 'node:crypto';
import { DomainError, type FieldProblem } from '#common/domain-error.js';
import type { HouseholdTieEntity } from '#persistence/entities/index.js';
import type { NewTie } from '#persistence/repositories/household.repository.js';
import type { Viewer } from '../auth/viewer.js';
import type { HouseholdTieInput } from './dto/register-household.input.js';

/** The stored fields of a tie that decide whether a correction left it as it was, and its verification. */
export type StoredTie = Pick<
  HouseholdTieEntity,
  'id' | 'kind' | 'municipalityCode' | 'description' | 'status' | 'firstDegree' | 'liveNear' | 'verifiedBy' | 'verifiedAt' | 'verificationNote'
>;

/** The ties to store, and the ones this change verifies (each audited as `household.tie_verify`, `before` null for a new tie). */
export interface PlannedTies {
  readonly ties: readonly NewTie[];
  readonly verified: readonly { readonly before: StoredTie | null; readonly after: NewTie & { readonly id: string } }[];
}

/**
 * Who vouches for the ties a registration or a correction stores (issue 10, "hard ties with evidence"):
 *
 * - A tie sent as it is stored (same kind, municipality, description and family fields) is the same tie: it keeps
 *   its id and its status, so an unrelated edit never downgrades a verified tie. A tie that is new or changed is
 *   a new tie.
 * - A newcomer's new or changed tie is `declared`. A newcomer may not send `verificationNote` (FORBIDDEN).
 * - An officer's new or changed tie is `verified` by that officer now, with the officer's `verificationNote`,
 *   which is then required for every kind (BAD_USER_INPUT naming `ties[i].verificationNote`): an officer who
 *   registers a tie vouches for it, and the note says what evidence was seen (a contract, an enrolment, a
 *   family record; for a community tie, what the household showed or said at intake). An officer's unchanged
 *   tie keeps its status, or is verified anew when the officer gives a note for it.
 * - `firstDegree` and `liveNear` are for family ties only (BAD_USER_INPUT naming `ties[i].firstDegree` or
 *   `ties[i].liveNear` on any other kind).
 *
 * `stored` is empty for a registration. `now` is the verification time. Throws DomainError on the rules above,
 * naming every problem at once.
 */
export function planTies(inputs: readonly HouseholdTieInput[], stored: readonly StoredTie[], author: Pick<Viewer, 'role' | 'accountId'>, now: Date): PlannedTies {
  const officer = author.role === 'officer';
  const noted = inputs.findIndex((t) => t.verificationNote != null);
  if (!officer && noted >= 0) throw DomainError.forbidden(`ties[${noted}].verificationNote: only an officer verifies a tie`);
  const problems: FieldProblem[] = [];
  inputs.forEach((tie, i) => {
    if (tie.kind === 'family') return;
    if (tie.firstDegree) problems.push({ field: `ties[${i}].firstDegree`, message: 'is for family ties only' });
    if (tie.liveNear) problems.push({ field: `ties[${i}].liveNear`, message: 'is for family ties only' });
  });
  const unused = [...stored].sort((a, b) => a.id.localeCompare(b.id));
  const ties: NewTie[] = [];
  const verified: { before: StoredTie | null; after: NewTie & { id: string } }[] = [];
  inputs.forEach((input, i) => {
    const fields = tieFields(input);
    const at = unused.findIndex((s) => sameTie(s, fields));
    const same = at >= 0 ? unused.splice(at, 1)[0] : null;
    const note = input.verificationNote ?? null;
    if (officer && note !== null) {
      const after = { ...fields, id: same?.id ?? randomUUID(), status: 'verified' as const, verifiedBy: author.accountId, verifiedAt: now, verificationNote: note };
      ties.push(after);
      verified.push({ before: same, after });
    } else if (same) {
      ties.push({ ...fields, id: same.id, status: same.status, verifiedBy: same.verifiedBy, verifiedAt: same.verifiedAt, verificationNote: same.verificationNote });
    } else if (officer) {
      problems.push({ field: `ties[${i}].verificationNote`, message: 'an officer registers a tie as verified: write what evidence you saw' });
    } else {
      ties.push({ ...fields, status: 'declared', verifiedBy: null, verifiedAt: null, verificationNote: null });
    }
  });
  if (problems.length) throw DomainError.badInput(problems);
  return { ties, verified };
}

type TieFields = Pick<NewTie, 'kind' | 'municipalityCode' | 'description' | 'firstDegree' | 'liveNear'>;

function tieFields(input: HouseholdTieInput): TieFields {
  const description = input.description?.trim() || null;
  const family = input.kind === 'family';
  return {
    kind: input.kind,
    municipalityCode: input.municipalityCode,
    description,
    firstDegree: family && (input.firstDegree ?? false),
    liveNear: family && (input.liveNear ?? false),
  };
}

/** Same kind, municipality, description (trimmed; empty is none) and family fields. */
function sameTie(stored: StoredTie, tie: TieFields): boolean {
  return (
    stored.kind === tie.kind &&
    stored.municipalityCode === tie.municipalityCode &&
    (stored.description?.trim() || null) === tie.description &&
    stored.firstDegree === tie.firstDegree &&
    stored.liveNear === tie.liveNear
  );
}

/** What the audit trail records of a tie's verification (`before`/`after` of `household.tie_verify`). */
export function tieAuditState(tie: Pick<StoredTie, 'id' | 'kind' | 'municipalityCode' | 'status' | 'verificationNote'>) {
  return { tieId: tie.id, kind: tie.kind, municipalityCode: tie.municipalityCode, status: tie.status, verificationNote: tie.verificationNote };
}
