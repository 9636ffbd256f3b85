import { parse, type OperationDefinitionNode, type FieldNode } from 'graphql';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';
import { CALLERS, householdId, tokensByCaller, type Caller } from './support/auth-helpers.js';
import { waitForRun } from './support/rounds.js';
import { subscribeToEnd, wsClient } from './support/subscriptions.js';
import { periodOf } from '#api/common/period.js';

const CURRENT_PERIOD = periodOf(new Date());

/*
 * ACCESS MATRIX — every query, mutation and subscription × every caller.
 *
 * One entry per root operation, keyed `query.<name>`, `mutation.<name>` or `subscription.<name>` (run over WebSocket). Each entry lists one or more
 * cases: an example document, its variables (built from the fixtures below) and the expected outcome
 * per caller:
 *   'ok'              → no errors and a non-null result
 *   'UNAUTHENTICATED' → no token on a non-public operation
 *   'FORBIDDEN'       → the role may not, or the record is someone else's
 *   any other code    → that error code (e.g. 'NOT_FOUND' for an officer asking for a missing id)
 *   'field <code>'    → the operation answered, but a nullable field in it was refused with that code (null there)
 *
 * The callers are the demo accounts: municipality = amsterdam@demo.local (GM0363), newcomer =
 * newcomer@demo.local (owns HH-000001). `fx.otherHousehold` belongs to newcomer2, `fx.missingHousehold`
 * does not exist: a newcomer must get the same FORBIDDEN for both (no NOT_FOUND leak).
 *
 * Adding an operation? Add an entry here. The completeness test below reads the schema and fails for
 * every operation without an entry (and for every entry naming an operation that no longer exists).
 */

type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'field UNAUTHENTICATED' | 'field FORBIDDEN';
type Expectations = Record<Caller, Outcome>;

interface Fixtures {
  readonly ownHousehold: string;
  readonly otherHousehold: string;
  readonly missingHousehold: string;
  readonly ownMunicipality: string;
  readonly otherMunicipality: string;
  /** An account the admin may disable/enable freely (not one of the demo callers). */
  readonly spareAccount: string;
  /** A tie of a waiting household registered for the matrix (an officer may verify it again and again). */
  readonly tie: string;
  /** A fresh value per call, for unique e-mail addresses. */
  unique(): string;
  /** A draft round (cohort of 10) with a succeeded run. */
  readonly draftRound: string;
  readonly draftRun: string;
  readonly draftHousehold: string;
  /** A published round whose run proposed ownHousehold to ownMunicipality and otherHousehold elsewhere. */
  readonly publishedRun: string;
  readonly ownProposal: string;
  /** otherHousehold's proposal, contested by its newcomer: awaiting an officer's review. */
  readonly contestedProposal: string;
}

export interface AccessCase {
  /** Shown in the test name when an operation has several cases. */
  readonly title?: string;
  readonly document: string;
  readonly variables?: (fx: Fixtures) => Record<string, unknown>;
  readonly expect: Expectations;
}

/** Shorthands for common rows. */
const onlyFor = (...allowed: Exclude<Caller, 'anonymous'>[]): Expectations => ({
  anonymous: 'UNAUTHENTICATED',
  admin: allowed.includes('admin') ? 'ok' : 'FORBIDDEN',
  officer: allowed.includes('officer') ? 'ok' : 'FORBIDDEN',
  municipality: allowed.includes('municipality') ? 'ok' : 'FORBIDDEN',
  newcomer: allowed.includes('newcomer') ? 'ok' : 'FORBIDDEN',
});
/** A refusal of a nullable field: the operation answers, that field is null with the error (`field FORBIDDEN`). */
const fieldOnly = (e: Expectations): Expectations =>
  Object.fromEntries(Object.entries(e).map(([caller, o]) => [caller, o === 'FORBIDDEN' || o === 'UNAUTHENTICATED' ? `field ${o}` : o])) as Expectations;
const everyone: Expectations = { anonymous: 'ok', admin: 'ok', officer: 'ok', municipality: 'ok', newcomer: 'ok' };
/** A public operation that answers every caller with the same outcome (e.g. a refusal of the input, whoever sends it). */
const allAnswer = (outcome: Outcome): Expectations => ({ anonymous: outcome, admin: outcome, officer: outcome, municipality: outcome, newcomer: outcome });

const year = new Date().getUTCFullYear();
const HOUSEHOLD_INPUT = {
  permitDate: '2026-02-01',
  receptionLocation: 'AZC Budel',
  preferredSetting: 'URBAN',
  members: [{ fullName: 'Matrix Applicant', birthYear: year - 30, role: 'APPLICANT', workExperienceYears: 3, professions: ['2161'], languages: [{ language: 'ar', cefr: 'B1' }] }],
  ties: [],
};
const PROFILE_INPUT = {
  labourMarket: { shortageOccupations: ['2161'], sectors: ['ICT'], employersOpenToNewcomers: [] },
  networks: { communities: [], selfOrganisations: [], buddySchemes: [] },
  services: { hospital: true, mentalHealthCare: false, primarySchools: true, secondarySchools: true, mbo: true, hbo: false, university: false, dutchLanguageCourses: true, accessibleHomes: false },
  whatToExpect: 'Matrix test profile.',
  priorities: { wantedOccupations: [], statement: null },
};
const CAPACITY_INPUT = { persons: 100, homes1to2: 40, homes3to4: 10, homes5plus: 2 };

