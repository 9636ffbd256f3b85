import nl from './catalogue/nl';
import en from './catalogue/en';
import ar from './catalogue/ar';
import uk from './catalogue/uk';
import type { Catalogue } from './catalogues';
import type { Locale } from './languages';

/**
 * Every language's catalogue at once, for tests and the browser tests' expectations. The site itself never imports
 * this file: it fetches one language with `loadCatalogue`.
 */
export const CATALOGUES: Record<Locale, Catalogue> = { nl, en, ar, uk };
