import { SeededRandom } from '../random.js';
import type { Instance } from '../solver/types.js';
import type { ScoredDetails } from '../scoring/build.js';

/**
 * Today's practice, for comparison: households in queue order, each sent to a random municipality that
 * meets its hard needs and still has room, regardless of fit. Seeded, so the comparison is reproducible.
 */
export function statusQuoAllocation(
  instance: Instance,
  details: ScoredDetails,
  queueOrder: readonly string[],
  seed: number,
): Map<string, string | null> {
  const random = new SeededRandom(seed);
  const left = new Map(instance.municipalities.map((m) => [m.id, { ...m.capacity } as Record<string, number>]));
  const municipalityIds = instance.municipalities.map((m) => m.id).sort();
  const unitById = new Map(instance.households.map((h) => [h.id, h]));
  const rank = new Map(queueOrder.map((id, i) => [id, i]));
  const unitRank = (unitId: string) => Math.min(...(details.unit(unitId)?.households ?? [unitId]).map((h) => rank.get(h) ?? Infinity));
  const units = [...instance.households].sort((a, b) => unitRank(a.id) - unitRank(b.id) || (a.id < b.id ? -1 : 1));
  const allocation = new Map<string, string | null>();
  for (const unit of units) {
    const detail = details.unit(unit.id);
    const filtered = new Set((detail?.filtered ?? []).map((f) => f.municipality));
    const uses = unitById.get(unit.id)!.uses;
    const fitting = municipalityIds.filter(
      (m) => !filtered.has(m) && Object.entries(uses).every(([r, n]) => (left.get(m)?.[r] ?? 0) >= n),
    );
    const chosen = unit.pinned ?? (fitting.length ? fitting[Math.floor(random.next() * fitting.length)] : null);
    if (chosen) for (const [r, n] of Object.entries(uses)) left.get(chosen)![r] = (left.get(chosen)![r] ?? 0) - n;
    for (const household of detail?.households ?? [unit.id]) allocation.set(household, chosen);
  }
  return allocation;
}
