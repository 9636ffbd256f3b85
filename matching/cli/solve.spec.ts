import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  it('exits 1 on usage errors', async () => {
    expect((await run(['--in'])).code).toBe(1);
    expect((await run(['--in', 'a', '--out', 'b', '--time-limit', 'abc'])).code).toBe(1);
  });
});
