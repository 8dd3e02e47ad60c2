import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

import { COMMANDS } from '../../src/cli/main.js';
import { RULE_REGISTRY } from '../../src/model/rules.js';

/**
 * The documentation's promises: a README a Jira admin reads on one screen or a few (≤ 25 KB), a page per
 * command and per rule id (the rules' pages are SARIF's helpUri targets), and links between local files
 * and headings that resolve.
 */

const ROOT = resolve(import.meta.dirname, '..', '..');
const README_LIMIT_BYTES = 25 * 1024;

/** Commands the contract adds that are not built yet: their pages exist ahead of them. */
const PLANNED_COMMANDS = ['drift', 'access'];

function markdownFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return path.endsWith('.md') ? [path] : [];
  return readdirSync(path).flatMap((name) => markdownFiles(join(path, name)));
}

const DOCS = [
  join(ROOT, 'README.md'),
  join(ROOT, 'CONTRIBUTING.md'),
  join(ROOT, '__tests__', 'reference', 'README.md'),
  ...markdownFiles(join(ROOT, 'docs')),
];

/** Every finding id the product can emit: the rules registry (loader, lint rules, resolver, planner, guardrails). */
function findingIds(): string[] {
  return RULE_REGISTRY.map((meta) => meta.id).sort();
}

