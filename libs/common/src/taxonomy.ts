import type { CefrLevel } from '#matching/vocabulary/index.js';

/** CEFR (Council of Europe) language proficiency levels, lowest first: the vocabulary's CEFR_LEVELS, described. */
export const CEFR = [
  { code: 'A1', name: 'Breakthrough', description: 'Understands and uses familiar everyday expressions and very basic phrases.' },
  { code: 'A2', name: 'Waystage', description: 'Communicates in simple and routine tasks on familiar topics.' },
  { code: 'B1', name: 'Threshold', description: 'Deals with most situations likely to arise in daily life and work on familiar matters.' },
  { code: 'B2', name: 'Vantage', description: 'Interacts with fluency with native speakers; understands complex texts in own field.' },
  { code: 'C1', name: 'Effective operational proficiency', description: 'Uses language flexibly for social, academic and professional purposes.' },
  { code: 'C2', name: 'Mastery', description: 'Understands with ease virtually everything heard or read.' },
] as const satisfies readonly { readonly code: CefrLevel; readonly name: string; readonly description: string }[];

/** ISCED 2011 levels of education. */
export const ISCED = [
  { level: 0, name: 'Early childhood education' },
  { level: 1, name: 'Primary education' },
  { level: 2, name: 'Lower secondary education' },
  { level: 3, name: 'Upper secondary education' },
  { level: 4, name: 'Post-secondary non-tertiary education' },
  { level: 5, name: 'Short-cycle tertiary education' },
  { level: 6, name: "Bachelor's or equivalent level" },
  { level: 7, name: "Master's or equivalent level" },
  { level: 8, name: 'Doctoral or equivalent level' },
] as const;
