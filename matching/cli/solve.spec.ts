import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDegenerate } from '../bench/degenerate.js';
import { checkResult } from '../solver/check.js';
import { main } from './solve.js';

const dir = mkdtempSync(join(tmpdir(), 'solve-cli-'));
const run = async (args: string[]): Promise<{ code: number; err: string }> => {
  let err = '';
  const code = await main(args, (s) => (err += s));
  return { code, err };
};
const write = (name: string, content: string): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

describe('solve CLI', () => {
  it('solves a good instance and writes the result', async () => {
    const golden = JSON.parse(readFileSync(join(process.cwd(), 'matching/solver/golden/basic.json'), 'utf8'));
    const out = join(dir, 'out.json');
    const { code } = await run(['--in', write('in.json', JSON.stringify(golden.instance)), '--out', out, '--time-limit', '5']);
    expect(code).toBe(0);
    const r = JSON.parse(readFileSync(out, 'utf8'));
    expect(r.status).toBe('optimal');
    expect(r.objective).toBeCloseTo(2.7, 9);
  });
  it('exits 1 on bad JSON, naming the problem', async () => {
    const { code, err } = await run(['--in', write('bad.json', '{"resources": ['), '--out', join(dir, 'x.json')]);
    expect(code).toBe(1);
    expect(err).toMatch(/bad JSON/);
  });
  it('exits 1 on an unknown municipality, naming the path', async () => {
    const inst = { resources: ['persons'], municipalities: [{ id: 'A', capacity: {} }], households: [{ id: 'h', uses: {}, options: [{ municipality: 'GM9999', score: 1 }] }] };
    const { code, err } = await run(['--in', write('unk.json', JSON.stringify(inst)), '--out', join(dir, 'x.json')]);
    expect(code).toBe(1);
    expect(err).toMatch(/households\[0\]\.options\[0\]\.municipality: unknown municipality "GM9999"/);
  });
  it('exits 2 when pins exceed capacity', async () => {
    const golden = JSON.parse(readFileSync(join(process.cwd(), 'matching/solver/golden/pins-exceed-capacity.json'), 'utf8'));
    const { code } = await run(['--in', write('pins.json', JSON.stringify(golden.instance)), '--out', join(dir, 'p.json')]);
    expect(code).toBe(2);
  });
  it('exits 1 on scores outside the allowed range, naming the field and the range (solver-huge-scores.json, solver-scores-1e20.json)', async () => {
    const inst = (a: number, b: number, c: number, d: number): string => JSON.stringify({
      resources: ['persons'],
      municipalities: [{ id: 'M1', capacity: { persons: 1 } }, { id: 'M2', capacity: { persons: 1 } }],
      households: [
        { id: 'H1', uses: { persons: 1 }, options: [{ municipality: 'M1', score: a }, { municipality: 'M2', score: b }] },
        { id: 'H2', uses: { persons: 1 }, options: [{ municipality: 'M1', score: c }, { municipality: 'M2', score: d }] },
      ],
    });
    for (const solver of ['auto', 'highs-mip', 'highs-lp']) {
      const huge = await run(['--in', write('huge.json', inst(1.7976931348623157e308, 1, 1, 1.7976931348623157e308)), '--out', join(dir, 'h.json'), '--solver', solver]);
      expect(huge.code).toBe(1);
      expect(huge.err).toMatch(/households\[0\]\.options\[0\]\.score: 1\.7976931348623157e\+308 is outside the allowed score range \[-1000000, 1000000\]/);
      const e20 = await run(['--in', write('e20.json', inst(2e21, 1e21, 3e21, 1e21)), '--out', join(dir, 'e.json'), '--solver', solver]);
      expect(e20.code).toBe(1);
      expect(e20.err).toMatch(/households\[0\]\.options\[0\]\.score: 2e\+21 is outside the allowed score range/);
    }
  });
  it('all ties (like solver-all-ties-2000.json): comes back optimal with every place filled', async () => {
    const inst = generateDegenerate({ family: 'all-ties', households: 2000, municipalities: 100, optionsPerHousehold: 20, singlePersons: true, seed: 1 });
    const out = join(dir, 'ties.json');
    const { code } = await run(['--in', write('ties-in.json', JSON.stringify(inst)), '--out', out, '--time-limit', '10']);
    expect(code).toBe(0);
    const r = JSON.parse(readFileSync(out, 'utf8'));
    expect([r.status, r.objective, r.placements.length]).toEqual(['optimal', 1000, 1000]);
  }, 60_000);
  it('when the limit is hit: exit 0, status timed_out, the best checked answer', async () => {
    const inst = generateDegenerate({ family: 'all-ties', households: 10000, seed: 2 });
    const out = join(dir, 'timed.json');
    const { code, err } = await run(['--in', write('timed-in.json', JSON.stringify(inst)), '--out', out, '--time-limit', '0.2']);
    expect(code).toBe(0);
    expect(err).toMatch(/^timed_out: /);
    const r = JSON.parse(readFileSync(out, 'utf8'));
    expect(r.status).toBe('timed_out');
    expect(r.placements.length).toBeGreaterThan(0);
    expect(checkResult(inst, r)).toEqual([]);
  }, 60_000);
  it('exits 1 on usage errors', async () => {
    expect((await run(['--in'])).code).toBe(1);
    expect((await run(['--in', 'a', '--out', 'b', '--time-limit', 'abc'])).code).toBe(1);
  });
});
