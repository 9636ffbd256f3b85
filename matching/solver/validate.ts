import { AMOUNT_LIMIT, SCORE_LIMIT, type Instance, type InstanceHousehold, type InstanceMunicipality, type InstanceOption } from './types.js';

/** Thrown by `validateInstance`; `issues` names every problem found (path: message). */
export class InstanceValidationError extends Error {
  constructor(readonly issues: readonly string[]) {
    super(`invalid instance:\n  ${issues.join('\n  ')}`);
    this.name = 'InstanceValidationError';
  }
}

const MAX_ISSUES = 50;

/**
 * The one rule for a score (SCORE_LIMIT in types.ts): the problem with `v` as an option score, or null.
 * Used by `validateInstance` (the CLI and any JSON input) and by `inputIssues` (every solver).
 */
export function scoreIssue(v: unknown): string | null {
  if (typeof v !== 'number' || !Number.isFinite(v)) return `expected a finite number, got ${JSON.stringify(v) ?? String(v)}`;
  if (Math.abs(v) > SCORE_LIMIT) return `${v} is outside the allowed score range [-${SCORE_LIMIT}, ${SCORE_LIMIT}]`;
  return null;
}

/** The one rule for a capacity or use amount (AMOUNT_LIMIT in types.ts): the problem with `v`, or null. */
export function amountIssue(v: unknown): string | null {
  if (typeof v !== 'number' || !Number.isFinite(v)) return `expected a finite number, got ${JSON.stringify(v) ?? String(v)}`;
  if (v < 0) return `negative amount ${v}`;
  if (v > AMOUNT_LIMIT) return `${v} is outside the allowed amount range [0, ${AMOUNT_LIMIT}]`;
  return null;
}

/**
 * Checks the numbers of an already-typed Instance (e.g. from buildScoredInstance) against the same rules as
 * `validateInstance`: every score (`scoreIssue`) and every capacity and use amount (`amountIssue`). Returns
 * at most 50 issues as "path: message" (empty = fine). Every solver calls it first and refuses the instance
 * (status `error`, the issues in `message`) when it finds any, so all solvers give the same refusal.
 */
export function inputIssues(instance: Instance): string[] {
  const issues: string[] = [];
  const add = (path: string, msg: string | null): void => {
    if (msg !== null && issues.length < MAX_ISSUES) issues.push(`${path}: ${msg}`);
  };
  instance.municipalities.forEach((m, i) => {
    for (const [r, a] of Object.entries(m.capacity)) add(`municipalities[${i}].capacity.${r}`, amountIssue(a));
  });
  instance.households.forEach((h, i) => {
    for (const [r, a] of Object.entries(h.uses)) add(`households[${i}].uses.${r}`, amountIssue(a));
    h.options.forEach((o, j) => add(`households[${i}].options[${j}].score`, scoreIssue(o.score)));
  });
  return issues;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Parses JSON text into an Instance; throws InstanceValidationError naming what is wrong. */
export function parseInstance(text: string): Instance {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new InstanceValidationError([`$: bad JSON: ${(e as Error).message}`]);
  }
  return validateInstance(value);
}

/**
 * Validates an unknown value (e.g. parsed JSON) into an Instance, or throws InstanceValidationError naming
 * every problem by path (e.g. `households[12].options[3].score: 2e+21 is outside the allowed score range
 * [-1000000, 1000000]`). Scores must pass `scoreIssue`, capacities and uses `amountIssue`.
 */
