const PERIOD = /^(\d{4})-H([12])$/;

/** Half-year period of a date, e.g. 2026-11-29 → 2026-H2 (the taakstelling is set per half year). */
export function periodOf(date: Date): string {
  return `${date.getUTCFullYear()}-H${date.getUTCMonth() < 6 ? 1 : 2}`;
}

export function isPeriod(value: string): boolean {
  return PERIOD.test(value);
}

/** The `count` half-year periods before `period`, latest first: previousPeriods('2026-H2', 2) → ['2026-H1', '2025-H2']. */
export function previousPeriods(period: string, count: number): string[] {
  const match = PERIOD.exec(period);
  if (!match) throw new Error(`not a period: ${period}`);
  let year = Number(match[1]);
  let half = Number(match[2]);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    if (half === 2) half = 1;
    else { half = 2; year -= 1; }
    out.push(`${year}-H${half}`);
  }
  return out;
}
