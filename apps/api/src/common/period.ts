const PERIOD = /^(\d{4})-H([12])$/;

/** Half-year period of a date, e.g. 2026-11-29 → 2026-H2 (the taakstelling is set per half year). */
export function periodOf(date: Date): string {
  return `${date.getUTCFullYear()}-H${date.getUTCMonth() < 6 ? 1 : 2}`;
}

export function isPeriod(value: string): boolean {
  return PERIOD.test(value);
}
