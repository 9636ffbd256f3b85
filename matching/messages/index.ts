export { SUPPORTED_LOCALES, STAFF_LOCALES, DEFAULT_LOCALE, RTL_LOCALES, UNREVIEWED_LOCALES, formatLocaleOf, localeOfTag, localesOfRole, negotiateLocale, type Locale } from './locales.js';
export { render, renderAll, argumentsOf, type NameResolvers, type RenderOptions, type Rendered } from './render.js';
export { CATALOGUES, type Catalogue } from './catalogues/index.js';
export { LABEL_CODES, LABEL_SETS, LABELLED_PARAMS, MESSAGE_CODES, MESSAGE_PARAMS, MESSAGE_READER, MUNICIPALITY_MESSAGE_CODES, OFFICER_MESSAGE_CODES, type LabelSet } from './codes.js';
export { READERS, READER_LOCALES, readerMessageCode, type Reader } from './readers.js';
export { iscoTitle, type OfficialTitles } from './isco-title.js';
