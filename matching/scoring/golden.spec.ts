/**
 * Golden cases: `golden/<name>.case.json` (partial municipalities/households, filled by the test fixtures) →
 * `golden/<name>.expected.json`. Regenerate after a deliberate change with UPDATE_GOLDEN=1 and review the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScoringMember, ScoringTie } from '../model/types.js';
import { buildScoredInstance, type MatchingPolicy } from './build.js';
import { adult, household, municipality, tie } from './fixtures.js';
import { scoredInstanceToJSON } from './json.js';

const dir = join(process.cwd(), 'matching/scoring/golden');
const cases = readdirSync(dir).filter((f) => f.endsWith('.case.json')).sort();

describe('buildScoredInstance golden cases', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThanOrEqual(4));
  for (const file of cases) {
    it(file, () => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const c = JSON.parse(readFileSync(join(dir, file), 'utf8')) as any;
      const municipalities = c.municipalities.map((m: { id: string }) => municipality(m.id, m));
      const households = c.households.map(({ members, ties, ...h }: { id: string; members?: Partial<ScoringMember>[]; ties?: (Partial<ScoringTie> & Pick<ScoringTie, 'kind' | 'municipality'>)[] }) =>
        household(h.id, {
          ...h,
          ...(members ? { members: members.map((m, i) => adult({ position: i + 1, ...m })) } : {}),
          ...(ties ? { ties: ties.map(({ kind, municipality: place, ...o }) => tie(kind, place, o)) } : {}),
        }));
      const policy = c.policy as MatchingPolicy;
      const actual = JSON.parse(JSON.stringify(scoredInstanceToJSON(buildScoredInstance({ households, municipalities }, policy))));
      // determinism: input order does not matter
      const again = JSON.parse(JSON.stringify(scoredInstanceToJSON(buildScoredInstance({ households: [...households].reverse(), municipalities: [...municipalities].reverse() }, policy))));
      expect(again).toEqual(actual);
      const expectedFile = join(dir, file.replace('.case.json', '.expected.json'));
      if (process.env.UPDATE_GOLDEN || !existsSync(expectedFile)) writeFileSync(expectedFile, JSON.stringify(actual, null, 2) + '\n');
      expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
    });
  }
});
