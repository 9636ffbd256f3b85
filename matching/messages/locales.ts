export const SUPPORTED_LOCALES = ['nl', 'en', 'ar', 'uk'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';
/** Right-to-left locales (for the UI's `dir` attribute). */
export const RTL_LOCALES: readonly Locale[] = ['ar'];

function isSupported(tag: string): tag is Locale {
  return (SUPPORTED_LOCALES as readonly string[]).includes(tag);
}

/**
 * Picks a supported locale from an Accept-Language header ("ar-SY,ar;q=0.9,en;q=0.5") or a plain parameter
 * ("uk", "nl-BE"). Highest quality first, header order on ties; a region is ignored. Unknown → `fallback`.
 */
export function negotiateLocale(input: string | null | undefined, fallback: Locale = DEFAULT_LOCALE): Locale {
  if (!input) return fallback;
  const ranges = input.split(',').map((part, i) => {
    const [tag, ...attrs] = part.trim().split(';');
    const q = attrs.map((a) => a.trim()).find((a) => a.startsWith('q='));
    const quality = q === undefined ? 1 : Number(q.slice(2));
    return { tag: tag.trim().toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, i };
  });
  ranges.sort((a, b) => b.quality - a.quality || a.i - b.i);
  for (const r of ranges) {
    if (r.quality <= 0) continue;
    const primary = r.tag.split(/[-_]/)[0];
    if (isSupported(primary)) return primary;
  }
  return fallback;
}
