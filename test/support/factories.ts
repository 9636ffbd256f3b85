/*
 * Factories for end-to-end tests. Each creates one thing through the API, as a user would, and returns what a
 * test needs of it, so a test states its own fixtures instead of reading what an earlier `it` left behind (the
 * model: immich's medium tests, `newUser`, `newAlbum`). A test file shares only the app, its database and the
 * read-only seed data; every `it` can run alone and in any order.
 *
 * Each factory throws, naming the call and the API's errors, when the API refuses it: a broken fixture must not
 * pass for a failing (or passing) assertion.
 */
import { periodOf } from '#api/common/period.js';
import type { GraphQLResponse, TestApp } from './test-app.js';
import { waitForRun } from './rounds.js';

/** The half year of today, e.g. "2026-H2": the period the seed gives default capacity for. */
export const CURRENT_PERIOD = periodOf(new Date());

/** `data[field]` of a response, or an error naming `what` and the API's errors. */
export function required<T = any>(response: GraphQLResponse, field: string, what = field): T {
  const value = response.data?.[field];
  if (response.errors?.length || value == null) throw new Error(`${what} failed: ${JSON.stringify(response.errors)}`);
  return value as T;
}

export interface NewHousehold {
  readonly id: string;
  readonly reference: string;
  /** Persons in the household. */
  readonly size: number;
}

export interface NewHouseholdOptions {
  /** Persons: one adult applicant and `persons - 1` children (ages 2–15). Default 1. */
  readonly persons?: number;
  /** Fields of RegisterHouseholdInput that replace the defaults (members replaces the generated members). */
  readonly input?: Record<string, unknown>;
}

let householdCounter = 0;

/**
 * Registers a waiting household as the officer: by default one adult with no professions, languages, needs or
 * ties, reception location "AZC Test", permit date today (so it queues after the seeded cohort, whose permits
 * lie 5–540 days back).
 */
export async function newHousehold(t: TestApp, officer: string, options: NewHouseholdOptions = {}): Promise<NewHousehold> {
  const persons = options.persons ?? 1;
  const year = new Date().getUTCFullYear();
  householdCounter += 1;
  const input = {
    permitDate: new Date().toISOString().slice(0, 10),
    receptionLocation: 'AZC Test',
    members: [
      { fullName: `Test Applicant ${householdCounter}`, birthYear: year - 30, role: 'APPLICANT' },
      ...Array.from({ length: persons - 1 }, (_, i) => ({ birthYear: year - 2 - (i % 14), role: 'CHILD' })),
    ],
    ...options.input,
  };
  const response = await t.gql('mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id reference size } }', { input }, officer);
  return required<NewHousehold>(response, 'registerHousehold', 'newHousehold');
}

/** `count` households of `newHousehold`, registered one after the other (queue order = creation order). */
export async function newHouseholds(t: TestApp, officer: string, count: number, options: NewHouseholdOptions = {}): Promise<NewHousehold[]> {
  const households: NewHousehold[] = [];
  for (let i = 0; i < count; i++) households.push(await newHousehold(t, officer, options));
  return households;
}

/**
 * A draft round created as the officer. `input` is a CreateRoundInput without the name and period, which default
 * to "test round" and CURRENT_PERIOD; without a cohort the round takes every waiting household.
 */
export async function newRound(t: TestApp, officer: string, input: Record<string, unknown> = {}): Promise<{ id: string; householdCount: number }> {
  const response = await t.gql(
    'mutation($input: CreateRoundInput!) { createRound(input: $input) { id householdCount } }',
    { input: { name: 'test round', period: CURRENT_PERIOD, ...input } },
    officer,
  );
  return required(response, 'createRound', 'newRound');
}

/** Starts a run of a round and waits until it has finished; returns the run with RUN_FIELDS (any final status). */
export async function runToEnd(t: TestApp, officer: string, roundId: string): Promise<any> {
  const started = required<{ id: string }>(await t.gql('mutation($id: ID!) { runRound(roundId: $id) { id } }', { id: roundId }, officer), 'runRound');
  return waitForRun(t, officer, started.id);
}

