import { describe, expect, it } from '@jest/globals';

import { redact, registerSecret } from '../../src/jira/secrets.js';

/**
 * The scan of long texts (a RegExp finds the runs worth hashing, blocks a stride apart are hashed inside
 * them) against a plain restatement of the rules in secrets.ts's header: every 12-character window of
 * every form of a secret, case-folded, is redacted wherever it occurs; overlapping and adjacent matches
 * become one `***`.
 */

const RUN = 12;
const TOKEN = 'TOKSECRET_9f8e7d6c5b4a3210ZyXwVuTsRqPoNm=+/';
/** Code units a RegExp character class must escape, non-ASCII ones and a character outside the BMP. */
const ODD = 'odd]se\\cret^-[x\u00e9\u20ac\ud834\udd1e-tail';

function fold(text: string): string {
  return text.replace(/[A-Z]/g, (upper) => upper.toLowerCase());
}

/** ASCII letters upper-cased only: the case folding redaction undoes. */
function upper(text: string): string {
  return text.replace(/[a-z]/g, (lower) => lower.toUpperCase());
}

function formsOf(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  const forms = [secret, encodeURIComponent(secret), bytes.toString('base64'), bytes.toString('base64url')];
  for (const offset of [0, 1, 2]) {
    for (const encoding of ['base64', 'base64url'] as const) {
      forms.push(bytes.subarray(offset).toString(encoding).replace(/=+$/, '').slice(0, -1));
    }
  }
  return forms.map(fold);
}

const windows = new Set<string>();
for (const secret of [TOKEN, ODD]) {
  for (const form of formsOf(secret)) {
    for (let start = 0; start + RUN <= form.length; start++) windows.add(form.slice(start, start + RUN));
  }
}

/** Position by position, no hash, no RegExp. */
function reference(text: string): string {
  const covered = new Uint8Array(text.length + 1);
  const folded = fold(text);
  for (let start = 0; start + RUN <= text.length; start++) {
    if (windows.has(folded.slice(start, start + RUN))) covered.fill(1, start, start + RUN);
  }
  let result = '';
  for (let index = 0; index < text.length; index++) {
    if (covered[index] === 0) result += text.charAt(index);
    else if (index === 0 || covered[index - 1] === 0) result += '***';
  }
  return result;
}

/** A fixed pseudo-random sequence (the same texts every run). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x100000000;
  };
}

registerSecret(TOKEN);
registerSecret(ODD);

describe('redact scanning long texts', () => {
  it('finds a secret inside a longer run of its own alphabet, in either case', () => {
    const text = `abcdefghij${TOKEN.toUpperCase()}klmnop ${fold(TOKEN)}QRSTUVWXYZ`;
    expect(redact(text)).toBe(reference(text));
    expect(redact(text)).toBe('abcdefghij***klmnop ***QRSTUVWXYZ');
  });

  it('finds a bare RUN characters of a secret at every offset from the start of the run holding it', () => {
    for (let pad = 0; pad <= 2 * RUN; pad++) {
      const text = `${'x'.repeat(pad)}${TOKEN.slice(5, 5 + RUN)}${'y'.repeat(pad % 5)}.${TOKEN.slice(9, 9 + RUN)}`;
      expect(redact(text)).toBe(`${'x'.repeat(pad)}***${'y'.repeat(pad % 5)}.***`);
    }
  });

  it('finds a secret at the very start and end of the text and beside characters outside the alphabet', () => {
    const text = `${TOKEN}\u00ff\u2028${TOKEN.slice(0, RUN)}`;
    expect(redact(text)).toBe('***\u00ff\u2028***');
  });

  it('finds a secret made of characters a character class must escape', () => {
    const text = `say ${upper(ODD)} and ${encodeURIComponent(ODD)}; keep ]\\^-[\u00e9\u20ac\ud834\udd1e`;
    expect(redact(text)).toBe('say *** and ***; keep ]\\^-[\u00e9\u20ac\ud834\udd1e');
  });

  it('finds base64 forms at every alignment inside long encoded texts', () => {
    for (const prefix of ['', 'a', 'ab', 'abc']) {
      const encoded = Buffer.from(`${prefix}user@example.com:${TOKEN}:${'z'.repeat(40)}`).toString('base64');
      const text = `Authorization: Basic ${encoded}\n`.repeat(3);
      expect(redact(text)).toBe(reference(text));
      expect(redact(text)).toContain('***');
    }
  });

  it('redacts exactly what the rules say in random texts of pieces of secrets, words and separators', () => {
    const next = random(0x2545f491);
    const pieces = [
      ...formsOf(TOKEN),
      ...formsOf(ODD),
      TOKEN.toUpperCase(),
      'Default Permission Scheme',
      'ADMINISTER_PROJECTS',
      'a08ff49b-6f77-4632-b16c-43069c43a8c3',
      '    ',
      '\n',
      '"',
      ': ',
      '\u00e9t\u00e9',
      '\ud834\udd1e',
    ];
    for (let round = 0; round < 200; round++) {
      let text = '';
      const count = 1 + Math.floor(next() * 30);
      for (let piece = 0; piece < count; piece++) {
        const whole = pieces[Math.floor(next() * pieces.length)] ?? '';
        // A random cut of a piece: runs cut at either end, shorter and longer than RUN.
        const from = Math.floor(next() * whole.length);
        const to = from + Math.floor(next() * (whole.length - from + 1));
        const part = whole.slice(next() < 0.5 ? 0 : from, next() < 0.5 ? whole.length : to);
        text += next() < 0.3 ? part.toUpperCase() : part;
      }
      expect(redact(text)).toBe(reference(text));
    }
  });
});
