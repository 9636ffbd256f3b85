import nlCommon from './messages/nl/common.json' with { type: 'json' };
import nlNewcomer from './messages/nl/newcomer.json' with { type: 'json' };
import nlMunicipality from './messages/nl/municipality.json' with { type: 'json' };
import nlOfficer from './messages/nl/officer.json' with { type: 'json' };
import enCommon from './messages/en/common.json' with { type: 'json' };
import enNewcomer from './messages/en/newcomer.json' with { type: 'json' };
import enMunicipality from './messages/en/municipality.json' with { type: 'json' };
import enOfficer from './messages/en/officer.json' with { type: 'json' };
import arCommon from './messages/ar/common.json' with { type: 'json' };
import arNewcomer from './messages/ar/newcomer.json' with { type: 'json' };
import arMunicipality from './messages/ar/municipality.json' with { type: 'json' };
import arOfficer from './messages/ar/officer.json' with { type: 'json' };
import ukCommon from './messages/uk/common.json' with { type: 'json' };
import ukNewcomer from './messages/uk/newcomer.json' with { type: 'json' };
import ukMunicipality from './messages/uk/municipality.json' with { type: 'json' };
import ukOfficer from './messages/uk/officer.json' with { type: 'json' };
import type { Locale } from './languages';

const nl = { ...nlCommon, ...nlNewcomer, ...nlMunicipality, ...nlOfficer };

/** The site's own texts (labels, buttons, page states); the API renders the texts about a case itself, in the same languages. */
export type MessageId = keyof typeof nl;

/**
 * Every UI text in nl (the source), en, ar and uk, one file per part of the site (common, newcomer, municipality,
 * officer) under messages/<locale>/: ICU MessageFormat, the API's format. The type makes every language carry every
 * key of nl; catalogues.test.ts checks no other keys, the same arguments, and that each message parses.
 */
export const CATALOGUES: Record<Locale, Record<MessageId, string>> = {
  nl,
  en: { ...enCommon, ...enNewcomer, ...enMunicipality, ...enOfficer },
  ar: { ...arCommon, ...arNewcomer, ...arMunicipality, ...arOfficer },
  uk: { ...ukCommon, ...ukNewcomer, ...ukMunicipality, ...ukOfficer },
};
