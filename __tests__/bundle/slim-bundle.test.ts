import { describe, expect, it, jest } from '@jest/globals';
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { runInNewContext } from 'node:vm';

import { checkSlimmed, slimBundleFile } from '../../scripts/slim-bundle.mjs';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** ncc's first build after an edit takes about half a minute per entry on the shared machine. */
jest.setTimeout(180_000);

/** Nothing above U+007F (a bundle file is read as Latin-1, so a UTF-8 byte shows as U+0080-U+00FF). */
const ASCII = /^[^\u0080-\uffff]*$/;

/** What `code` (which sets `result`) leaves in `result`. */
function run(code: string): unknown {
  const sandbox: { result: unknown } = { result: undefined };
  runInNewContext(code, sandbox);
  return sandbox.result;
}

describe('slimming a bundle file', () => {
  it('drops comments but legal ones and export names, keeping every line, the shebang and the source map comment', () => {
    const source = [
      '#!/usr/bin/env node',
      '/******/ var modules = ({',
      '/***/ 12: /* a note… */ ((module) => { // why, at length',
      '/*! some-package © its authors */',
      '  const a = typeof/**/(0,module/* .tuneHeapFor */ .uc); /* two',
      '     lines */ return a;',
      '})});',
      '//# sourceMappingURL=index.js.map',
    ].join('\n');
    expect(slimBundleFile(source, 'index.js').split('\n')).toEqual([
      '#!/usr/bin/env node',
      'var modules = ({',
      '12: ((module) => {',
      '/*! some-package \\u00a9 its authors */',
      '  const a = typeof (0,module/* .tuneHeapFor */ .uc);',
      'return a;',
      '})});',
      '//# sourceMappingURL=index.js.map',
    ]);
  });

  it('keeps a line break a comment stood for, so automatic semicolons stay where they were', () => {
    const source = 'let a = 1 /* one\n */ let b = a + 1\nresult = [a, b]';
    const slim = slimBundleFile(source, 'asi.js');
    expect(slim).toBe('let a = 1\nlet b = a + 1\nresult = [a, b]');
    expect(run(slim)).toEqual(run(source));
  });

  it('escapes every non-ASCII character of strings, templates, regular expressions and names', () => {
    const source = [
      "const café = 'a … b × c → 😀 \\é';",
      'const x = 2;',
      'const t = `${x} × ${x} → ${x * x} ‘quoted’ 😀`;',
      "const words = ['à', 'ü', 'é', 'z', '😀', '😎'];",
      'const loose = words.map((word) => /^[à-ü]$/.test(word));',
      'const unicode = words.map((word) => /^[😀-😎]$/u.test(word));',
      'const astral = words.map((word) => /^😀$/.test(word));',
      'result = { café, t, loose, unicode, astral, name: Object.keys({ café })[0] };',
    ].join('\n');
    const slim = slimBundleFile(source, 'escapes.js');
    expect(slim).toMatch(ASCII);
    expect(slim).toContain("'a \\u2026 b \\u00d7 c \\u2192 \\ud83d\\ude00 \\u00e9'");
    expect(slim).toContain('/^[\\u{1f600}-\\u{1f60e}]$/u');
    expect(slim).toContain('const caf\\u00e9 =');
    expect(slim.split('\n')).toHaveLength(source.split('\n').length);
    const want = run(source);
    expect(want).toMatchObject({ loose: [true, true, true, false, false, false] });
    expect(want).toMatchObject({ unicode: [false, false, false, false, true, true] });
    expect(run(slim)).toEqual(want);
  });

  it('leaves a tagged template alone, and refuses one it would have to escape', () => {
    const ascii = 'result = String.raw`a\\u00e9b`; // raw\n';
    expect(slimBundleFile(ascii, 'raw.js')).toBe('result = String.raw`a\\u00e9b`;\n');
    expect(run(ascii)).toBe('a\\u00e9b');
    expect(() => slimBundleFile('result = String.raw`é`;', 'raw.js')).toThrow(
      'raw.js: a tagged template holds a non-ASCII character',
    );
  });

  it('checks that every token stays on its line, not only that the file keeps its line count', () => {
    // The same tokens and as many lines, but `;` moved up a line: a check of the count alone passed it.
    const source = 'x = 1\n;y = 2';
    expect(() => {
      checkSlimmed(source, 'x = 1;\ny = 2', 'moved.js');
    }).toThrow(
      /^moved\.js: the slimmed file would not mean the same: token 3 differs: line 2: ; +became line 1: ; *$/,
    );
    expect(() => {
      checkSlimmed(source, 'x = 1\n; y = 2', 'kept.js');
    }).not.toThrow();
  });

  it('refuses a line separator in a literal, whose escape would move the lines after it', () => {
    expect(() => slimBundleFile("const s = '\u2028';", 'ls.js')).toThrow('a line or paragraph separator');
  });
});

describe("the command line's bundle", () => {
  it('holds only ASCII and no comments but legal ones, so V8 keeps its text at one byte a character', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(ROOT, 'scripts', 'bundle.mjs'), '--cached', 'cli'],
      { cwd: ROOT },
    );
    const folder = stdout.trim();
    const files = readdirSync(folder).filter((name) => name.endsWith('.js'));
    expect(files).toContain('index.js');
    for (const name of files) {
      const text = readFileSync(join(folder, name), 'latin1');
      expect([name, ASCII.test(text)]).toEqual([name, true]);
      expect([name, /\/\*\*\*\/|\/\* harmony import \*\//.test(text)]).toEqual([name, false]);
    }
    expect(readFileSync(join(folder, 'index.js'), 'latin1')).toMatch(/^#!\/usr\/bin\/env node\n/);
  });
});
