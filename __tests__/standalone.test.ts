import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * The repository stands on its own: a clone in an empty folder passes `npm ci && npm test`. This guards
 * the ways tests used to reach out of it (a folder beside the repository, an absolute path on the build
 * machine). The reference data they need lives in `__tests__/reference/`.
 */

const ROOT = resolve(import.meta.dirname, '..');
const SKIP = new Set(['node_modules', 'dist', '.tmp', '.git', 'fixtures', 'golden', 'reference']);

function sources(path: string): string[] {
  if (!statSync(path).isDirectory()) return /\.(ts|mjs|js|json)$/.test(path) ? [path] : [];
  return readdirSync(path)
    .filter((name) => !SKIP.has(name))
    .flatMap((name) => sources(join(path, name)));
}

/** This file is left out: it spells the forms it looks for. */
const FILES = ['__tests__', 'bench', 'scripts', 'jest.config.js', 'package.json']
  .flatMap((path) => sources(join(ROOT, path)))
  .filter((file) => file !== import.meta.filename);

/** What a path out of the repository looks like in source text. */
const OUTSIDE = [
  /['"`]\/(work|home|Users|root|mnt|srv)\//,
  /shared[/'", ]+reference/,
  /\.\.\/\.\.\/\.\.\//,
  /'\.\.', '\.\.', '\.\.'/,
];

describe('the repository stands on its own', () => {
  it('has test, benchmark and script sources to check', () => {
    expect(FILES.map((file) => relative(ROOT, file))).toEqual(
      expect.arrayContaining(['__tests__/sim/openapi.ts', 'scripts/bundle.mjs', 'package.json']),
    );
  });

  it('names no path outside the repository in its tests, benchmarks and scripts', () => {
    // Whitespace folded, so that a path spread over several lines (`join(\n '..',\n '..',`) is seen too.
    const offenders = FILES.flatMap((file) => {
      const text = readFileSync(file, 'utf8').replace(/\s+/g, ' ');
      return OUTSIDE.flatMap((pattern) => {
        const match = pattern.exec(text);
        return match === null ? [] : [`${relative(ROOT, file)}: ${match[0]}`];
      });
    });
    expect(offenders).toEqual([]);
  });

  it('would notice the forms that once reached out of it', () => {
    const once = [
      "const REFERENCE = '/work/shared/reference/github-rest-comments-subset.json';",
      "const REFERENCE = join('shared', 'reference', 'jira-platform-openapi-subset.json');",
      "join(import.meta.dirname, '..', '..', '..', 'shared', 'reference', 'sarif-schema-2.1.0.json')",
    ];
    for (const text of once)
      expect([text, OUTSIDE.some((pattern) => pattern.test(text))]).toEqual([text, true]);
  });

  it('holds the API descriptions the tests validate against', () => {
    for (const name of [
      'jira-platform-openapi-subset.json',
      'github-rest-comments-subset.json',
      'sarif-schema-2.1.0.json',
    ]) {
      const document = JSON.parse(readFileSync(join(ROOT, '__tests__', 'reference', name), 'utf8')) as object;
      expect(Object.keys(document).length).toBeGreaterThan(0);
    }
    expect(readFileSync(join(ROOT, '__tests__', 'reference', 'README.md'), 'utf8')).toContain('Apache-2.0');
  });
});