const CORRECT_PROFILE = `mutation($id: ID!) { correctHouseholdProfile(id: $id, input: { members: [{ birthYear: ${year - 40}, role: APPLICANT, languages: [{ language: "nl", cefr: "A2" }] }] }) { id } }`;
const VERIFY_TIE = 'mutation($id: ID!) { verifyTie(tieId: $id, note: "Family record seen") { id ties { status } } }';
const HOUSEHOLD_QUERY = 'query($id: ID!) { household(id: $id) { id reference } }';
const UPDATE_PREFERENCES = 'mutation($id: ID!) { updateHouseholdPreferences(id: $id, input: { preferredSetting: RURAL }) { id } }';
const PUBLISH = 'mutation($code: String!, $input: PublishProfileInput!) { publishMunicipalityProfile(code: $code, input: $input) { version } }';
const SET_ARRANGEMENTS = 'mutation($id: ID!) { setProposalArrangements(proposalId: $id, input: { contact: { name: "Matrix Contact", email: "contact@gemeente.nl" } }) { id contact { name } } }';
/** Every field of ProposalShared: what every reader may select without an error. */
const SHARED_PROPOSAL_FIELDS =
  'id municipalityCode period persons homeBand status municipalityResponse municipalityReason municipalityRespondedAt newcomerResponse newcomerRespondedAt reviewOutcome ' +
  'withdrawnAt withdrawnReason expiredAt housedOn respondBy contact { name email phone } expectedMoveIn createdAt updatedAt';
const SET_CAPACITY = 'mutation($code: String!, $input: SetCapacityInput!) { setCapacity(code: $code, period: "2027-H1", input: $input) { persons } }';

