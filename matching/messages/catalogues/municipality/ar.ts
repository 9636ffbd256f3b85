/** Municipality texts (ar): keys `<code>.municipality` (readers.ts), third person: what the household brings and needs. ICU MessageFormat. */
import type { Catalogue } from '../types.js';

export const municipalityAr: Catalogue = {
  // ── issue 11, part H2 (proposals): the response deadline ──
  'proposal.respond_by.municipality': 'يرجى الرد على هذا الاقتراح في موعد أقصاه {respondBy, date, long}. لدى الأسرة الموعد النهائي نفسه.',
};
