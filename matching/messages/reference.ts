/**
 * The reference of every message code's parameters: what each parameter of a code means, with its unit. The API's
 * `Reason.params`, `Statement.params` and stored explanations carry these as JSON; `docs/message-parameters.md` is
 * generated from `MESSAGE_PARAMS` and the meanings below (`messageReference`), and a test fails when it is stale or
 * when a parameter has no meaning.
 *
 * Why a document and not GraphQL types: a code's parameters depend on the code (about 150 shapes, more as readers
 * gain codes); one GraphQL type per code would bloat the schema for no client that branches on them, while every
 * reader already gets the rendered text beside the code. The JSON stays as stored; this page says what it holds.
 */
import { MESSAGE_PARAMS, MESSAGE_READER } from './codes.js';

/** What a parameter means wherever it appears, unless `CODE_PARAM_MEANINGS` says otherwise for a code. */
export const PARAM_MEANINGS: Readonly<Record<string, string>> = {
  adults: 'number of adults in the household concerned',
  ahead: 'number of households ahead in the queue (of the same home band, or more urgent)',
  aheadOfYou: 'number of households like this one (same home band) ahead in the queue',
  aspiration: 'what the member wants to do (Aspiration code, e.g. any_work)',
  band: 'home band code (homes_1_2, homes_3_4, homes_5_plus); rendered as a label',
  binding: 'the resources that were full there: list of { resource, used, capacity, needed } (homes or person places)',
  capacity: 'free amount of the resource there (homes, or person places)',
  children: 'number of children of the age the school serves',
  code: 'the filter code an officer’s pin overrode (e.g. filter.care_unavailable)',
  count: 'number of things the sentence counts (employers, organisations, schemes, households, or new messages in an e-mail), a whole number',
  current: 'position in the queue now (1 = first)',
  educationLevel: 'ISCED 2011 level 0–8 of the member',
  minutes: 'how many minutes the link of a password-reset e-mail works (RESET_BY_EMAIL_MINUTES), a whole number',
  expectedMoveIn: 'the day the household is expected to move in (YYYY-MM-DD); rendered as a long date',
  exact: '“yes” when the low and high estimate are equal, else “no” (derived)',
  fit: 'fit (0–1) at the place the sentence is about: the mean of the combined criterion scores of the household and the households linked to it, no other term; null when not recorded (explanations stored before fits were)',
  fitKnown: '“yes” when `fit` is recorded, else “no” (derived)',
  fitHigher: '“yes” when the fit at the place (`fit`) is strictly higher than at the outcome (`outcomeFit`), “no” when not, “unknown” when either is not recorded (derived)',
  ownFit: 'this household’s own fit (0–1) at the place it got, when it is one of linked households; null when not known',
  ownFitKnown: '“yes” when `ownFit` is recorded, else “no” (derived)',
  fits: 'true when the place the household got is one of those that fit it (false for an officer’s pin that overrides a filter)',
  fitting: 'number of municipalities that fit the household in this round: its needs, the reach of its hard ties, a home of its band and enough person places free in the round’s capacity for this period, no officer’s forbid; null when not recorded',
  fittingKnown: '“yes” when `fitting` is recorded, else “no” (derived)',
  freeInReach: 'the most of the resource free in one municipality within reach',
  from: 'urgency before the change (Urgency code)',
  group: 'ISCO-08 group code (1–3 digits) that matched; rendered as its title',
  hidden: '“yes” when the count is below the k-anonymity threshold and not shown, else “no”',
  hiddenHouseholds: 'number of households in fairness groups that are not shown (below the k-anonymity threshold, or hidden with them)',
  high: 'upper estimate (rounds or months, as the code says)',
  household: 'household id (not shown to readers)',
  households: 'household ids of the linked households (not shown to readers)',
  institution: 'kind of institution: mbo, hbo or university; rendered as a label',
  isco: 'ISCO-08 code (4 digits) of the member’s profession; rendered as its title',
  isOption: 'true when the municipality was one of the household’s compared options',
  linked: 'how many households were placed together as one unit (1, or the linked households); the fits in the sentence are their mean',
  kind: 'kind of tie or preferred place (TieKind or best_score); rendered as a label',
  km: 'distance in km between municipality centres',
  language: 'language code (ISO 639-1, else ISO 639-3); rendered as the language’s name',
  listed: 'ISCO-08 code the municipality listed (1–4 digits); rendered as its title',
  low: 'lower estimate (rounds or months, as the code says)',
  mean: 'households like this one placed per round, on average (may have a fraction)',
  member: 'the member’s number in the household, from 1',
  minGroupSize: 'smallest group the fairness report flags, in households',
  moved: 'number of places moved in the queue',
  municipalities: 'number of municipalities the sentence counts',
  municipality: 'CBS code of the municipality the sentence is about; rendered as its name',
  name: 'name of the municipality’s contact person for the proposal',
  need: 'care or accessibility need code (CareNeed, AccessibilityNeed); rendered as a label',
  needed: 'amount of the resource the household needs (homes or person places)',
  needs: 'list of the household’s care and accessibility need codes; rendered as labels',
  netValueOutcome: 'net placement value of the place the household got under the run’s capacity prices; 0 when not placed',
  netValueThere: 'net placement value the alternative would have had under the run’s capacity prices: its placement value minus the prices of the resources the household would use there',
  ofTotal: 'number of households in the queue',
  options: 'number of the fitting municipalities kept as options for the solver (the round’s maxOptions cut-off plus tie places): not a count of the places that fit',
  outcomeFit: 'fit (0–1) at the place the household got, as `fit`; null when not placed or not recorded',
  outcomeFitKnown: '“yes” when `outcomeFit` is recorded, else “no” (derived)',
  outcomeValue: 'placement value of the place the household got, as `value`',
  perRound: 'households placed (or arriving) per round, on average, as a whole number (perRoundCount: rounded; 0 means fewer than one)',
  persons: 'number of persons the home must hold',
  pinned: 'CBS code of the municipality an officer pinned the household to; rendered as its name',
  placedShare: 'share (0–1) of the placed households that needed this home band; rendered as a percentage',
  points: 'percentage points below the cohort a group must be to be flagged',
  position: 'position in the queue (1 = first)',
  preferred: 'preferred setting code (urban, suburban, rural); rendered as a label',
  previous: 'position in the queue after the previous round (1 = first)',
  priceExceedsGain: 'true when the prices of the full resources there exceeded what moving there would have gained',
  proposal: 'status of the household’s proposal (ProposalStatus code)',
  rank: 'rank of the place the household got by placement value among the municipalities that fit it (1 = best); among its compared options when `fitting` is not recorded',
  reach: 'how to reach the contact person: their e-mail address and/or phone number, as a list',
  reachKm: 'reach of the verified hard tie, km between municipality centres',
  reasons: 'the filter reasons that ruled the place out: list of { code, params }',
  respondBy: 'the last day to answer the proposal (YYYY-MM-DD); rendered as a long date',
  resource: 'resource code (persons or a home band); rendered as a label',
  rounds: 'number of rounds',
  roundsObserved: 'number of past rounds the estimate is based on',
  sameBand: 'number of households of the same home band ahead in the queue',
  status: 'tie status: declared (the newcomer said so) or verified (an officer checked it)',
  threshold: 'the k-anonymity threshold: counts below it are hidden',
  tiePlace: 'CBS code of the tie’s municipality; rendered as its name',
  tiePlaces: 'CBS codes of the municipalities of two or more verified hard ties whose areas do not overlap (never fewer than two); rendered as a list of names',
  to: 'urgency after the change (Urgency code)',
  total: 'number of municipalities in the round',
  urbanisation: 'CBS urbanisation class of the municipality, 1 (very strongly urban) to 5 (not urban)',
  urgency: 'urgency code (medical, social); rendered as a label',
  used: 'amount of the resource already taken there (from `binding[0]`, derived)',
  value: 'placement value of the place the sentence is about: the household’s term in the objective (value of placing at all + priority + stability bonus + fit), summed over linked households; it ranks the options; not a fit',
  youAnswered: '“yes” when the newcomer has answered the proposal, else “no”',
};

