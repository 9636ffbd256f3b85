/**
 * `text` isolated from the sentence around it (Unicode FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, UAX #9): an
 * e-mail address, a code or a case reference inside an Arabic sentence keeps its own direction, and the punctuation
 * after it stays where the sentence puts it (without it "مثل K7QM-3XD9-P2TW-8HRV." showed its full stop at the start
 * of the line). For values put into a catalogue's text; elements use `<bdi>`.
 */
export function isolated(text: string): string {
  return `\u2068${text}\u2069`;
}

/**
 * A code or case reference that may not break at its dashes (NON-BREAKING HYPHEN, U+2011, instead of "-"): the
 * welcome page's example code broke as "K7QM-3XD9-" / "P2TW-8HRV" on a phone. For showing only, never for input.
 */
export function unbroken(text: string): string {
  return text.replace(/-/g, '\u2011');
}
