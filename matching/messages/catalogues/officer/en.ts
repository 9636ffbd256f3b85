/** Officer texts (en): keys `<code>.officer` (readers.ts), about the household in the third person, with figures. ICU MessageFormat. */
import type { Catalogue } from '../types.js';

export const officerEn: Catalogue = {
};
