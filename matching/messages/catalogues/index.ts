import type { Locale } from '../locales.js';
import { ar } from './ar.js';
import { en } from './en.js';
import { nl } from './nl.js';
import { uk } from './uk.js';
import type { Catalogue } from './types.js';

export type { Catalogue } from './types.js';
export const CATALOGUES: Readonly<Record<Locale, Catalogue>> = { nl, en, ar, uk };
