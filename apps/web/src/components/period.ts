import type { MessageId } from '../i18n/catalogues';

type T = (id: MessageId, values?: Record<string, string | number | Date>) => string;

/** The half-year period a date falls in, e.g. 2026-H2 (the API's period format). */
export function currentPeriod(date: Date): string {
  return `${date.getUTCFullYear()}-H${date.getUTCMonth() < 6 ? 1 : 2}`;
}

/** The period after `period`. */
export function nextPeriod(period: string): string {
  const [year, half] = period.split('-H');
  return half === '1' ? `${year}-H2` : `${Number(year) + 1}-H1`;
}

/**
 * A period in words, never the code alone: as a label (a caption, an option, a table cell: "Second half of 2027") or
 * inside a sentence ("… for the second half of 2027"). Shared by the municipality's and the officer's pages (common
 * texts `period.label`, `period.inSentence`).
 */
export function periodWords(t: T, period: string, use: 'label' | 'sentence' = 'label'): string {
  const match = /^(\d{4})-H([12])$/.exec(period);
  if (!match) return period;
  return t(use === 'label' ? 'period.label' : 'period.inSentence', { year: match[1], half: match[2] === '1' ? 'first' : 'second' });
}
