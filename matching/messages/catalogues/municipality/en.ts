/** Municipality texts (en): keys `<code>.municipality` (readers.ts), third person: what the household brings and needs. ICU MessageFormat. */
import type { Catalogue } from '../types.js';

export const municipalityEn: Catalogue = {
  // ── issue 11, part H2 (proposals): the response deadline ──
  'proposal.respond_by.municipality': 'Answer this proposal by {respondBy, date, long}. The household has the same deadline.',
};