/** Meanings that differ for one code (`<code>` → parameter → meaning). */
export const CODE_PARAM_MEANINGS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'fairness.group': {
    dimension: 'what the fairness breakdown groups by (gender, sizeBand, ageBand, originRegion)',
    group: 'the group as stored: a gender, a home band, an age band such as 18-24, or an origin region (free text as registered)',
    stated: '“no” when the group is “not stated” (unknown), else “yes”',
  },
  'fairness.suppressed': {
    dimension: 'the fairness breakdown with hidden groups (gender, sizeBand, ageBand, originRegion)',
  },
  'explain.alt_capacity': { capacity: 'capacity of the resource there in this round (from `binding[0]`, derived)' },
  'name.isco_official': { nl: 'the official Dutch title of an ISCO-08 group (ESCO)', en: 'the official English title of an ISCO-08 group (ESCO)' },
  'queue.status': { status: 'the household’s status (HouseholdStatus code)' },
  'unit.pin_conflict': { municipalities: 'CBS codes of the municipalities the linked households were pinned to; rendered as names' },
  'wait.driver.hard_tie_reach': { municipalities: 'number of municipalities within reach of this one tie (its own municipality and those at most reachKm km away; 0 only when its municipality does not take part)' },
  'wait.driver.hard_need_limits_places': { municipalities: 'number of municipalities that have the need', total: 'number of municipalities in the round' },
  // H4 (issue 11, the newcomer's waiting status)
  'wait.estimate.basis': {
    total: 'households like this one (same home band, placed where it fits) placed in all the rounds observed together (a whole number)',
    reason: 'why there is no estimate (noEstimateReason): none (there is one), no_history, no_recent_placements, urgent_take_all, no_free_home_now, no_home_of_band, no_municipality_meets_needs, no_municipality_in_reach or hard_tie_reaches_apart',
  },
  'wait.driver.large_home_scarce': { perRound: 'homes of the band offered per round in the fitting municipalities, on average, as a whole number (0 means fewer than one)' },
  'wait.driver.urgent_take_all': {
    urgentPerRound: 'urgent households of the band that joined ahead per round, on average, as a whole number (0 means fewer than one)',
    rounds: 'number of rounds observed',
  },
};