/** Markdown without fenced code blocks and inline code, where links and headings are not links and headings. */
function prose(text: string): string {
  return text.replace(/^(```|~~~)[\s\S]*?^\1\s*$/gm, '').replace(/`[^`\n]*`/g, '');
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to dashes, repeats numbered. */
function anchors(text: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  const withoutCode = text.replace(/^(```|~~~)[\s\S]*?^\1\s*$/gm, '');
  for (const match of withoutCode.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = match[1]!
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .toLowerCase()
      .replace(/[^\p{L}\p{N} _-]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    result.add(count === 0 ? base : `${base}-${count}`);
  }
  return result;
}

interface Link {
  from: string;
  target: string;
}

function localLinks(file: string): Link[] {
  const links: Link[] = [];
  for (const match of prose(readFileSync(file, 'utf8')).matchAll(
    /\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g,
  )) {
    const target = match[1]!;
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:
    links.push({ from: relative(ROOT, file), target });
  }
  return links;
}

/** Why a link does not resolve, or undefined when it does. */
function brokenLink(link: Link): string | undefined {
  const [pathPart = '', anchor] = link.target.split('#', 2);
  const source = join(ROOT, link.from);
  const target = pathPart === '' ? source : resolve(dirname(source), decodeURIComponent(pathPart));
  if (relative(ROOT, target).startsWith('..')) return 'points outside the repository';
  if (!existsSync(target)) return 'no such file';
  if (anchor === undefined) return undefined;
  if (!target.endsWith('.md')) return 'an anchor into a file that is not Markdown';
  return anchors(readFileSync(target, 'utf8')).has(anchor) ? undefined : `no heading #${anchor}`;
}

describe('README', () => {
  const readme = readFileSync(join(ROOT, 'README.md'));

  it(`is at most ${README_LIMIT_BYTES} bytes`, () => {
    expect(readme.length).toBeLessThanOrEqual(README_LIMIT_BYTES);
  });

  it('starts with the two commands for a fresh machine: the demo and the tests', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme.toString('utf8'))?.[1] ?? '';
    expect(readme.toString('utf8').indexOf('```sh')).toBeLessThan(200);
    expect(firstBlock).toContain('npm ci && npm run demo');
    expect(firstBlock).toContain('npm ci && npm test');
  });
});

describe('reference pages', () => {
  const commands = [...COMMANDS.map((command) => command.name), ...PLANNED_COMMANDS];

  it.each(commands)('command %s has docs/commands/%s.md with its options section', (name) => {
    const page = join(ROOT, 'docs', 'commands', `${name}.md`);
    expect(existsSync(page)).toBe(true);
    const text = readFileSync(page, 'utf8');
    expect(text.startsWith(`# jira-perms ${name}\n`)).toBe(true);
    const begin = text.indexOf('<!-- options:begin -->');
    expect(begin).toBeGreaterThan(-1);
    expect(text.indexOf('<!-- options:end -->')).toBeGreaterThan(begin);
  });

  const ids = findingIds();

  it('finds the finding ids of the loader, the rules, the resolver, the planner and the guardrails', () => {
    expect(ids).toEqual(
      expect.arrayContaining([
        'yaml',
        'no-anonymous-access',
        'unresolved-group',
        'pinned-scheme-missing',
        'lockout',
      ]),
    );
  });

  it.each(ids)('rule %s has docs/rules/%s.md, listed in docs/rules/README.md', (id) => {
    const page = join(ROOT, 'docs', 'rules', `${id}.md`);
    expect(existsSync(page)).toBe(true);
    const text = readFileSync(page, 'utf8');
    expect(text.startsWith(`# ${id}\n`)).toBe(true);
    for (const section of ['## What it checks', '## Why', '## How to fix', '## How to configure'])
      expect([id, text.includes(`\n${section}\n`)]).toEqual([id, true]);
    expect(readFileSync(join(ROOT, 'docs', 'rules', 'README.md'), 'utf8')).toContain(`](${id}.md)`);
  });

  it.each(ids)(
    'rule %s: its page and the rules list agree with the registry (default, configurable)',
    (id) => {
      const meta = RULE_REGISTRY.find((candidate) => candidate.id === id)!;
      const text = readFileSync(join(ROOT, 'docs', 'rules', `${id}.md`), 'utf8');
      const configure = text.slice(text.indexOf('\n## How to configure\n'));
      if (meta.adjustable) {
        expect([
          id,
          configure.includes(`rules:\n  ${id}: `) ||
            configure.includes(`Setting \`${id}\` to \`warning\` or \`off\` under \`rules:\``),
        ]).toEqual([id, true]);
      } else {
        expect([id, configure.includes(`It cannot be turned off or lowered: ${meta.fixed ?? ''}`)]).toEqual([
          id,
          true,
        ]);
      }
      const row = readFileSync(join(ROOT, 'docs', 'rules', 'README.md'), 'utf8')
        .split('\n')
        .find((line) => line.includes(`[\`${id}\`](${id}.md)`));
      expect([id, row?.split('|')[2]?.trim()]).toEqual([id, meta.defaultSeverity]);
    },
  );

  it('has no rule page for an id the product does not report', () => {
    // Looser than findingIds on purpose: the id only has to appear as a string in the sources, however
    // a finding is built, so that this fails for a stale page and not for a new way of building findings.
    const sources = (dir: string): string =>
      readdirSync(dir)
        .map((name) => join(dir, name))
        .map((path) =>
          statSync(path).isDirectory()
            ? sources(path)
            : path.endsWith('.ts')
              ? readFileSync(path, 'utf8')
              : '',
        )
        .join('\n');
    const text = sources(join(ROOT, 'src'));
    const pages = readdirSync(join(ROOT, 'docs', 'rules'))
      .filter((name) => name !== 'README.md')
      .map((name) => name.replace(/\.md$/, ''));
    expect(pages.filter((page) => !text.includes(`'${page}'`))).toEqual([]);
  });
});

describe('links', () => {
  const links = DOCS.flatMap(localLinks);

  it('are found in the README and the docs', () => {
    expect(DOCS.length).toBeGreaterThan(10);
    expect(links.length).toBeGreaterThan(100);
  });

  it('to local files and headings resolve', () => {
    const broken = links.flatMap((link) => {
      const why = brokenLink(link);
      return why === undefined ? [] : [`${link.from}: (${link.target}) ${why}`];
    });
    expect(broken).toEqual([]);
  });

  it('would notice a missing file, a missing heading and a path out of the repository', () => {
    const from = 'docs/README.md';
    expect(brokenLink({ from, target: 'commands/nope.md' })).toBe('no such file');
    expect(brokenLink({ from, target: 'action.md#no-such-heading' })).toBe('no heading #no-such-heading');
    expect(brokenLink({ from, target: '../../outside.md' })).toBe('points outside the repository');
    expect(brokenLink({ from, target: 'action.md#workflows' })).toBeUndefined();
  });
});
