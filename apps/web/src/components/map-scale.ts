/**
 * The colour scale and keyboard order of the municipality map (MunicipalityMap), kept apart from the drawing so that
 * they can be tested without a browser.
 */

/** How many colour steps a map has: shares 0–20 %, 20–40 %, 40–60 %, 60–80 %, 80–100 %. */
export const MAP_STEPS = 5;

/**
 * The colour step (0 … MAP_STEPS − 1) of a share from 0 to 1: [0, 0.2) is step 0, …, [0.8, 1] step 4; a share above 1
 * (more placed than the capacity said, e.g. a pin) is step 4, below 0 step 0. Null (nothing to measure, e.g. no
 * capacity) stays null and is drawn as "no figure".
 */
export function shareStep(share: number | null): number | null {
  if (share === null || Number.isNaN(share)) return null;
  return Math.max(0, Math.min(MAP_STEPS - 1, Math.floor(share * MAP_STEPS)));
}

/** The lower and upper bound (0–1) of a step's shares, for the legend. */
export function stepBounds(step: number): readonly [number, number] {
  return [step / MAP_STEPS, (step + 1) / MAP_STEPS];
}

/**
 * Where the keyboard goes from `current` in the map's order (municipalities by name): ArrowDown and the arrow pointing
 * forward in the reading direction (ArrowRight, or ArrowLeft when right-to-left) to the next, ArrowUp and the
 * backward arrow to the previous, Home and End to the first and last; it stops at both ends. Undefined for any other
 * key (the browser keeps it) or an unknown `current`.
 */
export function keyTarget(order: readonly string[], current: string, key: string, rtl = false): string | undefined {
  const at = order.indexOf(current);
  if (at < 0 || order.length === 0) return undefined;
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
  if (key === 'ArrowDown' || key === forward) return order[Math.min(order.length - 1, at + 1)];
  if (key === 'ArrowUp' || key === backward) return order[Math.max(0, at - 1)];
  if (key === 'Home') return order[0];
  if (key === 'End') return order[order.length - 1];
  return undefined;
}

/**
 * The ranges of a count map (e.g. persons placed per municipality) whose largest count is `max`: step 0 is exactly 0,
 * steps 1 … MAP_STEPS − 1 split 1 … max into ranges of equal width w = ⌈max / (MAP_STEPS − 1)⌉ ([1, w], [w + 1, 2w], …,
 * the last ending at max). Steps that would start above max are left out (max 2 gives [0, 0], [1, 1], [2, 2]), so
 * every range in the legend can occur. Empty (no steps) for max ≤ 0 other than [0, 0].
 */
export function countRanges(max: number): readonly (readonly [number, number])[] {
  const ranges: (readonly [number, number])[] = [[0, 0]];
  if (max <= 0) return ranges;
  const width = Math.ceil(max / (MAP_STEPS - 1));
  for (let from = 1; from <= max && ranges.length < MAP_STEPS; from += width) ranges.push([from, Math.min(max, from + width - 1)]);
  return ranges;
}

/** The step of a count in `countRanges(max)`: 0 for 0, else the range holding it (counts above max in the last). */
export function countStep(count: number, max: number): number {
  const ranges = countRanges(max);
  const step = ranges.findIndex(([from, to]) => count >= from && count <= to);
  return step < 0 ? ranges.length - 1 : step;
}
