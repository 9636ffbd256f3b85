/**
 * Measures the priority rule and stable re-runs (issue 10) on a seeded synthetic cohort:
 *   node dist/matching/bench/priority.js [households=2000] [municipalities=30] [tightness=0.33] [weights=0,0.1,0.25,0.5,1,2] [seconds=10]
 * For each priority weight: queue-honour per home band (earlier vs later half placed), households placed and
 * mean fit; then, at DEFAULT_PRIORITY_WEIGHT, households moved by one pin with and without the anchor.
 * The queue: households in a seeded random order (one permit date per position), no urgency.
 */
import { syntheticModel } from '../model/synthetic.js';
import type { MatchingModel } from '../model/types.js';
import { mulberry32 } from '../random.js';
import { buildScoredInstance, type MatchingPolicy, type PairRef } from '../scoring/build.js';
import { DEFAULT_PRIORITY_WEIGHT } from '../scoring/priority.js';
import { solve } from '../solver/solve.js';
import { householdFits } from '../rounds/figures.js';
import { queueHonour } from '../rounds/queue-honour.js';
import type { QueueContext } from '../explain/others-first.js';
import { anchorOfUnits, keepAnchorIfBetter } from '../rounds/anchor-repair.js';

/** The cohort and its queue (seeded). */
export function priorityCohort(households: number, municipalities: number, tightness: number, seed = 10): QueueContext {
  const model: MatchingModel = syntheticModel({ households, municipalities, tightness, seed });
  const rnd = mulberry32(seed + 1);
  const ids = model.households.map((h) => h.id);
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [ids[i], ids[j]] = [ids[j], ids[i]];
  }
  const day = (i: number): string => new Date(Date.UTC(2025, 0, 1) + Math.floor(i / 8) * 86_400_000).toISOString().slice(0, 10);
  return { model, queue: ids.map((household, i) => ({ household, urgency: 'none' as const, permitDate: day(i) })) };
}

/** One solve: placements per household, mean and total fit, status and gap. */
export async function solveCohort(ctx: QueueContext, policy: MatchingPolicy, seconds: number) {
  const { instance, details } = buildScoredInstance(ctx.model, { placementValue: 1, queue: ctx.queue.map((q) => q.household), ...policy });
  const solved = await solve(instance, { solver: 'auto', timeLimitSeconds: seconds, seed: 1 });
  const { result, kept } = keepAnchorIfBetter(instance, solved, anchorOfUnits(details, policy.anchor ?? []));
  const placedAt = new Map(result.placements.map((p) => [p.household, p.municipality]));
  const placement = new Map<string, string | null>();
  for (const u of details.units) for (const h of u.households) placement.set(h, placedAt.get(u.id) ?? null);
  const fits = householdFits(ctx.model, details, placement).filter((f) => f.municipality !== null);
  const totalFit = fits.reduce((s, f) => s + (f.fit ?? 0), 0);
  return {
    instance, details, result, placement, kept,
    placed: fits.length, totalFit, meanFit: fits.length ? totalFit / fits.length : null,
    gap: result.bound !== 0 ? (result.bound - result.objective) / Math.abs(result.bound) : 0,
  };
}

/** Households whose placement differs between two runs. */
export function moved(a: ReadonlyMap<string, string | null>, b: ReadonlyMap<string, string | null>): number {
  let n = 0;
  for (const [h, m] of a) if ((b.get(h) ?? null) !== m) n++;
  return n;
}

/**
 * A pin that changes the answer: the first placed single household (by id) to the first other acceptable
 * municipality with free room for it; when every municipality is full (capacity far below demand), to the first
 * other acceptable one (`room` false: someone there must make way).
 */
export function onePin(run: Awaited<ReturnType<typeof solveCohort>>): PairRef & { readonly room: boolean } {
  const used = new Map<string, Record<string, number>>();
  const uses = new Map(run.instance.households.map((h) => [h.id, h.uses]));
  for (const p of run.result.placements) {
    const row = used.get(p.municipality) ?? {};
    for (const [r, v] of Object.entries(uses.get(p.household) ?? {})) row[r] = (row[r] ?? 0) + v;
    used.set(p.municipality, row);
  }
  const sorted = [...run.result.placements].sort((a, b) => (a.household < b.household ? -1 : 1));
  for (const needRoom of [true, false]) {
    for (const p of sorted) {
      const unit = run.details.unit(p.household)!;
      if (unit.households.length !== 1) continue;
      const filtered = new Set(unit.filtered.map((f) => f.municipality));
      for (const m of run.instance.municipalities) {
        if (m.id === p.municipality || filtered.has(m.id)) continue;
        const room = Object.entries(unit.uses).every(([r, v]) => (used.get(m.id)?.[r] ?? 0) + v <= (m.capacity[r] ?? 0));
        if (room || !needRoom) return { household: p.household, municipality: m.id, room };
      }
    }
  }
  throw new Error('no municipality to pin to');
}

async function main(): Promise<void> {
  const [n, M, tight] = [Number(process.argv[2] ?? 2000), Number(process.argv[3] ?? 30), Number(process.argv[4] ?? 0.33)];
  const weights = (process.argv[5] ?? '0,0.1,0.25,0.5,1,2').split(',').map(Number);
  const seconds = Number(process.argv[6] ?? 10);
  const ctx = priorityCohort(n, M, tight);
  console.log(`cohort: ${n} households, ${M} municipalities, tightness ${tight}; solve limit ${seconds} s`);
  console.log('weight | band | earlier placed | later placed | ratio | passed over | placed (all) | mean fit | total fit | gap | status');
  for (const w of weights) {
    const run = await solveCohort(ctx, { priorityWeight: w }, seconds);
    for (const b of queueHonour(ctx, run.details, run.placement)) {
      console.log([w, b.band, `${b.earlierHalf.placed}/${b.earlierHalf.households} (${b.earlierHalf.share})`, `${b.laterHalf.placed}/${b.laterHalf.households} (${b.laterHalf.share})`,
        b.ratio, `${b.passedOver.households} ${JSON.stringify(b.passedOver.byCategory)}`, run.placed, run.meanFit?.toFixed(4), run.totalFit.toFixed(2), (100 * run.gap).toFixed(3) + '%', run.result.status].join(' | '));
    }
  }
  const base = await solveCohort(ctx, { priorityWeight: DEFAULT_PRIORITY_WEIGHT }, seconds);
  const pin = onePin(base);
  const anchor = [...base.placement].filter(([, m]) => m !== null).map(([household, m]) => ({ household, municipality: m! }));
  const pins = [{ household: pin.household, municipality: pin.municipality }];
  const anchored = await solveCohort(ctx, { priorityWeight: DEFAULT_PRIORITY_WEIGHT, pins, anchor }, seconds);
  const free = await solveCohort(ctx, { priorityWeight: DEFAULT_PRIORITY_WEIGHT, pins }, seconds);
  console.log(`one pin (${pin.household} → ${pin.municipality}, ${pin.room ? 'with free room' : 'full: someone makes way'}) at weight ${DEFAULT_PRIORITY_WEIGHT}: moved with anchor ${moved(base.placement, anchored.placement)} (answer kept: ${anchored.kept}; mean fit ${anchored.meanFit?.toFixed(4)}), without anchor ${moved(base.placement, free.placement)} (mean fit ${free.meanFit?.toFixed(4)}); base mean fit ${base.meanFit?.toFixed(4)}`);
}

if (process.argv[1]?.endsWith('priority.js')) await main();
