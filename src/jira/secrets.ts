/**
 * Secrets the product must never print: API tokens, bearer tokens and the derived `base64(email:token)`.
 * The connection registers them as soon as it reads them; every error message and log line the product
 * writes goes through `redact`. The GitHub Action subscribes with `onSecretRegistered` to mask them in
 * the runner's log as well (`core.setSecret`).
 *
 * Matching is deliberately broad, because a hostile or careless server echoes secrets in many shapes:
 * - the secret itself, its URL-encoded form and its base64 forms (standard and URL-safe, at each of the
 *   three byte alignments a secret can take inside a longer encoded text, as in the Basic header);
 * - case-folded (ASCII): a server that lower-cases what it echoes does not defeat it;
 * - any run of RUN or more characters of any of those forms: a secret cut at the edge of an excerpt
 *   (`TOKSECRET_`) still goes. Callers redact the whole text first and cut afterwards.
 */

const REPLACEMENT = '***';
/** Shorter values would redact ordinary words; real tokens are far longer. */
const MIN_SECRET_LENGTH = 6;
/** A run of this many characters of a secret's form counts as the secret. */
const RUN = 12;

const secrets = new Set<string>();
const listeners = new Set<(secret: string) => void>();

/** Forms shorter than RUN: matched whole (case-folded). */
const wholeForms = new Set<string>();
/** Every RUN-character window of every longer form (case-folded). */
const windows = new Set<string>();

/*
 * Scanning a long text fast: only runs of RUN or more characters that all occur in some window can match.
 * A compiled RegExp finds those runs (irregexp runs as native code whatever tier the JavaScript runs at,
 * and most of a plan's output is not in such runs). Within a run, not every window is hashed: a window
 * holds whole the GRAM-character block that starts at the first multiple of STRIDE (counted from the
 * run's start) at or after its own start, since STRIDE - 1 + GRAM = RUN. So only the blocks STRIDE apart
 * are hashed (a cyclic polynomial: rotations and XOR only) and looked up in a bitmap of the hashes of
 * every GRAM characters of every window; where a block's bit is set (a hash, not a proof), the windows
 * that hold it are looked up in the set. Under `--max-opt=1` (no optimising compiler) this reads under
 * half a character per character of a run, where hashing every window read two.
 */
const CODE_UNITS = 0x10000;
/** Case-folded code units that occur in some window. */
const inWindows = new Uint8Array(CODE_UNITS);
const HASH_BITS = 20;
/** A hash's bucket: its low HASH_BITS bits. */
const BUCKET = (1 << HASH_BITS) - 1;
/** Characters of a block; a window holds a whole block at every STRIDE-th start. */
const GRAM = 4;
const STRIDE = RUN - GRAM + 1;
/** The buckets of every GRAM characters of every window. */
const gramBitmap = new Uint8Array(1 << (HASH_BITS - 3));
let table: Int32Array | undefined;
/** The runs worth hashing, as a global RegExp; rebuilt after the alphabet grows. */
let alphabetRuns: RegExp | undefined;

/**
 * A fixed pseudo-random 32-bit value per code unit (xorshift32), so hashes are the same every run.
 * Built when the first secret is learnt, not at import: a run without secrets (validate, `--help`)
 * does not spend milliseconds of its start-up on it.
 */
function hashTable(): Int32Array {
  if (table !== undefined) return table;
  table = new Int32Array(CODE_UNITS);
  let state = 0x9e3779b9;
  for (let index = 0; index < CODE_UNITS; index++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    table[index] = state;
  }
  // An upper-case letter hashes as its lower-case one, so the scan needs no case folding per character.
  // Windows are folded and never hold A-Z: no window's hash changes.
  for (let upper = 65; upper <= 90; upper++) table[upper] = table[upper + 32] ?? 0;
  return table;
}

function rotate(value: number, by: number): number {
  return (value << by) | (value >>> (32 - by));
}

