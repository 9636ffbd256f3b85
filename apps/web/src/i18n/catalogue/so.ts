import common from '../messages/so/common.json' with { type: 'json' };
import newcomer from '../messages/so/newcomer.json' with { type: 'json' };
import type { NewcomerCatalogue } from '../catalogues';

/** The texts of this language: the common and newcomer parts only (LOCALES_OF_PART; not yet reviewed by a native speaker). */
const catalogue: NewcomerCatalogue = { ...common, ...newcomer };
export default catalogue;
