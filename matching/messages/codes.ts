/**
 * Every code that has a message, with the parameters a message may use: the code's own parameters plus
 * context parameters the caller adds (documented below) and parameters `render` derives.
 *
 * Context parameters:
 * - scoring reasons and filters (`labour.*` … `filter.*`, `unit.*`): `municipality`, the municipality the
 *   breakdown or filter is about;
 * - the outcome (`explain.placed`, issue 11 HB): `pinned`, the CBS code of the officer's pin when the unit was placed
 *   there by it, else null; `linked`, how many households the unit has (its fits are their mean); `ownFit`, this
 *   household's own fit at the outcome (0–1, null when not known) — all from `householdView`;
 * - explanation verdicts: `linked` as above; `fitHigher` ('yes' | 'no' | 'unknown', derived by `render` from `fit`
 *   and `outcomeFit`);
 * - explanation verdicts: `municipality` of the alternative / preferred place, `kind` of a preferred place
 *   (family, community, job_contract, study_place, best_score); `resource`, `used`, `capacity` and `needed` are
 *   derived from `binding[0]`; `<p>Known` from a figure that may be null (`NULLABLE_FIGURES`);
 * - `wait.estimate.rounds|months`: `exact` ('yes' when low = high) is derived.
 * Unplaced reasons (`unplaced.*`, matching/explain/types.ts) are read by two readers: the newcomer's message is keyed
 * by the code, the officer's by `<code>.officer` (`readerMessageCode`, readers.ts). `tiePlace` (a tie's municipality) is
 * rendered as a municipality name, like `municipality`.
 * Labels (`label.<set>.<value>`) translate enumerated values that messages insert (needs, bands, urgency…).
 * A home band is a resource: `band` parameters are labelled from the `resource` set (`label.resource.homes_1_2`).
 */
import { ACCESSIBILITY_NEEDS, CARE_NEEDS, PREFERRED_SETTINGS } from '../model/types.js';
import { PREFERRED_PLACE_KINDS, RESOURCES, URGENCIES } from '../vocabulary/index.js';
import { EXPLAIN_CODES, UNPLACED_CATALOGUE, UNPLACED_CODES } from '../explain/types.js';
import { OTHERS_FIRST_CODES, OTHERS_FIRST_PARAMS } from '../explain/others-first.js';
import { REASON_CATALOGUE, REASON_CODES } from '../scoring/reasons.js';
import { SUPPORTING_CODES } from '../scoring/supporting.js';
import { WAITING_CATALOGUE, WAITING_CODES } from '../waiting/codes.js';
import { readerMessageCode, type Reader } from './readers.js';
import { FAIRNESS_MESSAGE_PARAMS } from '../rounds/fairness.js';
import { PROPOSAL_CATALOGUE, PROPOSAL_CODES, PROPOSAL_MUNICIPALITY_CODES } from './proposal-codes.js';
import { MAIL_CATALOGUE, MAIL_CODES, MAIL_NOTICE_CODES } from './mail-codes.js';

export const LABEL_SETS = {
  need: [...CARE_NEEDS, ...ACCESSIBILITY_NEEDS],
  urgency: [...URGENCIES],
  tie: [...PREFERRED_PLACE_KINDS],
  institution: ['mbo', 'hbo', 'university'],
  setting: [...PREFERRED_SETTINGS],
  resource: [...RESOURCES],
} as const satisfies Record<string, readonly string[]>;
export type LabelSet = keyof typeof LABEL_SETS;

/** Parameters whose values are translated through a label set (when inserted as plain text). */
export const LABELLED_PARAMS: Readonly<Record<string, LabelSet>> = {
  need: 'need', needs: 'need', band: 'resource', urgency: 'urgency', from: 'urgency', to: 'urgency',
  kind: 'tie', institution: 'institution', preferred: 'setting', resource: 'resource',
};

export const LABEL_CODES: readonly string[] = Object.entries(LABEL_SETS).flatMap(([set, values]) => values.map((v) => `label.${set}.${v}`));

