/** Municipality texts (uk): keys `<code>.municipality` (readers.ts), third person: what the household brings and needs. ICU MessageFormat. */
import type { Catalogue } from '../types.js';

export const municipalityUk: Catalogue = {
  // ── issue 11, part H2 (proposals): the response deadline ──
  'proposal.respond_by.municipality': 'Дайте відповідь на цю пропозицію не пізніше {respondBy, date, long}. Домогосподарство має той самий строк.',
};
