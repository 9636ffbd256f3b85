/** A message catalogue: code → ICU MessageFormat text. Partial on purpose: a test lists what is missing. */
export type Catalogue = Readonly<Partial<Record<string, string>>>;
