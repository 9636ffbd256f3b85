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

/** A period in words ("first half of 2027"), never the code alone: shared by the municipality's and the officer's pages (common texts). */
export function periodWords(t: T, period: string): string {
  const match = /^(\d{4})-H([12])$/.exec(period);
  if (!match) return period;
  return t('period.words', { year: match[1], half: match[2] === '1' ? 'first' : 'second' });
}
