/**
 * Retention and erasure (issue 16, the data subject's rights; AVG/GDPR art. 5(1)(e) storage limitation and art. 17
 * right to erasure): one definition of when a case's personal data goes, and what an erasure keeps, for the
 * persistence (`ErasureRepository`), the API (the scheduled pass and the officer's erasure) and the tests.
 *
 * What an erasure removes, in one transaction: the members (names, birth years, genders, education, work experience,
 * aspirations, professions, languages), the ties (descriptions, evidence notes), the protected traits, the
 * household's medical notes, needs, reception location, preferences, urgency and link group; the household's
 * accounts with their notifications and access codes, and other accounts' notifications about its proposals; the
 * proposals' free texts (reasons, review notes, withdrawal reasons: stored as `ERASED_TEXT`) and contact details;
 * the before/after of every audit event about the household, its proposals, accounts and access codes (the events
 * themselves stay: who did what when); the household's entry in every round's frozen model (`round_snapshot`); and
 * of its stored explanation in every run (`run_assignment.explanation`) everything but the outcome
 * (matching/explain/erased.ts).
 *
 * What it keeps, because it is no longer about a person it can be tied to, and because figures and rights depend on
 * it: the case reference and id, the status, the permit date (the queue right), the proposals' municipality,
 * period, persons, home band, status and dates (capacity used and the taakstelling counted), each round's queue
 * (`round_household`), each run's assignment (municipality, fit, the outcome of its explanation), the run's stored
 * figures and its input hash. A run of a round
 * with an erased household can no longer be repeated from the frozen model; its hash still proves which input it
 * had, for a copy kept elsewhere.
 */

/**
 * Why a case was erased: `retention` (the scheduled pass, `RETENTION_MONTHS_AFTER_PLACEMENT` after moving in) or
 * `request` (an officer, on the household's request, art. 17, with a reason).
 */
export const ERASURE_KINDS = ['retention', 'request'] as const;
export type ErasureKind = (typeof ERASURE_KINDS)[number];

/**
 * Months after moving in (the placed proposal's `housed_on`) after which the scheduled pass erases a case, unless
 * configured otherwise (`RETENTION_MONTHS_AFTER_PLACEMENT`). Not a figure from a law: the controller (COA) sets it in
 * its retention policy. Twelve months covers what the matching is used for after a move — an objection to the
 * decision (six weeks, Algemene wet bestuursrecht art. 6:7) and the municipality's questions in the first year —
 * and no more.
 */
export const RETENTION_MONTHS_AFTER_PLACEMENT = 12;

/**
 * Length, in characters after trimming, of the reason an officer gives for an erasure on request ("Request by
 * letter of 3 December 2026"): kept with the erasure in the audit trail, so it must say something and must not
 * hold the personal data it erases — no names.
 */
export const ERASURE_REASON_LENGTH = { min: 3, max: 300 } as const;

/**
 * What an erased free text (a proposal's reason, review note or withdrawal reason) is stored as: the empty string,
 * because the database requires a reason wherever a decline, contest or withdrawal is recorded. Readers show
 * nothing for it.
 */
export const ERASED_TEXT = '';

/**
 * The last move-in date (YYYY-MM-DD) whose case the pass of `today` (YYYY-MM-DD, a Dutch calendar day) erases:
 * `today` minus `months` calendar months, on the same day of the month, or the month's last day when it has fewer
 * days (31 March minus one month is 28 or 29 February). A case moved in on that day or before is due.
 * @throws RangeError when `months` is not a whole number ≥ 0 or `today` is not a date.
 */
export function retentionCutoff(today: string, months: number = RETENTION_MONTHS_AFTER_PLACEMENT): string {
  if (!Number.isInteger(months) || months < 0) throw new RangeError(`months must be a whole number ≥ 0, got ${months}`);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(today);
  if (!match) throw new RangeError(`today must be a date YYYY-MM-DD, got ${today}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const index = year * 12 + (month - 1) - months;
  const [y, m] = [Math.floor(index / 12), index % 12];
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}
