import common from '../messages/nl/common.json' with { type: 'json' };
import newcomer from '../messages/nl/newcomer.json' with { type: 'json' };
import municipality from '../messages/nl/municipality.json' with { type: 'json' };
import officer from '../messages/nl/officer.json' with { type: 'json' };
import admin from '../messages/nl/admin.json' with { type: 'json' };
import type { Catalogue } from '../catalogues';

/** Every UI text in this language, one chunk of the site's build, fetched when a reader chooses the language. */
const catalogue: Catalogue = { ...common, ...newcomer, ...municipality, ...officer, ...admin };
export default catalogue;
