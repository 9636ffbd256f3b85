/** `'a', 'b'` for CHECK constraints built from the vocabulary lists. */
export const sqlList = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(', ');