/** The meaning of `param` in `code`; undefined when none is written. A reader's key (`<code>.officer`) uses its code's. */
export function paramMeaning(code: string, param: string): string | undefined {
  const base = code.replace(/\.(officer|municipality)$/, '');
  return CODE_PARAM_MEANINGS[code]?.[param] ?? CODE_PARAM_MEANINGS[base]?.[param] ?? PARAM_MEANINGS[param];
}

/** Every (code, parameter) pair that has no meaning, as `code: param`. */
export function paramsWithoutMeaning(): string[] {
  return Object.entries(MESSAGE_PARAMS).flatMap(([code, params]) => params.filter((p) => paramMeaning(code, p) === undefined).map((p) => `${code}: ${p}`));
}

/** The Markdown reference of every message key: its reader and each parameter with its meaning, sorted by key. */
export function messageReference(): string {
  const lines = [
    '# Message codes and their parameters',
    '',
    'Generated from `MESSAGE_PARAMS` (matching/messages/codes.ts) and the meanings in matching/messages/reference.ts;',
    'do not edit by hand. Regenerate: `WRITE_MESSAGE_REFERENCE=1 npm test -- matching/messages/reference.spec.ts`.',
    '',
    'Every reason, verdict and statement the API returns carries a `code` and `params` (JSON). This page says what',
    'each parameter of each code means. A reader\'s key (`<code>.officer`, `<code>.municipality`) takes its code\'s',
    'parameters. Codes and ids in parameters are never shown to people: messages render them as names and labels.',
    '',
  ];
  for (const code of Object.keys(MESSAGE_PARAMS).sort()) {
    const params = MESSAGE_PARAMS[code];
    lines.push(`## \`${code}\``, '', `Reader: ${MESSAGE_READER[code]}.`, '');
    if (params.length === 0) lines.push('No parameters.', '');
    else {
      for (const param of params) lines.push(`- \`${param}\`: ${paramMeaning(code, param) ?? '(no meaning written)'}`);
      lines.push('');
    }
  }
  return lines.join('\n');
}
