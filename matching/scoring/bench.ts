/** Measures buildScoredInstance at national scale: `node dist/matching/scoring/bench.js [households]`. */
import { syntheticModel } from '../model/synthetic.js';
import { buildScoredInstance } from './build.js';

const H = Number(process.argv[2] ?? 10000);
const model = syntheticModel({ households: H, municipalities: 342, seed: 7 });
global.gc?.();
const heap0 = process.memoryUsage().heapUsed;
const t0 = performance.now();
const { instance, details } = buildScoredInstance(model, {});
const t1 = performance.now();
global.gc?.();
const heap1 = process.memoryUsage().heapUsed;
const options = instance.households.reduce((s, h) => s + h.options.length, 0);
const filtered = details.units.reduce((s, u) => s + u.filtered.length, 0);
const t2 = performance.now();
let n = 0;
for (const h of instance.households.slice(0, 1000)) for (const o of h.options.slice(0, 5)) if (details.breakdown(h.id, o.municipality)) n++;
const t3 = performance.now();
console.log(JSON.stringify({
  households: H, units: instance.households.length, municipalities: instance.municipalities.length, options, filtered,
  buildSeconds: +((t1 - t0) / 1000).toFixed(3),
  retainedHeapMB: +((heap1 - heap0) / 1048576).toFixed(1),
  breakdownMicros: +(((t3 - t2) * 1000) / n).toFixed(1),
}));
