import { DEMO_PASSWORD } from '#seed/demo-accounts.js';
import type { GraphQLResponse, TestApp } from './test-app.js';

/** The roles of the access matrix: the four account roles plus a caller without a token. */
export type Caller = 'anonymous' | 'admin' | 'officer' | 'municipality' | 'newcomer';
export const CALLERS: readonly Caller[] = ['anonymous', 'admin', 'officer', 'municipality', 'newcomer'];

/** Demo account per role (see seed/demo-accounts.ts): amsterdam is GM0363, newcomer owns HH-000001. */
export const DEMO_LOGINS: Readonly<Record<Exclude<Caller, 'anonymous'>, string>> = {
  admin: 'admin@demo.local',
  officer: 'officer@demo.local',
  municipality: 'amsterdam@demo.local',
  newcomer: 'newcomer@demo.local',
};

/** Signs in every demo role once; `anonymous` maps to undefined (no Authorization header). */
export async function tokensByCaller(t: TestApp): Promise<Record<Caller, string | undefined>> {
  const entries = await Promise.all(
    (Object.keys(DEMO_LOGINS) as (keyof typeof DEMO_LOGINS)[]).map(async (role) => [role, await t.login(DEMO_LOGINS[role])] as const),
  );
  return { anonymous: undefined, ...Object.fromEntries(entries) } as Record<Caller, string | undefined>;
}

export interface RawResponse {
  readonly status: number;
  readonly text: string;
  /** Parsed body, when it is JSON. */
  readonly json: any;
}

/** POSTs a body as-is (e.g. a batch array or an oversized document) and returns status and body. */
export async function postRaw(t: TestApp, body: string, token?: string): Promise<RawResponse> {
  const response = await fetch(t.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, text, json };
}

/** Login attempt with an explicit password; returns the raw GraphQL response (no throw). */
export function attemptLogin(t: TestApp, email: string, password = DEMO_PASSWORD): Promise<GraphQLResponse> {
  return t.gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: email, p: password });
}

/** Id of a household by case reference, read as the officer. */
export async function householdId(t: TestApp, officerToken: string, reference: string): Promise<string> {
  const response = await t.gql('query($r: String!) { householdByReference(reference: $r) { id } }', { r: reference }, officerToken);
  if (!response.data?.householdByReference) throw new Error(`no household ${reference}: ${JSON.stringify(response.errors)}`);
  return response.data.householdByReference.id as string;
}

export interface CapturedOutput {
  /** Everything written to stdout, stderr and the console since capture started. */
  text(): string;
  restore(): void;
}

/**
 * Records (and swallows) everything the process writes to stdout/stderr or the console, which is where
 * the Nest logger, Apollo and TypeORM write. Restore in a finally block.
 */
export function captureOutput(): CapturedOutput {
  const chunks: string[] = [];
  const record = (...args: unknown[]) => {
    chunks.push(args.map((a) => (typeof a === 'string' ? a : a instanceof Error ? `${a.message}\n${a.stack ?? ''}` : safeJson(a))).join(' '));
  };
  const stdoutWrite = process.stdout.write;
  const stderrWrite = process.stderr.write;
  const consoleMethods = ['log', 'error', 'warn', 'info', 'debug', 'trace'] as const;
  const originals = consoleMethods.map((m) => console[m]);
  const fakeWrite = ((chunk: unknown, ...rest: unknown[]) => {
    record(typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk));
    const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  }) as typeof process.stdout.write;
  process.stdout.write = fakeWrite;
  process.stderr.write = fakeWrite;
  for (const m of consoleMethods) console[m] = record;
  return {
    text: () => chunks.join('\n'),
    restore() {
      process.stdout.write = stdoutWrite;
      process.stderr.write = stderrWrite;
      consoleMethods.forEach((m, i) => (console[m] = originals[i]));
    },
  };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
