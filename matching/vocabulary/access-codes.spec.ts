import { ACCESS_CODE_ALPHABET, ACCESS_CODE_LENGTH, accessCodeFromBytes, formatAccessCode, normaliseAccessCode, welcomePath } from './access-codes.js';

describe('access codes', () => {
  it('use Crockford’s alphabet: 32 characters, no I, L, O or U', () => {
    expect(new Set(ACCESS_CODE_ALPHABET).size).toBe(32);
    expect(ACCESS_CODE_ALPHABET).not.toMatch(/[ILOU]/);
  });

  it('read a code as typed: case, spaces and dashes do not matter; I and L are one, O is zero', () => {
    expect(normaliseAccessCode('k7qm-3xd9-p2tw-8hrv')).toBe('K7QM3XD9P2TW8HRV');
    expect(normaliseAccessCode(' K7QM 3XD9\tP2TW 8HRV ')).toBe('K7QM3XD9P2TW8HRV');
    expect(normaliseAccessCode('IL0O-0000-0000-0000')).toBe('1100000000000000');
    expect(normaliseAccessCode('K7QM-3XD9-P2TW-8HR')).toBeNull(); // 15 characters
    expect(normaliseAccessCode('K7QM-3XD9-P2TW-8HRVV')).toBeNull(); // 17
    expect(normaliseAccessCode('K7QM-3XD9-P2TW-8HRU')).toBeNull(); // U is not in the alphabet
    expect(normaliseAccessCode('K7QM-3XD9-P2TW-8HR!')).toBeNull();
  });

  it('write a code in four groups of four, and put it in the welcome link’s fragment', () => {
    expect(formatAccessCode('k7qm3xd9p2tw8hrv')).toBe('K7QM-3XD9-P2TW-8HRV');
    expect(formatAccessCode('not a code')).toBe('not a code');
    expect(welcomePath('K7QM3XD9P2TW8HRV')).toBe('/welcome#code=K7QM-3XD9-P2TW-8HRV');
  });

  it('make a code of 16 characters from random bytes, each byte’s low 5 bits choosing one', () => {
    const bytes = Uint8Array.from({ length: ACCESS_CODE_LENGTH }, (_, i) => i * 8 + 32); // 32 → 0, 40 → 8, …
    const code = accessCodeFromBytes(bytes);
    expect(code).toHaveLength(ACCESS_CODE_LENGTH);
    expect(code[0]).toBe(ACCESS_CODE_ALPHABET[0]);
    expect(code[1]).toBe(ACCESS_CODE_ALPHABET[8]);
    expect(normaliseAccessCode(code)).toBe(code);
    expect(() => accessCodeFromBytes(new Uint8Array(15))).toThrow(RangeError);
  });
});