export const ACCESS_MATRIX: Record<string, readonly AccessCase[]> = {
  // ── Public reference data ────────────────────────────────────────────────────────────────────────
  // What is public (SECURITY.md "What is public", issue 14): the published self-profile for anyone; the profile
  // history, capacity figures and used counters for officers and the municipality itself (GM0363 is the caller's own).
  // (Through `municipalities` the same field rules hold per municipality; the list is too costly for an anonymous
  // budget with profiles, so the rows below read one municipality.)
  'query.municipalities': [{ document: '{ municipalities(filter: { province: "Utrecht" }) { code name } }', expect: everyone }],
  'query.municipality': [
    { title: 'published profile', document: '{ municipality(code: "GM0363") { code profile { version whatToExpect labourMarket { sectors } } } }', expect: everyone },
    ...(['GM0363', 'GM0344'] as const).flatMap((code) => {
      const allowed = code === 'GM0363' ? onlyFor('officer', 'municipality') : onlyFor('officer');
      const whose = code === 'GM0363' ? 'own' : 'another';
      return [
        { title: `profile history (${whose})`, document: `{ municipality(code: "${code}") { profileVersions { version isDemo } } }`, expect: allowed },
        { title: `capacities with used counters (${whose})`, document: `{ municipality(code: "${code}") { capacities { period persons usedPersons usedHomes1to2 } } }`, expect: allowed },
        // `capacity` may be null, so a refusal leaves the rest of the answer: the field alone is refused
        {
          title: `one period’s capacity with used counters (${whose})`,
          document: `{ municipality(code: "${code}") { code capacity(period: "${CURRENT_PERIOD}") { persons homes1to2 usedPersons usedHomes1to2 warnings { code } } } }`,
          expect: fieldOnly(allowed),
        },
      ];
    }),
  ],
  'query.occupations': [{ document: '{ occupations(search: "2161") { code } }', expect: everyone }],
  'mutation.syncMunicipalities': [
    { title: 'the seed list already applied: no change', document: 'mutation { syncMunicipalities { changes unchanged } }', expect: onlyFor('admin') },
  ],
  'query.occupation': [{ document: '{ occupation(code: "2161") { title } }', expect: everyone }],
  'query.cefrLevels': [{ document: '{ cefrLevels { code } }', expect: everyone }],
  'query.iscedLevels': [{ document: '{ iscedLevels { level } }', expect: everyone }],

  // ── Accounts ─────────────────────────────────────────────────────────────────────────────────────
  'mutation.login': [
    {
      document: 'mutation { login(email: "newcomer2@demo.local", password: "demo-password-2026") { token } }',
      expect: everyone,
    },
  ],
  'query.me': [{ document: '{ me { id role } }', expect: onlyFor('admin', 'officer', 'municipality', 'newcomer') }],
  'query.accounts': [{ document: '{ accounts { email } }', expect: onlyFor('admin') }],
  'query.accountCount': [{ document: '{ accountCount }', expect: onlyFor('admin') }],
  'mutation.createAccount': [
    {
      document: 'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }',
      variables: (fx) => ({ input: { email: `matrix-${fx.unique()}@test.local`, password: 'a-long-test-password', role: 'MUNICIPALITY', municipalityCode: 'GM0344' } }),
      expect: onlyFor('admin'),
    },
  ],
  'mutation.inviteHousehold': [
    {
      title: 'a letter for another newcomer’s household (a reset: it has an account)',
      document: 'mutation($h: ID!) { inviteHousehold(input: { householdId: $h, locale: NL }) { purpose } }',
      variables: (fx) => ({ h: fx.otherHousehold }),
      expect: onlyFor('officer'),
    },
  ],
  'mutation.inviteMunicipalityStaff': [
    {
      document: 'mutation($email: String!) { inviteMunicipalityStaff(input: { municipalityCode: "GM0344", email: $email, locale: NL }) { purpose } }',
      variables: (fx) => ({ email: `matrix-staff-${fx.unique()}@test.local` }),
      expect: onlyFor('admin', 'officer'),
    },
  ],
  // public, rate-limited with sign-in: a code nobody was given is checked (refusal UNKNOWN) or refused naming `code`, whoever asks
  'query.accessCode': [{ title: 'a code nobody was given', document: '{ accessCode(code: "0000-0000-0000-0000") { refusal } }', expect: everyone }],
  'mutation.redeemAccessCode': [
    {
      title: 'a code nobody was given',
      document: 'mutation { redeemAccessCode(input: { code: "0000-0000-0000-0000", email: "nobody@test.local", password: "a-long-test-password" }) { token } }',
      expect: allAnswer('BAD_USER_INPUT'),
    },
  ],
  'query.myNotifications': [{ document: '{ myNotifications(limit: 5) { id kind } }', expect: onlyFor('admin', 'officer', 'municipality', 'newcomer') }],
  'query.mailEnabled': [{ document: '{ mailEnabled }', expect: everyone }],
  // the matrix's app sends no e-mail: everyone is told so (mail.e2e-spec.ts asks one that does)
  'mutation.requestPasswordReset': [{ document: 'mutation { requestPasswordReset(input: { email: "nobody@test.local", locale: NL }) }', expect: allAnswer('CONFLICT') }],
  // an empty input changes nothing: every signed-in role may, anonymous callers may not
  'mutation.updateMySettings': [{ document: 'mutation { updateMySettings(input: {}) { id } }', expect: onlyFor('admin', 'officer', 'municipality', 'newcomer') }],
  'query.myNotificationCount': [{ document: '{ myNotificationCount }', expect: onlyFor('admin', 'officer', 'municipality', 'newcomer') }],
  'mutation.markNotificationsRead': [
    // another account's notification (or none) changes nothing for anyone: 0, not an error
    { document: 'mutation { markNotificationsRead(ids: ["00000000-0000-4000-8000-000000000000"]) }', expect: onlyFor('admin', 'officer', 'municipality', 'newcomer') },
  ],
  'mutation.disableAccount': [
    { document: 'mutation($id: ID!) { disableAccount(id: $id) { disabled } }', variables: (fx) => ({ id: fx.spareAccount }), expect: onlyFor('admin') },
  ],
  'mutation.enableAccount': [
    { document: 'mutation($id: ID!) { enableAccount(id: $id) { disabled } }', variables: (fx) => ({ id: fx.spareAccount }), expect: onlyFor('admin') },
  ],

  // ── Households (officers; a newcomer only their own; municipalities never) ───────────────────────
  'query.household': [
    { title: 'own household', document: HOUSEHOLD_QUERY, variables: (fx) => ({ id: fx.ownHousehold }), expect: onlyFor('officer', 'newcomer') },
    { title: "someone else's household", document: HOUSEHOLD_QUERY, variables: (fx) => ({ id: fx.otherHousehold }), expect: onlyFor('officer') },
    {
      title: 'own household with its history (Household.changes: officers only)',
      document: 'query($id: ID!) { household(id: $id) { id queuePosition changes(limit: 5) { kind fields { member field } } } }',
      variables: (fx) => ({ id: fx.ownHousehold }),
      expect: onlyFor('officer'),
    },
    {
      title: 'own household with its way into the app (Household.appAccess: officers only)',
      document: 'query($id: ID!) { household(id: $id) { id appAccess { accountEmails openLetterPurpose openLetterExpiresAt } } }',
      variables: (fx) => ({ id: fx.ownHousehold }),
      expect: onlyFor('officer'),
    },
    {
      title: 'a household that does not exist',
      document: HOUSEHOLD_QUERY,
      variables: (fx) => ({ id: fx.missingHousehold }),
      expect: { ...onlyFor(), officer: 'NOT_FOUND' },
    },
  ],
  'query.myHouseholdData': [{ document: '{ myHouseholdData(locale: "nl") }', expect: onlyFor('newcomer') }],
  'query.householdData': [{ document: 'query($id: ID!) { householdData(householdId: $id) }', variables: (fx) => ({ id: fx.ownHousehold }), expect: onlyFor('officer') }],
  // an unknown case: the officer's call reaches the erasure (NOT_FOUND) without erasing a fixture the other rows use
  'mutation.eraseHousehold': [
    {
      document: 'mutation { eraseHousehold(input: { householdId: "00000000-0000-4000-8000-000000000000", reason: "Request by letter" }) { id } }',
      expect: { ...onlyFor(), officer: 'NOT_FOUND' },
    },
  ],
  'mutation.recordHouseholdChange': [
    {
      document: 'mutation { recordHouseholdChange(householdId: "00000000-0000-4000-8000-000000000000", input: { event: DEPARTURE, on: "2026-01-01", position: 2 }) { effect } }',
      expect: { ...onlyFor(), officer: 'NOT_FOUND' },
    },
  ],
  'mutation.splitHousehold': [
    {
      document: 'mutation { splitHousehold(householdId: "00000000-0000-4000-8000-000000000000", input: { positions: [2], on: "2026-01-01", reason: "Separated" }) { effect } }',
      expect: { ...onlyFor(), officer: 'NOT_FOUND' },
    },
  ],
  'mutation.mergeHouseholds': [
    {
      document: 'mutation { mergeHouseholds(input: { householdId: "00000000-0000-4000-8000-000000000000", mergedHouseholdId: "00000000-0000-4000-8000-000000000001", reason: "One family" }) { effect } }',
      expect: { ...onlyFor(), officer: 'NOT_FOUND' },
    },
  ],
  'query.householdByReference': [
    { title: 'existing', document: '{ householdByReference(reference: "HH-000002") { id } }', expect: onlyFor('officer') },
    { title: 'own reference', document: '{ householdByReference(reference: "HH-000001") { id } }', expect: onlyFor('officer') },
    { title: 'missing', document: '{ householdByReference(reference: "HH-999999") { id } }', expect: { ...onlyFor(), officer: 'NOT_FOUND' } },
  ],
  'query.households': [{ document: '{ households(limit: 2) { total items { id queuePosition changes(limit: 5) { kind } } } }', expect: onlyFor('officer') }],
  'mutation.registerHousehold': [
    { document: 'mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id } }', variables: () => ({ input: HOUSEHOLD_INPUT }), expect: onlyFor('officer') },
  ],
  'mutation.updateHouseholdPreferences': [
    { title: 'own household', document: UPDATE_PREFERENCES, variables: (fx) => ({ id: fx.ownHousehold }), expect: onlyFor('officer', 'newcomer') },
    { title: "someone else's household", document: UPDATE_PREFERENCES, variables: (fx) => ({ id: fx.otherHousehold }), expect: onlyFor('officer') },
    {
      title: 'a household that does not exist',
      document: UPDATE_PREFERENCES,
      variables: (fx) => ({ id: fx.missingHousehold }),
      expect: { ...onlyFor(), officer: 'NOT_FOUND' },
    },
  ],

  // ── Matching rounds (officers only) ──────────────────────────────────────────────────────────────
  'query.roundList': [{ document: '{ roundList { id } }', expect: onlyFor('officer') }],
  'query.defaultRoundPolicy': [{ document: '{ defaultRoundPolicy { seed responseDays } }', expect: onlyFor('officer') }],
  'query.round': [{ document: 'query($id: ID!) { round(id: $id) { id } }', variables: (fx) => ({ id: fx.draftRound }), expect: onlyFor('officer') }],
  'query.run': [
    { document: 'query($id: ID!) { run(id: $id) { id status } }', variables: (fx) => ({ id: fx.draftRun }), expect: onlyFor('officer') },
    {
      title: 'the officer’s review: filtered assignments with texts, their count, the comparison run',
      document: 'query($id: ID!) { run(id: $id) { comparedWithRunId assignmentCount(placed: false) assignments(placed: false, hardTie: false, override: false, sort: FIT, locale: "nl", limit: 5) { reference position municipalityName outcome { text } } } }',
      variables: (fx) => ({ id: fx.draftRun }),
      expect: onlyFor('officer'),
    },
    {
      title: 'moved without a comparison run',
      document: 'query($id: ID!) { run(id: $id) { assignments(moved: true, limit: 5) { reference } } }',
      variables: (fx) => ({ id: fx.draftRun }),
      expect: { ...onlyFor(), officer: 'BAD_USER_INPUT' },
    },
  ],
  'query.preRunCheck': [
    { document: 'query($id: ID!) { preRunCheck(roundId: $id) { roundId pinnedUnits } }', variables: (fx) => ({ id: fx.draftRound }), expect: onlyFor('officer') },
    {
      title: 'unknown round',
      document: 'query($id: ID!) { preRunCheck(roundId: $id) { roundId } }',
      variables: () => ({ id: '00000000-0000-4000-8000-000000000000' }),
      expect: { ...onlyFor(), officer: 'NOT_FOUND' },
    },
    {
      title: 'malformed round id',
      document: 'query($id: ID!) { preRunCheck(roundId: $id) { roundId } }',
      variables: () => ({ id: 'not-a-round' }),
      // refused by its form alone, before access (apps/api/src/common/input-screen.ts): the same for every caller
      expect: { anonymous: 'BAD_USER_INPUT', admin: 'BAD_USER_INPUT', officer: 'BAD_USER_INPUT', municipality: 'BAD_USER_INPUT', newcomer: 'BAD_USER_INPUT' },
    },
  ],
  'query.compareRuns': [
    { document: 'query($a: ID!) { compareRuns(a: $a, b: $a) { unchanged } }', variables: (fx) => ({ a: fx.draftRun }), expect: onlyFor('officer') },
  ],
  'query.auditEvents': [{ document: '{ auditEvents(limit: 5) { action actorEmail } }', expect: onlyFor('officer', 'admin') }],
  'mutation.importHouseholds': [{ title: 'a dry run', document: 'mutation { importHouseholds(csv: "household,permit_date,reception_location,birth_year,role\\n1,2026-01-01,AZC,1980,applicant\\n", dryRun: true) { households } }', expect: onlyFor('officer') }],
  'mutation.exportWaitingList': [{ document: 'mutation { exportWaitingList { rows } }', expect: onlyFor('officer') }],
  'query.auditEventCount': [{ document: '{ auditEventCount(entityType: "round") }', expect: onlyFor('officer', 'admin') }],
  'mutation.createRound': [
    {
      document: 'mutation($input: CreateRoundInput!) { createRound(input: $input) { id } }',
      variables: () => ({ input: { name: 'matrix', period: CURRENT_PERIOD, cohort: { limit: 3 } } }),
      expect: onlyFor('officer'),
    },
  ],
  'mutation.setRoundPolicy': [
    { document: 'mutation($id: ID!) { setRoundPolicy(roundId: $id, input: { weights: { labour: 2 } }) { id } }', variables: (fx) => ({ id: fx.draftRound }), expect: onlyFor('officer') },
  ],
  'mutation.setRoundCapacity': [
    {
      document: 'mutation($id: ID!, $m: String!) { setRoundCapacity(roundId: $id, municipalityCode: $m, input: { persons: 50, homes1to2: 20, homes3to4: 5, homes5plus: 1 }) { persons } }',
      variables: (fx) => ({ id: fx.draftRound, m: fx.otherMunicipality }),
      expect: onlyFor('officer'),
    },
  ],
  'mutation.pinHousehold': [
    {
      document: 'mutation($id: ID!, $h: ID!, $m: String!) { pinHousehold(roundId: $id, householdId: $h, municipalityCode: $m) { householdId } }',
      variables: (fx) => ({ id: fx.draftRound, h: fx.draftHousehold, m: fx.ownMunicipality }),
      expect: onlyFor('officer'),
    },
  ],
  'mutation.unpinHousehold': [
    {
      document: 'mutation($id: ID!, $h: ID!) { unpinHousehold(roundId: $id, householdId: $h) { householdId } }',
      variables: (fx) => ({ id: fx.draftRound, h: fx.draftHousehold }),
      expect: onlyFor('officer'),
    },
  ],
  'mutation.forbidPair': [
    {
      document: 'mutation($id: ID!, $h: ID!, $m: String!) { forbidPair(roundId: $id, householdId: $h, municipalityCode: $m) { householdId } }',
      variables: (fx) => ({ id: fx.draftRound, h: fx.draftHousehold, m: fx.otherMunicipality }),
      expect: onlyFor('officer'),
    },
  ],
  'mutation.allowPair': [
    {
      document: 'mutation($id: ID!, $h: ID!, $m: String!) { allowPair(roundId: $id, householdId: $h, municipalityCode: $m) { householdId } }',
      variables: (fx) => ({ id: fx.draftRound, h: fx.draftHousehold, m: fx.otherMunicipality }),
      expect: onlyFor('officer'),
    },
  ],
  // Subscriptions go over WebSocket (graphql-ws, `execute` below): a connection without a valid token is closed with
  // 4401 (UNAUTHENTICATED here), one of a role without subscriptions with 4403 (FORBIDDEN); an officer's subscription
  // to a finished run answers its final progress and ends.
  'subscription.runProgress': [
    { document: 'subscription($id: ID!) { runProgress(runId: $id) { runId status progress } }', variables: (fx) => ({ id: fx.draftRun }), expect: onlyFor('officer') },
    {
      title: 'a run that does not exist',
      document: 'subscription($id: ID!) { runProgress(runId: $id) { runId } }',
      variables: (fx) => ({ id: fx.missingHousehold }),
      expect: { ...onlyFor(), officer: 'NOT_FOUND' },
    },
  ],
  'mutation.runRound': [{ document: 'mutation($id: ID!) { runRound(roundId: $id) { id } }', variables: (fx) => ({ id: fx.draftRound }), expect: onlyFor('officer') }],
  'mutation.cancelRun': [
    {
      title: 'a run that does not exist',
      document: 'mutation($id: ID!) { cancelRun(runId: $id) { status } }',
      variables: (fx) => ({ id: fx.missingHousehold }),
      expect: { ...onlyFor(), officer: 'NOT_FOUND' },
    },
  ],
  'mutation.exportRunPlacements': [{ document: 'mutation($id: ID!) { exportRunPlacements(runId: $id) { rows } }', variables: (fx) => ({ id: fx.draftRun }), expect: onlyFor('officer') }],
  'mutation.rerun': [{ document: 'mutation($id: ID!) { rerun(runId: $id) { id } }', variables: (fx) => ({ id: fx.draftRun }), expect: onlyFor('officer') }],
  'mutation.publishRun': [
    { title: 'already published (idempotent)', document: 'mutation($id: ID!) { publishRun(runId: $id) { proposals } }', variables: (fx) => ({ id: fx.publishedRun }), expect: onlyFor('officer') },
  ],
  'query.proposals': [{ document: '{ proposals(limit: 5) { id } }', expect: onlyFor('officer') }],
  'query.proposalCount': [{ document: '{ proposalCount }', expect: onlyFor('officer') }],
  'query.proposalsAwaitingReview': [{ document: '{ proposalsAwaitingReview(limit: 5) { total items { reason since proposal { id newcomerReason } } } }', expect: onlyFor('officer') }],
  // Each reader's own type: selecting every field never errors for the reader it is made for.
  'query.myMunicipalityProposals': [{ document: `{ myMunicipalityProposals(limit: 5) { ${SHARED_PROPOSAL_FIELDS} } }`, expect: onlyFor('municipality') }],
  'query.myHouseholdProposals': [{ document: `{ myHouseholdProposals { ${SHARED_PROPOSAL_FIELDS} householdId newcomerReason reviewNote } }`, expect: onlyFor('newcomer') }],
  'mutation.setProposalArrangements': [
    {
      title: 'a proposal addressed to me (municipality GM0363)',
      document: SET_ARRANGEMENTS,
      variables: (fx) => ({ id: fx.ownProposal }),
      expect: onlyFor('officer', 'municipality'),
    },
    { title: "someone else's proposal", document: SET_ARRANGEMENTS, variables: (fx) => ({ id: fx.contestedProposal }), expect: onlyFor('officer') },
    {
      title: 'a proposal that does not exist (municipalities: the same answer as for someone else’s)',
      document: SET_ARRANGEMENTS,
      variables: (fx) => ({ id: fx.missingHousehold }),
      expect: { ...onlyFor(), officer: 'NOT_FOUND' },
    },
  ],
  'mutation.respondToProposal': [
    {
      title: 'a proposal addressed to me (municipality GM0363 and newcomer HH-000001)',
      document: 'mutation($id: ID!) { respondToProposal(proposalId: $id, input: { accept: true }) { status } }',
      variables: (fx) => ({ id: fx.ownProposal }),
      expect: onlyFor('municipality', 'newcomer'),
    },
    {
      title: "someone else's proposal",
      document: 'mutation($id: ID!) { respondToProposal(proposalId: $id, input: { accept: true }) { status } }',
      variables: (fx) => ({ id: fx.contestedProposal }),
      expect: onlyFor(),
    },
    {
      title: 'a proposal that does not exist',
      document: 'mutation($id: ID!) { respondToProposal(proposalId: $id, input: { accept: true }) { status } }',
      variables: (fx) => ({ id: fx.missingHousehold }),
      expect: onlyFor(),
    },
  ],
  'mutation.reviewContest': [
    {
      document: 'mutation($id: ID!) { reviewContest(proposalId: $id, input: { uphold: false, note: "Proposal is suitable" }) { status } }',
      variables: (fx) => ({ id: fx.contestedProposal }),
      expect: onlyFor('officer'),
    },
  ],
  'mutation.extendProposalDeadline': [
    {
      title: 'a proposal that does not exist',
      document: 'mutation($id: ID!, $d: String!) { extendProposalDeadline(proposalId: $id, input: { respondBy: $d, reason: "More time" }) { status } }',
      // a date the rules accept (30 days on), so that what answers is the missing proposal
      variables: (fx) => ({ id: fx.missingHousehold, d: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10) }),
      expect: { ...onlyFor(), officer: 'NOT_FOUND' },
    },
  ],
  'mutation.expireOverdueProposals': [{ document: 'mutation { expireOverdueProposals }', expect: onlyFor('officer') }],
  'mutation.resolveHouseholdChange': [
    {
      title: 'a proposal that does not exist',
      document: 'mutation($id: ID!) { resolveHouseholdChange(proposalId: $id, input: { keep: true, note: "A home for five is free" }) { status } }',
      variables: (fx) => ({ id: fx.missingHousehold }),
      expect: { ...onlyFor(), officer: 'NOT_FOUND' },
    },
  ],
  'mutation.withdrawProposal': [
    {
      title: 'a proposal that does not exist',
      document: 'mutation($id: ID!) { withdrawProposal(proposalId: $id, input: { reason: "Home no longer available" }) { status } }',
      variables: (fx) => ({ id: fx.missingHousehold }),
      expect: { ...onlyFor(), officer: 'NOT_FOUND' },
    },
  ],
  'mutation.recordHousing': [
    {
      title: 'a proposal that does not exist (municipalities: the same answer as for someone else’s)',
      document: 'mutation($id: ID!) { recordHousing(proposalId: $id, input: { housedOn: "2026-12-01" }) { status } }',
      variables: (fx) => ({ id: fx.missingHousehold }),
      expect: { ...onlyFor(), officer: 'NOT_FOUND' },
    },
  ],

  // ── Waiting list and the outside views ──────────────────────────────────────────────────────────
  'query.myWaitingStatus': [{ document: '{ myWaitingStatus(locale: "nl") { position rule { text } } }', expect: onlyFor('newcomer') }],
  'query.waitingStatus': [
    { title: 'a household', document: 'query($id: ID!) { waitingStatus(householdId: $id) { reference } }', variables: (fx) => ({ id: fx.otherHousehold }), expect: onlyFor('officer') },
  ],
  'query.waitingList': [{ document: '{ waitingList { total } }', expect: onlyFor('officer') }],
  'query.myProposalView': [
    { document: '{ myProposalView { proposal { id } municipality { code } profile { version } } }', expect: onlyFor('newcomer') },
    { title: 'the proposed municipality’s capacity: not for newcomers', document: '{ myProposalView { municipality { code capacities { period } } } }', expect: onlyFor() },
    { title: 'the proposed municipality’s profile history: not for newcomers', document: '{ myProposalView { municipality { code profileVersions { version } } } }', expect: onlyFor() },
  ],
  'query.myMunicipalityView': [{ document: '{ myMunicipalityView { municipality { code } proposals { reference names } } }', expect: onlyFor('municipality') }],

  'mutation.correctHouseholdProfile': [
    {
      title: 'own household (it has a proposal, so the change is refused after access is granted)',
      document: CORRECT_PROFILE,
      variables: (fx) => ({ id: fx.ownHousehold }),
      expect: { ...onlyFor(), officer: 'CONFLICT', newcomer: 'CONFLICT' },
    },
    { title: 'a waiting household', document: CORRECT_PROFILE, variables: (fx) => ({ id: fx.draftHousehold }), expect: onlyFor('officer') },
    { title: 'a household that does not exist', document: CORRECT_PROFILE, variables: (fx) => ({ id: fx.missingHousehold }), expect: { ...onlyFor(), officer: 'NOT_FOUND' } },
  ],

  'mutation.verifyTie': [
    { title: 'a tie', document: VERIFY_TIE, variables: (fx) => ({ id: fx.tie }), expect: onlyFor('officer') },
    { title: 'a tie that does not exist', document: VERIFY_TIE, variables: (fx) => ({ id: fx.missingHousehold }), expect: { ...onlyFor(), officer: 'NOT_FOUND' } },
    // refused by its form alone, before access (apps/api/src/common/input-screen.ts): the same for every caller, so it tells nothing
    { title: 'a malformed id', document: VERIFY_TIE, variables: () => ({ id: 'not-a-uuid' }), expect: { anonymous: 'BAD_USER_INPUT', admin: 'BAD_USER_INPUT', officer: 'BAD_USER_INPUT', municipality: 'BAD_USER_INPUT', newcomer: 'BAD_USER_INPUT' } },
  ],

  // ── Municipalities (own profile and capacity; officers set any capacity) ────────────────────────
  'mutation.publishMunicipalityProfile': [
    { title: 'own municipality', document: PUBLISH, variables: (fx) => ({ code: fx.ownMunicipality, input: PROFILE_INPUT }), expect: onlyFor('municipality') },
    { title: 'another municipality', document: PUBLISH, variables: (fx) => ({ code: fx.otherMunicipality, input: PROFILE_INPUT }), expect: onlyFor() },
  ],
  'mutation.setCapacity': [
    { title: 'own municipality', document: SET_CAPACITY, variables: (fx) => ({ code: fx.ownMunicipality, input: CAPACITY_INPUT }), expect: onlyFor('officer', 'municipality') },
    { title: 'another municipality', document: SET_CAPACITY, variables: (fx) => ({ code: fx.otherMunicipality, input: CAPACITY_INPUT }), expect: onlyFor('officer') },
  ],
};

