import nl from './catalogue/nl';
import en from './catalogue/en';
import ar from './catalogue/ar';
import uk from './catalogue/uk';
import ti from './catalogue/ti';
import fa from './catalogue/fa';
import tr from './catalogue/tr';
import so from './catalogue/so';
import type { Catalogue, NewcomerCatalogue } from './catalogues';
import type { Locale, StaffLocale } from './languages';

/**
 * Every language's catalogue at once, for tests and the browser tests' expectations. The site itself never imports
 * this file: it fetches one language with `loadMessages`. Tigrinya, Persian, Turkish and Somali have the common and
 * newcomer parts only (`LOCALES_OF_PART`; catalogues.test.ts checks each part's languages are complete).
 */
export const CATALOGUES: { readonly [L in Locale]: L extends StaffLocale ? Catalogue : NewcomerCatalogue } = { nl, en, ar, uk, ti, fa, tr, so };