/** ASCII case folding of one code unit. */
function foldCode(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/** ASCII case folding, one code unit for one: offsets in the folded text are offsets in the original. */
function fold(text: string): string {
  return text.replace(/[A-Z]+/g, (upper) => upper.toLowerCase());
}

/** `\uXXXX`: a code unit in a RegExp character class, whatever it is (`]`, `-`, a lone surrogate). */
function classUnit(code: number): string {
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * A global RegExp matching each maximal run of RUN or more code units whose case-folded form occurs in
 * some window: both cases of a letter, code units listed one by one (no `i` or `u` flag, whose folding
 * goes beyond ASCII), consecutive ones as ranges. The lookbehind lets a match start only where a run
 * starts: without it, a run too short to count is read again from each of its characters (twice the time
 * on a plan's indented JSON).
 */
function runsOfAlphabet(): RegExp {
  if (alphabetRuns !== undefined) return alphabetRuns;
  let members = '';
  for (let code = 0; code < CODE_UNITS; code++) {
    if (inWindows[foldCode(code)] === 0) continue;
    let last = code;
    while (last + 1 < CODE_UNITS && inWindows[foldCode(last + 1)] === 1) last++;
    members += last === code ? classUnit(code) : `${classUnit(code)}-${classUnit(last)}`;
    code = last;
  }
  alphabetRuns = new RegExp(`(?<![${members}])[${members}]{${RUN},}`, 'g');
  return alphabetRuns;
}

function hashOf(window: string): number {
  const TABLE = hashTable();
  let hash = 0;
  for (let index = 0; index < window.length; index++) {
    hash = rotate(hash, 1) ^ (TABLE[window.charCodeAt(index)] ?? 0);
  }
  return hash;
}

/** Base64 of `value`'s bytes from `offset`, without the last character and padding (they depend on what follows). */
function base64Core(bytes: Buffer, offset: number, encoding: 'base64' | 'base64url'): string {
  const encoded = bytes.subarray(offset).toString(encoding).replace(/=+$/, '');
  return encoded.slice(0, -1);
}

/** The shapes a secret may be echoed in (before case folding). */
function formsOf(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  const forms = [secret, encodeURIComponent(secret), bytes.toString('base64'), bytes.toString('base64url')];
  for (const offset of [0, 1, 2]) {
    forms.push(base64Core(bytes, offset, 'base64'), base64Core(bytes, offset, 'base64url'));
  }
  return [...new Set(forms)].filter((form) => form.length >= MIN_SECRET_LENGTH);
}

function learn(secret: string): void {
  for (const form of formsOf(secret).map(fold)) {
    if (form.length < RUN) {
      wholeForms.add(form);
      continue;
    }
    for (let start = 0; start + RUN <= form.length; start++) {
      const window = form.slice(start, start + RUN);
      if (windows.has(window)) continue;
      windows.add(window);
      for (let gram = 0; gram + GRAM <= RUN; gram++) {
        const at = hashOf(window.slice(gram, gram + GRAM)) & BUCKET;
        gramBitmap[at >>> 3] = (gramBitmap[at >>> 3] ?? 0) | (1 << (at & 7));
      }
      for (let index = 0; index < window.length; index++) inWindows[window.charCodeAt(index)] = 1;
      alphabetRuns = undefined;
    }
  }
}

/** Registers a secret (idempotent) and tells every subscriber about it. Empty/short values are ignored. */
export function registerSecret(value: string | undefined): void {
  if (value === undefined) return;
  const trimmed = value.trim();
  for (const candidate of new Set([value, trimmed])) {
    if (candidate.length < MIN_SECRET_LENGTH || secrets.has(candidate)) continue;
    secrets.add(candidate);
    learn(candidate);
    // The runner masks exact strings only: give it the encoded forms too.
    const exact = [
      candidate,
      encodeURIComponent(candidate),
      Buffer.from(candidate, 'utf8').toString('base64'),
    ];
    for (const form of new Set(exact)) for (const listener of listeners) listener(form);
  }
}

/**
 * Calls `listener` for every secret registered so far and every one registered later (the action passes
 * `core.setSecret`). Returns a function that unsubscribes.
 */
export function onSecretRegistered(listener: (secret: string) => void): () => void {
  listeners.add(listener);
  for (const secret of secrets) listener(secret);
  return () => listeners.delete(listener);
}

/** The [start, end) ranges of `text` that hold secret material. */
function secretRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  if (wholeForms.size > 0) {
    const folded = fold(text);
    for (const form of wholeForms) {
      for (let at = folded.indexOf(form); at >= 0; at = folded.indexOf(form, at + 1)) {
        ranges.push([at, at + form.length]);
      }
    }
  }
  if (windows.size === 0) return ranges;
  const TABLE = hashTable();
  const runs = runsOfAlphabet();
  runs.lastIndex = 0;
  for (let match = runs.exec(text); match !== null; match = runs.exec(text)) {
    const first = match.index;
    const end = runs.lastIndex;
    const lastStart = end - RUN;
    /** Windows starting before this were looked at for an earlier block. */
    let unchecked = first;
    for (let block = first; block + GRAM <= end; block += STRIDE) {
      let hash = 0;
      // Rotations written out (not `rotate`): without the optimising compiler a call per character
      // costs more than the step itself. TABLE is case-folded, so the raw code unit indexes it.
      for (let index = block; index < block + GRAM; index++) {
        hash = ((hash << 1) | (hash >>> 31)) ^ (TABLE[text.charCodeAt(index)] ?? 0);
      }
      const at = hash & BUCKET;
      if (((gramBitmap[at >>> 3] ?? 0) & (1 << (at & 7))) === 0) continue;
      // The windows that hold this block whole.
      const last = Math.min(block, lastStart);
      for (let start = Math.max(unchecked, block + GRAM - RUN); start <= last; start++) {
        if (windows.has(fold(text.slice(start, start + RUN)))) ranges.push([start, start + RUN]);
      }
      unchecked = Math.max(unchecked, last + 1);
    }
  }
  return ranges;
}

/**
 * The text with every registered secret replaced by `***`: overlapping and adjacent matches become one
 * `***`, so nothing of a secret is left between two of them. Redact the whole text before cutting it.
 */
export function redact(text: string): string {
  if (secrets.size === 0 || text.length < MIN_SECRET_LENGTH) return text;
  const ranges = secretRanges(text);
  if (ranges.length === 0) return text;
  ranges.sort((a, b) => a[0] - b[0]);
  let result = '';
  let written = 0;
  let index = 0;
  while (index < ranges.length) {
    const [start] = ranges[index] ?? [0, 0];
    let end = ranges[index]?.[1] ?? start;
    index++;
    while (index < ranges.length && (ranges[index]?.[0] ?? Infinity) <= end) {
      end = Math.max(end, ranges[index]?.[1] ?? end);
      index++;
    }
    result += text.slice(written, start) + REPLACEMENT;
    written = end;
  }
  return result + text.slice(written);
}

/** An `Output`-like writer that redacts everything written through it. */
export function redactingWriter(output: { write(text: string): void }): { write(text: string): void } {
  return {
    write: (text: string) => {
      output.write(redact(text));
    },
  };
}

/** For tests: the registered secrets are forgotten. */
export function clearSecretsForTesting(): void {
  secrets.clear();
  wholeForms.clear();
  windows.clear();
  gramBitmap.fill(0);
  inWindows.fill(0);
  alphabetRuns = undefined;
}