export function validateInstance(value: unknown): Instance {
  const issues: string[] = [];
  const fail = (path: string, msg: string): void => {
    if (issues.length < MAX_ISSUES) issues.push(`${path}: ${msg}`);
  };
  if (!isObject(value)) throw new InstanceValidationError(['$: expected an object with resources, municipalities, households']);

  const resources: string[] = [];
  const resourceSet = new Set<string>();
  if (!Array.isArray(value.resources)) fail('resources', 'expected an array of resource names');
  else
    value.resources.forEach((r, i) => {
      if (typeof r !== 'string' || r === '') fail(`resources[${i}]`, 'expected a non-empty string');
      else if (resourceSet.has(r)) fail(`resources[${i}]`, `duplicate resource "${r}"`);
      else {
        resourceSet.add(r);
        resources.push(r);
      }
    });

  const amounts = (v: unknown, path: string): Record<string, number> => {
    const out: Record<string, number> = {};
    if (v === undefined) return out;
    if (!isObject(v)) {
      fail(path, 'expected an object of resource amounts');
      return out;
    }
    for (const [k, a] of Object.entries(v)) {
      const problem = amountIssue(a);
      if (!resourceSet.has(k)) fail(`${path}.${k}`, `unknown resource "${k}"`);
      else if (problem !== null || typeof a !== 'number') fail(`${path}.${k}`, problem ?? 'expected a number');
      else out[k] = a;
    }
    return out;
  };

  const municipalities: InstanceMunicipality[] = [];
  const munIds = new Set<string>();
  if (!Array.isArray(value.municipalities)) fail('municipalities', 'expected an array');
  else
    value.municipalities.forEach((m, i) => {
      const path = `municipalities[${i}]`;
      if (!isObject(m)) return fail(path, 'expected an object');
      if (typeof m.id !== 'string' || m.id === '') return fail(`${path}.id`, 'expected a non-empty string');
      if (munIds.has(m.id)) return fail(`${path}.id`, `duplicate municipality id "${m.id}"`);
      munIds.add(m.id);
      if (m.capacity === undefined) fail(`${path}.capacity`, 'missing');
      municipalities.push({ id: m.id, capacity: amounts(m.capacity, `${path}.capacity`) });
    });

  const households: InstanceHousehold[] = [];
  const hhIds = new Set<string>();
  if (!Array.isArray(value.households)) fail('households', 'expected an array');
  else
    value.households.forEach((h, i) => {
      const path = `households[${i}]`;
      if (!isObject(h)) return fail(path, 'expected an object');
      if (typeof h.id !== 'string' || h.id === '') return fail(`${path}.id`, 'expected a non-empty string');
      if (hhIds.has(h.id)) return fail(`${path}.id`, `duplicate household id "${h.id}"`);
      hhIds.add(h.id);
      const uses = amounts(h.uses, `${path}.uses`);
      const options: InstanceOption[] = [];
      const seen = new Set<string>();
      if (h.options !== undefined && !Array.isArray(h.options)) fail(`${path}.options`, 'expected an array');
      else
        ((h.options as unknown[] | undefined) ?? []).forEach((o, j) => {
          const op = `${path}.options[${j}]`;
          if (!isObject(o)) return fail(op, 'expected an object { municipality, score }');
          if (typeof o.municipality !== 'string') return fail(`${op}.municipality`, 'expected a string');
          if (!munIds.has(o.municipality)) return fail(`${op}.municipality`, `unknown municipality "${o.municipality}"`);
          if (seen.has(o.municipality)) return fail(`${op}.municipality`, `duplicate option for municipality "${o.municipality}"`);
          const problem = scoreIssue(o.score);
          if (problem !== null || typeof o.score !== 'number') return fail(`${op}.score`, problem ?? 'expected a number');
          seen.add(o.municipality);
          options.push({ municipality: o.municipality, score: o.score });
        });
      let pinned: string | undefined;
      if (h.pinned !== undefined && h.pinned !== null) {
        if (typeof h.pinned !== 'string') fail(`${path}.pinned`, 'expected a municipality id');
        else if (!munIds.has(h.pinned)) fail(`${path}.pinned`, `unknown municipality "${h.pinned}"`);
        else pinned = h.pinned;
      }
      households.push(pinned === undefined ? { id: h.id, uses, options } : { id: h.id, uses, options, pinned });
    });

  if (issues.length > 0) throw new InstanceValidationError(issues);
  return { resources, municipalities, households };
}
