/** Arithmetic of the run's figures page (RunFiguresPage), kept apart so that tests can check it without a browser. */

/**
 * The share (0–1) of a municipality's person places used in a run: placed persons / person places it had in the
 * round. Null when it had no person places (nothing to fill); above 1 when more were placed than the capacity said
 * (possible through an officer's pin).
 */
export function personsShare(persons: number, capacity: number): number | null {
  return capacity > 0 ? persons / capacity : null;
}

/**
 * The difference a − b of two shares (0–1) in whole percentage points, rounded after subtracting (0.853 − 0.701 →
 * 15, not 85 − 70), so that it agrees with the exact figures; null when either share is missing.
 */
export function pointsBetween(a: number | null, b: number | null): number | null {
  if (a === null || b === null) return null;
  const points = Math.round((a - b) * 100);
  return points === 0 ? 0 : points; // no "-0"
}

