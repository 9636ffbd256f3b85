/**
 * A household's data export (issue 16, "The data subject's rights"): everything the service stores about one
 * household, for the people it is about — AVG/GDPR art. 15 (the right of access: the data, what is done with it,
 * who received it) and art. 20 (in a structured, commonly used, machine-readable format). One definition for the API
 * (which gathers and serves it), the web app (which shows it readably and offers the JSON file) and the tests.
 *
 * Dates are ISO 8601 strings: calendar days `YYYY-MM-DD`, moments in UTC. Codes are the vocabulary's own (ISCO-08
 * occupations, CEFR levels, ISO 639 languages, CBS municipality codes); the readable page names them.
 * Not in it: other households (a run's explanation names only this household's own outcome and its reasons), and the
 * names of staff (who read or changed the case is said by role and account id, as the audit trail keeps it).
 */

import type { NotificationKind, NotificationParams } from './notifications.js';

/** Name and version of the format: a reader of an export knows what it holds. Version 1: issue 16. */
export const DATA_EXPORT_FORMAT = { name: 'newcomer-matching/household-data', version: 1 } as const;

/** One member of the household, as registered. */
export interface ExportedMember {
  readonly position: number;
  readonly fullName: string | null;
  readonly birthYear: number;
  readonly role: string;
  readonly gender: string | null;
  /** ISCED 2011 level 0–8, or null when not known. */
  readonly educationLevel: number | null;
  readonly workExperienceYears: number;
  readonly aspirations: readonly string[];
  /** ISCO-08 codes, in the order given. */
  readonly professions: readonly string[];
  readonly languages: readonly { readonly language: string; readonly cefr: string }[];
}

/** A tie to a place (family, a job contract, a study place), with what an officer recorded when checking it. */
export interface ExportedTie {
  readonly kind: string;
  readonly municipalityCode: string;
  readonly description: string | null;
  readonly status: string;
  readonly firstDegree: boolean;
  readonly liveNear: boolean;
  readonly verifiedAt: string | null;
  readonly verificationNote: string | null;
}

/** A proposal made to the household, with both sides' answers and what an officer decided. */
export interface ExportedProposal {
  readonly id: string;
  readonly roundId: string;
  readonly period: string;
  readonly municipalityCode: string;
  readonly status: string;
  readonly persons: number;
  readonly homeBand: string;
  readonly respondBy: string;
  readonly municipalityResponse: string | null;
  readonly municipalityReason: string | null;
  readonly newcomerResponse: string | null;
  readonly newcomerReason: string | null;
  readonly reviewOutcome: string | null;
  readonly reviewNote: string | null;
  readonly withdrawnReason: string | null;
  readonly expectedMoveIn: string | null;
  readonly housedOn: string | null;
  readonly createdAt: string;
}

/** A run of the optimiser that considered the household: where it placed it (or not) and why, as stored then. */
export interface ExportedRun {
  readonly runId: string;
  readonly roundId: string;
  readonly roundName: string;
  readonly period: string;
  readonly at: string;
  /** The run's status (succeeded, timed_out …) and whether its answer was published as proposals. */
  readonly status: string;
  readonly published: boolean;
  /** CBS code of the municipality the run placed the household in; null: not placed in that run. */
  readonly municipalityCode: string | null;
  /** The outcome in words, in the export's language (the same text the household's page shows). */
  readonly outcome: string;
  /** The stored explanation (codes and parameters; matching/explain/types.ts), so the words can be checked. */
  readonly explanation: unknown;
  /** SHA-256 of the run's input and the core's version: the run can be repeated and compared. */
  readonly inputHash: string | null;
  readonly matchingVersion: string | null;
}

/** One event in the case's history or access log (audit trail), by role and account, never by name. */
export interface ExportedEvent {
  readonly at: string;
  readonly action: string;
  readonly actorRole: string;
  readonly actorAccountId: string | null;
  /** What changed (the audit trail's before and after); null for a read. */
  readonly before: unknown;
  readonly after: unknown;
}

/** A message written to one of the household's accounts (the in-app list and, where sent, the e-mail). */
export interface ExportedNotification {
  /** The e-mail address of the account it was written to (each newcomer account of the household gets its own copy). */
  readonly account: string;
  readonly kind: NotificationKind;
  /** The proposal it is about; null: about the household or a round. */
  readonly proposalId: string | null;
  readonly params: NotificationParams;
  readonly createdAt: string;
  readonly readAt: string | null;
  readonly emailState: string | null;
}

/** Everything stored about one household (see the file comment). */
export interface HouseholdDataExport {
  readonly format: typeof DATA_EXPORT_FORMAT;
  readonly madeAt: string;
  /** The language of the texts in it (`outcome`s). */
  readonly locale: string;
  readonly household: {
    readonly id: string;
    readonly reference: string;
    readonly status: string;
    readonly permitDate: string;
    readonly receptionLocation: string;
    readonly urgency: string;
    readonly preferredSetting: string;
    readonly preferenceWeights: unknown;
    readonly careNeeds: readonly string[];
    readonly accessibilityNeeds: readonly string[];
    readonly medicalNotes: string | null;
    /** Kept apart and never used in a score (README "Protected traits"); here because they are stored. */
    readonly protectedTraits: { readonly nationality: string | null; readonly originRegion: string | null } | null;
    /** The place in the queue (1 = first) its newcomers were last told of, or recorded at a round; null: none yet (the position notice's reference). */
    readonly toldPosition: number | null;
    readonly registeredAt: string;
    readonly updatedAt: string;
    readonly members: readonly ExportedMember[];
    readonly ties: readonly ExportedTie[];
  };
  readonly accounts: readonly { readonly email: string; readonly createdAt: string; readonly locale: string; readonly emailNotifications: boolean; readonly disabled: boolean }[];
  readonly proposals: readonly ExportedProposal[];
  readonly runs: readonly ExportedRun[];
  /**
   * The messages written to its accounts: what each was about (`proposalId`, and `params`, e.g. the two places of a
   * `position_changed`: matching/vocabulary/notifications.ts), when, whether read, and where its e-mail is.
   */
  readonly notifications: readonly ExportedNotification[];
  /** Changes to the case (registration, corrections, preferences, tie checks, proposals' events), oldest first. */
  readonly history: readonly ExportedEvent[];
  /** Who of the staff opened the case, and when (`household.view`; `household.view_medical` when the medical notes were shown). */
  readonly accessLog: readonly ExportedEvent[];
}

/**
 * Whether `value` is an export of this format and version (what a reader checks before it trusts the shape): the
 * format's name and version, and the parts every export has.
 */
export function isHouseholdDataExport(value: unknown): value is HouseholdDataExport {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Record<keyof HouseholdDataExport, unknown>>;
  const format = v.format as { name?: unknown; version?: unknown } | undefined;
  return (
    format?.name === DATA_EXPORT_FORMAT.name &&
    format.version === DATA_EXPORT_FORMAT.version &&
    typeof v.household === 'object' &&
    v.household !== null &&
    (['accounts', 'proposals', 'runs', 'notifications', 'history', 'accessLog'] as const).every((part) => Array.isArray(v[part]))
  );
}