const EXPLAIN_PARAMS: Readonly<Record<(typeof EXPLAIN_CODES)[number], readonly string[]>> = {
  'explain.placed': ['municipality', 'fit', 'value', 'rank', 'options', 'fitting', 'fits', 'isOption', 'pinned', 'linked', 'ownFit'],
  'explain.unplaced': ['options', 'fitting'],
  'explain.alt_capacity': ['binding', 'fit', 'outcomeFit', 'netValueThere', 'netValueOutcome', 'priceExceedsGain', 'municipality', 'resource', 'used', 'capacity', 'needed', 'kind', 'linked'],
  'explain.alt_room_available': ['fit', 'outcomeFit', 'netValueThere', 'netValueOutcome', 'municipality', 'kind', 'linked'],
  'explain.alt_not_higher': ['fit', 'outcomeFit', 'value', 'outcomeValue', 'municipality', 'kind', 'linked'],
  'explain.alt_pinned_elsewhere': ['pinned', 'municipality', 'kind'],
  'explain.preferred_chosen': ['municipality', 'kind'],
  'explain.preferred_filtered': ['reasons', 'municipality', 'kind'],
  'explain.preferred_not_option': ['pinned', 'municipality', 'kind'],
  'explain.preferred_unknown_municipality': ['municipality', 'kind'],
  'explain.preferred_within_reach': ['reachKm', 'fit', 'outcomeFit', 'value', 'outcomeValue', 'municipality', 'kind', 'linked'],
};

/**
 * Names made from several parts: `name.isco_official` is an ISCO-08 title in the reader's language from its official
 * titles, `nl` (Dutch, null-free) and `en` (English): Dutch for nl, English for en, and for ar and uk (no official
 * source) both, marked as the official titles (CLARIFICATIONS). Rendered by `iscoTitle` (isco-title.ts).
 */
export const NAME_PARAMS: Readonly<Record<string, readonly string[]>> = {
  'name.isco_official': ['nl', 'en'],
};

/**
 * Parameters `render` derives (see render.ts `prepare`): `exact` for wait estimates; `<p>Known` ('yes' | 'no') for a
 * figure `p` that may be null (a fit, or the fitting count of an explanation stored before it was counted), so a
 * message can leave out what is not known.
 */
const DERIVED: Readonly<Record<string, readonly string[]>> = {
  'wait.estimate.rounds': ['exact'],
  'wait.estimate.months': ['exact'],
  'explain.placed': ['fitKnown', 'fittingKnown', 'ownFitKnown'],
  'explain.unplaced': ['fittingKnown'],
  'explain.alt_capacity': ['fitKnown', 'outcomeFitKnown', 'fitHigher'],
  'explain.alt_room_available': ['fitKnown', 'outcomeFitKnown', 'fitHigher'],
  'explain.alt_not_higher': ['fitKnown', 'outcomeFitKnown', 'fitHigher'],
  'explain.preferred_within_reach': ['fitKnown', 'outcomeFitKnown', 'fitHigher'],
};

/** The figures that may be null in a stored explanation, each with its derived `<p>Known` parameter. */
export const NULLABLE_FIGURES: readonly string[] = ['fit', 'outcomeFit', 'fitting', 'ownFit'];

/** The newcomer's codes (keyed by the code itself) with the parameters their messages may use. */
const NEWCOMER_PARAMS: Readonly<Record<string, readonly string[]>> = Object.fromEntries([
  ...REASON_CODES.map((c) => [c, [...new Set([...REASON_CATALOGUE[c].params, 'municipality'])]] as const),
  ...EXPLAIN_CODES.map((c) => [c, [...EXPLAIN_PARAMS[c], ...(DERIVED[c] ?? [])]] as const),
  ...UNPLACED_CODES.map((c) => [c, UNPLACED_CATALOGUE[c]] as const),
  ...WAITING_CODES.map((c) => [c, [...WAITING_CATALOGUE[c], ...(DERIVED[c] ?? [])]] as const),
  ...OTHERS_FIRST_CODES.map((c) => [c, OTHERS_FIRST_PARAMS] as const),
  ...LABEL_CODES.map((c) => [c, []] as const),
  ...PROPOSAL_CODES.map((c) => [c, PROPOSAL_CATALOGUE[c]] as const),
  ...MAIL_CODES.map((c) => [c, MAIL_CATALOGUE[c]] as const),
  ...Object.entries(NAME_PARAMS),
]);

