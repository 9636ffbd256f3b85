import common from '../messages/en/common.json' with { type: 'json' };
import newcomer from '../messages/en/newcomer.json' with { type: 'json' };
import municipality from '../messages/en/municipality.json' with { type: 'json' };
import officer from '../messages/en/officer.json' with { type: 'json' };
import admin from '../messages/en/admin.json' with { type: 'json' };
import type { Catalogue } from '../catalogues';

/** Every UI text in this language, one chunk of the site's build, fetched when a reader chooses the language. */
const catalogue: Catalogue = { ...common, ...newcomer, ...municipality, ...officer, ...admin };
export default catalogue;
