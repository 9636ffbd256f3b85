/**
 * node dist/matching/bench/write-instance.js --households N [--family realistic|all-ties|few-values|zero-capacity|single-municipality]
 *   [--seed S] --out instance.json
 * Writes a seeded instance (generate.ts or degenerate.ts) as JSON for `npm run solve` (dev tool).
 */
import { writeFileSync } from 'node:fs';
import { DEGENERATE_FAMILIES, generateDegenerate, isDegenerateFamily } from './degenerate.js';
import { generateInstance } from './generate.js';

const args = process.argv.slice(2);
const arg = (name: string, dflt?: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt;
};
const family = arg('family', 'realistic')!;
const households = Number(arg('households', '10000'));
const seed = Number(arg('seed', '1'));
const out = arg('out');
if (!out || !(Number.isInteger(households) && households >= 0) || (family !== 'realistic' && !isDegenerateFamily(family))) {
  process.stderr.write(`usage: write-instance --households N [--family realistic|${DEGENERATE_FAMILIES.join('|')}] [--seed S] --out FILE\n`);
  process.exit(1);
}
const instance = isDegenerateFamily(family) ? generateDegenerate({ family, households, seed }) : generateInstance({ households, seed });
writeFileSync(out, JSON.stringify(instance));
process.stderr.write(`${out}: ${family}, ${households} households, ${instance.municipalities.length} municipalities, seed ${seed}\n`);
