import type { Locale } from '../locales.js';
import { ar } from './ar.js';
import { en } from './en.js';
import { nl } from './nl.js';
import { uk } from './uk.js';
import { fa } from './fa.js';
import { so } from './so.js';
import { ti } from './ti.js';
import { tr } from './tr.js';
import { officerEn } from './officer/en.js';
import { officerNl } from './officer/nl.js';
import { municipalityAr } from './municipality/ar.js';
import { municipalityEn } from './municipality/en.js';
import { municipalityNl } from './municipality/nl.js';
import { municipalityUk } from './municipality/uk.js';
import type { Catalogue } from './types.js';

export type { Catalogue } from './types.js';
/**
 * One catalogue per language: the newcomer's messages (keyed by code) with the officer's (`<code>.officer`, Dutch and
 * English only) and the municipality's (`<code>.municipality`, `STAFF_LOCALES`) merged in. Keys never collide
 * (readers.ts). Tigrinya, Persian, Turkish and Somali hold the newcomer's messages only (`UNREVIEWED_LOCALES`: not yet
 * reviewed by a native speaker).
 */
export const CATALOGUES: Readonly<Record<Locale, Catalogue>> = {
  nl: { ...nl, ...officerNl, ...municipalityNl },
  en: { ...en, ...officerEn, ...municipalityEn },
  ar: { ...ar, ...municipalityAr },
  uk: { ...uk, ...municipalityUk },
  ti,
  fa,
  tr,
  so,
};
