/**
 * The CEFR scale (Common European Framework of Reference for Languages, Council of Europe 2001): its levels and their
 * order. A module of its own, without the ISO 639 code table of languages.ts, so the web app can bundle it.
 */

/** CEFR levels, lowest first. */
export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type CefrLevel = (typeof CEFR_LEVELS)[number];

/** True when `level` is `minimum` or higher on the CEFR scale. */
export function cefrAtLeast(level: CefrLevel, minimum: CefrLevel): boolean {
  return CEFR_LEVELS.indexOf(level) >= CEFR_LEVELS.indexOf(minimum);
}