/**
 * Codes with a message for the officer (`<code>.officer`, readers.ts), in Dutch and English at least. Each takes the
 * parameters of its code. Codes outside this list have no officer message: render the newcomer's only where the
 * newcomer reads it.
 */
export const OFFICER_MESSAGE_CODES: readonly string[] = [
  ...UNPLACED_CODES,
  // Officer-only codes (no newcomer message), with their parameters in OFFICER_ONLY_PARAMS.
  ...Object.keys(FAIRNESS_MESSAGE_PARAMS),
  // issue 11, officer review (H1): every scoring reason, filter, unit note, verdict and outcome
  ...REASON_CODES,
  ...EXPLAIN_CODES,
  // issue 16: the notice of new messages (officers reset no password by e-mail)
  ...MAIL_NOTICE_CODES,
];

/** Parameters of the officer codes that have no newcomer message: the fairness report's texts (issue 11, H5). */
const OFFICER_ONLY_PARAMS: Readonly<Record<string, readonly string[]>> = { ...FAIRNESS_MESSAGE_PARAMS };
/**
 * Codes with a message for the municipality (`<code>.municipality`), in every language: the response deadline of a
 * proposal (H2), the scoring reasons that can argue for a proposal (`SUPPORTING_CODES`,
 * matching/scoring/supporting.ts), which `whyProposed` lists, and the e-mails (issue 16, mail-codes.ts).
 */
export const MUNICIPALITY_MESSAGE_CODES: readonly string[] = [...PROPOSAL_MUNICIPALITY_CODES, ...SUPPORTING_CODES, ...MAIL_CODES];

/** Every message key with the parameters its messages may use: the newcomer's codes and the other readers' keys. */
export const MESSAGE_PARAMS: Readonly<Record<string, readonly string[]>> = {
  ...NEWCOMER_PARAMS,
  ...Object.fromEntries(OFFICER_MESSAGE_CODES.map((c) => [readerMessageCode(c, 'officer'), NEWCOMER_PARAMS[c] ?? OFFICER_ONLY_PARAMS[c] ?? []])),
  ...Object.fromEntries(MUNICIPALITY_MESSAGE_CODES.map((c) => [readerMessageCode(c, 'municipality'), NEWCOMER_PARAMS[c] ?? []])),
};

/** The reader each message key addresses (for the completeness test: READER_LOCALES). */
export const MESSAGE_READER: Readonly<Record<string, Reader>> = {
  ...Object.fromEntries(Object.keys(NEWCOMER_PARAMS).map((k) => [k, 'newcomer' as const])),
  ...Object.fromEntries(OFFICER_MESSAGE_CODES.map((c) => [readerMessageCode(c, 'officer'), 'officer' as const])),
  ...Object.fromEntries(MUNICIPALITY_MESSAGE_CODES.map((c) => [readerMessageCode(c, 'municipality'), 'municipality' as const])),
};

export const MESSAGE_CODES: readonly string[] = Object.keys(MESSAGE_PARAMS);

/**
 * Parameters a code gained after explanations were already stored, with the value that was true of what was
 * stored before: a stored reason without them renders with these (never as its bare code). Ties had no status
 * before issue 10 and were all taken on the household's word, so they read as `declared` (the HardTies
 * migration marks the stored ties the same way).
 */
export const PARAMS_ADDED_LATER: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  'network.family_here': { status: 'declared' },
  'ties.distance': { status: 'declared' },
  'ties.unknown_location': { status: 'declared' },
  // Outcomes and verdicts gained `pinned` and `linked` when the texts learned to say "an officer chose this place" and
  // "the mean over the linked households". They are not stored: the API's renderers pass them from `householdView`
  // (which reads the stored notes). A caller with only the stored params reads the text as it was before: not pinned,
  // one household.
  'explain.placed': { pinned: null, linked: 1 },
  'explain.alt_capacity': { linked: 1 },
  'explain.alt_room_available': { linked: 1 },
  'explain.alt_not_higher': { linked: 1 },
};