/** Flattened rows for it.each: [name, key, case, caller, outcome]. */
const ROWS = Object.entries(ACCESS_MATRIX).flatMap(([key, cases]) =>
  cases.flatMap((c) => CALLERS.map((caller) => [`${key}${c.title ? ` (${c.title})` : ''} as ${caller} → ${c.expect[caller]}`, key, c, caller, c.expect[caller]] as const)),
);

describe('access matrix: every operation × every caller', () => {
  let t: TestApp;
  let tokens: Record<Caller, string | undefined>;
  let fx: Fixtures;

  beforeAll(async () => {
    t = await startTestApp();
    tokens = await tokensByCaller(t);
    const admin = tokens.admin!;
    const spare = await t.gql(
      'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }',
      { input: { email: 'spare@test.local', password: 'a-long-test-password', role: 'MUNICIPALITY', municipalityCode: 'GM0014' } },
      admin,
    );
    let counter = 0;
    const officer = tokens.officer!;
    const ownHousehold = await householdId(t, officer, 'HH-000001');
    const otherHousehold = await householdId(t, officer, 'HH-000002');
    const draftHousehold = await householdId(t, officer, 'HH-000010');
    const run = async (roundId: string) =>
      (await waitForRun(t, officer, (await t.gql('mutation($id: ID!) { runRound(roundId: $id) { id } }', { id: roundId }, officer)).data.runRound.id)).id as string;
    const createRound = async (ids: string[]) =>
      (await t.gql('mutation($input: CreateRoundInput!) { createRound(input: $input) { id } }', { input: { name: 'fixture', period: CURRENT_PERIOD, cohort: { householdIds: ids } } }, officer)).data.createRound.id as string;
    // Published round: HH-000001 → GM0363 (the municipality caller), HH-000002 → GM0344, then HH-000002 contests.
    const published = await createRound([ownHousehold, otherHousehold]);
    for (const [h, m] of [[ownHousehold, 'GM0363'], [otherHousehold, 'GM0344']]) {
      await t.gql('mutation($r: ID!, $h: ID!, $m: String!) { pinHousehold(roundId: $r, householdId: $h, municipalityCode: $m) { householdId } }', { r: published, h, m }, officer);
    }
    const publishedRun = await run(published);
    await t.gql('mutation($id: ID!) { publishRun(runId: $id) { proposals } }', { id: publishedRun }, officer);
    const proposals = (await t.gql('query($r: String!) { proposals(filter: { roundId: $r }) { id householdId } }', { r: published }, officer)).data.proposals as { id: string; householdId: string }[];
    const contestedProposal = proposals.find((p) => p.householdId === otherHousehold)!.id;
    const newcomer2 = await t.login('newcomer2@demo.local');
    await t.gql('mutation($id: ID!) { respondToProposal(proposalId: $id, input: { accept: false, reason: "Too far from my family" }) { status } }', { id: contestedProposal }, newcomer2);
    const ids = (await t.gql('{ households(limit: 40) { items { id status } } }', {}, officer)).data.households.items
      .filter((h: { id: string; status: string }) => h.status === 'WAITING')
      .map((h: { id: string }) => h.id);
    const draftRound = await createRound([draftHousehold, ...ids.filter((id: string) => id !== draftHousehold).slice(0, 9)]);
    const withTie = await t.gql('mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { ties { id } } }', {
      input: { ...HOUSEHOLD_INPUT, ties: [{ kind: 'FAMILY', municipalityCode: 'GM0344', firstDegree: true, liveNear: true, verificationNote: 'BRP extract seen' }] },
    }, officer);
    fx = {
      tie: withTie.data.registerHousehold.ties[0].id,
      draftRound,
      draftRun: await run(draftRound),
      draftHousehold,
      publishedRun,
      ownProposal: proposals.find((p) => p.householdId === ownHousehold)!.id,
      contestedProposal,
      ownHousehold,
      otherHousehold,
      missingHousehold: '00000000-0000-4000-8000-000000000000',
      ownMunicipality: 'GM0363',
      otherMunicipality: 'GM0344',
      spareAccount: spare.data.createAccount.id,
      unique: () => `${Date.now().toString(36)}-${(counter += 1)}`,
    };
  }, 120_000);
  afterAll(() => t?.close());

  it('has a row for every operation in the schema, and none for operations that do not exist', async () => {
    const response = await t.gql('{ __schema { queryType { fields { name } } mutationType { fields { name } } subscriptionType { fields { name } } } }');
    expect(response.errors).toBeUndefined();
    const schema = response.data.__schema;
    const inSchema = [
      ...schema.queryType.fields.map((f: { name: string }) => `query.${f.name}`),
      ...(schema.mutationType?.fields ?? []).map((f: { name: string }) => `mutation.${f.name}`),
      ...(schema.subscriptionType?.fields ?? []).map((f: { name: string }) => `subscription.${f.name}`),
    ].sort();
    const inMatrix = Object.keys(ACCESS_MATRIX).sort();
    // Read the diff: `missing` are new operations that need a row in ACCESS_MATRIX above.
    expect({ missing: inSchema.filter((k) => !inMatrix.includes(k)), unknown: inMatrix.filter((k) => !inSchema.includes(k)) }).toEqual({
      missing: [],
      unknown: [],
    });
  });

  it('has rows whose documents call the operation they are filed under, with an outcome for every caller', () => {
    for (const [key, cases] of Object.entries(ACCESS_MATRIX)) {
      const [kind, name] = key.split('.');
      expect(cases.length).toBeGreaterThan(0);
      for (const c of cases) {
        const operation = parse(c.document).definitions[0] as OperationDefinitionNode;
        expect(`${operation.operation}.${(operation.selectionSet.selections[0] as FieldNode).name.value}`).toBe(`${kind}.${name}`);
        expect(Object.keys(c.expect).sort()).toEqual([...CALLERS].sort());
      }
    }
  });

  it.each(ROWS)('%s', async (_name, key, c, caller, outcome) => {
    const [kind, field] = key.split('.');
    const response = await (kind === 'subscription' ? subscribe(t, c.document, c.variables?.(fx), tokens[caller]) : t.gql(c.document, c.variables?.(fx), tokens[caller]));
    expect(summarise(response, field)).toBe(outcome);
  });

  it('gives a newcomer the same answer for a missing household as for someone else’s', async () => {
    const other = await t.gql(HOUSEHOLD_QUERY, { id: fx.otherHousehold }, tokens.newcomer);
    const missing = await t.gql(HOUSEHOLD_QUERY, { id: fx.missingHousehold }, tokens.newcomer);
    expect(missing).toEqual(other);
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // an id that is no UUID is refused by its form before any lookup, for every caller alike: it tells nothing either
    const notAnId = await t.gql(HOUSEHOLD_QUERY, { id: 'not-a-uuid' }, tokens.newcomer);
    expect(notAnId.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await t.gql(HOUSEHOLD_QUERY, { id: 'not-a-uuid' }, tokens.officer)).toEqual(notAnId);
  });

  it('gives a municipality the same answer for another municipality, existing or not', async () => {
    const other = await t.gql(PUBLISH, { code: 'GM0344', input: PROFILE_INPUT }, tokens.municipality);
    const missing = await t.gql(PUBLISH, { code: 'GM9999', input: PROFILE_INPUT }, tokens.municipality);
    expect(missing).toEqual(other);
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

/** The close codes of a refused WebSocket connection (SubscriptionGate), as the error codes of the matrix. */
const CLOSE_CODES: Readonly<Record<number, string>> = { 4401: 'UNAUTHENTICATED', 4403: 'FORBIDDEN' };

/**
 * A subscription over WebSocket as a response of the matrix: its first result (an officer's subscription to a finished
 * run answers once and ends), the errors of an `error` message, or the code of a refused connection (CLOSE_CODES).
 */
async function subscribe(t: TestApp, document: string, variables: Record<string, unknown> | undefined, token: string | undefined): Promise<GraphQLResponse> {
  const client = wsClient(t, token);
  try {
    const outcome = await subscribeToEnd(client, document, variables, { timeoutMs: 30_000 });
    if (outcome.close) return { errors: [{ message: outcome.close.reason, extensions: { code: CLOSE_CODES[outcome.close.code] ?? `close ${outcome.close.code}` } }] };
    if (outcome.errors) return { errors: outcome.errors };
    return outcome.results[0] ?? { errors: [{ message: 'no result' }] };
  } finally {
    await client.dispose();
  }
}

/** 'ok' when the operation answered without errors, else the first error code (the result must then be empty). */
function summarise(response: GraphQLResponse, field: string): string {
  if (!response.errors?.length) return response.data?.[field] != null ? 'ok' : 'no data and no error';
  if (response.data?.[field] != null) {
    // a refused nullable field: one error, FORBIDDEN or UNAUTHENTICATED
    const code = response.errors[0].extensions?.code;
    return response.errors.length === 1 && (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED') ? `field ${code}` : `partial data with ${code}`;
  }
  return response.errors[0].extensions?.code ?? `no code: ${response.errors[0].message}`;
}
