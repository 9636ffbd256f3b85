import { readFileSync, writeFileSync } from 'node:fs';
import { messageReference, paramsWithoutMeaning } from './reference.js';

/** docs/message-parameters.md, generated; `WRITE_MESSAGE_REFERENCE=1` rewrites it instead of comparing. */
const REFERENCE = new URL('../../docs/message-parameters.md', import.meta.url);

describe('message parameter reference', () => {
  it('gives every parameter of every message code a meaning', () => {
    expect(paramsWithoutMeaning()).toEqual([]);
  });

  it('docs/message-parameters.md is the generated reference (WRITE_MESSAGE_REFERENCE=1 regenerates it)', () => {
    const generated = messageReference();
    if (process.env.WRITE_MESSAGE_REFERENCE === '1') writeFileSync(REFERENCE, generated);
    expect(readFileSync(REFERENCE, 'utf8')).toBe(generated);
  });
});