/** A round (see newRound) with one run that succeeded: `run` has RUN_FIELDS. */
export async function newSucceededRun(t: TestApp, officer: string, input: Record<string, unknown> = {}): Promise<{ roundId: string; run: any }> {
  const round = await newRound(t, officer, input);
  const run = await runToEnd(t, officer, round.id);
  if (run.status !== 'SUCCEEDED') throw new Error(`newSucceededRun: the run ended ${run.status}: ${run.message}`);
  return { roundId: round.id, run };
}

export interface NewProposal {
  readonly id: string;
  readonly householdId: string;
  readonly municipalityCode: string;
  readonly persons: number;
  readonly status: string;
}

/**
 * A round whose succeeded run is published: one OPEN proposal per placed household. `pins` places households
 * where a test needs them. Use a cohort of the test's own households (`cohort: { householdIds }`) so that the
 * seeded cohort stays waiting for the other tests of the file.
 */
export async function newPublishedRound(
  t: TestApp,
  officer: string,
  input: Record<string, unknown> = {},
  pins: readonly { householdId: string; municipalityCode: string }[] = [],
): Promise<{ roundId: string; run: any; proposals: NewProposal[] }> {
  const round = await newRound(t, officer, input);
  for (const pin of pins) {
    const pinned = await t.gql(
      'mutation($r: ID!, $h: ID!, $m: String!) { pinHousehold(roundId: $r, householdId: $h, municipalityCode: $m) { householdId } }',
      { r: round.id, h: pin.householdId, m: pin.municipalityCode },
      officer,
    );
    required(pinned, 'pinHousehold', 'newPublishedRound: pinHousehold');
  }
  const run = await runToEnd(t, officer, round.id);
  if (run.status !== 'SUCCEEDED') throw new Error(`newPublishedRound: the run ended ${run.status}: ${run.message}`);
  required(await t.gql('mutation($id: ID!) { publishRun(runId: $id) { proposals } }', { id: run.id }, officer), 'publishRun', 'newPublishedRound: publishRun');
  const proposals = required<NewProposal[]>(
    await t.gql('query($r: String!) { proposals(filter: { roundId: $r }, limit: 500) { id householdId municipalityCode persons status } }', { r: round.id }, officer),
    'proposals',
  );
  return { roundId: round.id, run, proposals };
}

let accountCounter = 0;

/**
 * Creates an account (as the seeded admin) and returns its token. `input` is a CreateAccountInput without e-mail
 * and password, e.g. `{ role: 'MUNICIPALITY', municipalityCode: 'GM0363' }` or `{ role: 'NEWCOMER', householdId }`.
 */
export async function createAccount(t: TestApp, input: Record<string, unknown>): Promise<string> {
  const admin = await t.login('admin@demo.local');
  accountCounter += 1;
  const email = `${String(input.role).toLowerCase()}-${accountCounter}-${Math.random().toString(36).slice(2, 8)}@test.local`;
  const password = 'a-long-test-password';
  required(await t.gql('mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }', { input: { ...input, email, password } }, admin), 'createAccount');
  return t.login(email, password);
}

/** A fresh municipality account for `code`, signed in: its token. */
export function newMunicipalitySession(t: TestApp, code: string): Promise<string> {
  return createAccount(t, { role: 'MUNICIPALITY', municipalityCode: code });
}

/** A fresh newcomer account for a household, signed in: its token. */
export function newNewcomerSession(t: TestApp, householdId: string): Promise<string> {
  return createAccount(t, { role: 'NEWCOMER', householdId });
}

/** The audit events about one entity (newest first), as the officer sees them. */
export async function auditOf(t: TestApp, officer: string, entityId: string): Promise<{ action: string; actorRole: string }[]> {
  return required(await t.gql('query($id: String!) { auditEvents(entityId: $id, limit: 100) { action actorRole } }', { id: entityId }, officer), 'auditEvents');
}
