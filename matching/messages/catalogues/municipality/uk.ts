/** Municipality texts (uk): keys `<code>.municipality` (readers.ts), third person: what the household brings and needs. ICU MessageFormat. */
import type { Catalogue } from '../types.js';

export const municipalityUk: Catalogue = {
};
