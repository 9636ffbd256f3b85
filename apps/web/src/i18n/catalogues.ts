import type nlCommon from './messages/nl/common.json';
import type nlNewcomer from './messages/nl/newcomer.json';
import type nlMunicipality from './messages/nl/municipality.json';
import type nlOfficer from './messages/nl/officer.json';
import type { Locale } from './languages';

/** The site's own texts (labels, buttons, page states); the API renders the texts about a case itself, in the same languages. */
export type MessageId = keyof typeof nlCommon | keyof typeof nlNewcomer | keyof typeof nlMunicipality | keyof typeof nlOfficer;

/**
 * Every UI text of one language: nl (the source), en, ar or uk, one file per part of the site (common, newcomer,
 * municipality, officer) under messages/<locale>/, merged in catalogue/<locale>.ts. ICU MessageFormat, the API's
 * format. The type makes every language carry every key of nl; catalogues.test.ts checks no other keys, the same
 * arguments, and that each message parses.
 */
export type Catalogue = Record<MessageId, string>;

/** One chunk per language: a reader downloads only the texts of the language they read (bench:web counts them). */
const LOADERS: Record<Locale, () => Promise<{ default: Catalogue }>> = {
  nl: () => import('./catalogue/nl'),
  en: () => import('./catalogue/en'),
  ar: () => import('./catalogue/ar'),
  uk: () => import('./catalogue/uk'),
};

const loaded = new Map<Locale, Promise<Catalogue>>();

/**
 * The catalogue of a language, fetched once and then kept: the same promise for every call, as React's `use` needs.
 * A failed fetch (the network dropped) is forgotten, so the next call tries again.
 */
export function loadCatalogue(locale: Locale): Promise<Catalogue> {
  let promise = loaded.get(locale);
  if (!promise) {
    promise = LOADERS[locale]().then((m) => m.default);
    promise.catch(() => loaded.delete(locale));
    loaded.set(locale, promise);
  }
  return promise;
}
