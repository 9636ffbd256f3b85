/** Municipality texts (nl): keys `<code>.municipality` (readers.ts), third person: what the household brings and needs. ICU MessageFormat. */
import type { Catalogue } from '../types.js';

export const municipalityNl: Catalogue = {
  // ── issue 11, part H2 (proposals): the response deadline ──
  'proposal.respond_by.municipality': 'Geef uiterlijk op {respondBy, date, long} antwoord op dit voorstel. Het huishouden heeft dezelfde termijn.',
};
