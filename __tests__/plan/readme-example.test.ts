import { describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { runDemo } from '../../src/commands/demo.js';
import type { Plan } from '../../src/model/plan.js';
import { planToJson } from '../../src/render/plan-json.js';
import { renderPlanMarkdown } from '../../src/render/plan-markdown.js';
import { renderPlanText } from '../../src/render/plan-text.js';

/**
 * The README's plan examples are generated from the demo, not typed: this test renders them and
 * compares with docs/readme/50-plan.md (and README.md once the fragment is merged into it).
 * `UPDATE_PLAN_README=1` rewrites the fragment's generated blocks instead.
 */

const FRAGMENT = join(process.cwd(), 'docs', 'readme', '50-plan.md');
const README = join(process.cwd(), 'README.md');

function jsonExcerpt(plan: Plan): string {
  const json = planToJson(plan);
  const excerpt = {
    version: json.version,
    changes: (json.changes as unknown[]).slice(0, 2),
    summary: json.summary,
    fingerprints: json.fingerprints,
    filesHash: json.filesHash,
  };
  return JSON.stringify(excerpt, null, 2);
}

function quoted(markdown: string): string {
  return markdown
    .trimEnd()
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
}

function blocks(plan: Plan): Record<string, string> {
  return {
    'demo-text': `\`\`\`\n${renderPlanText(plan).trimEnd()}\n\`\`\``,
    'demo-json': `\`\`\`json\n${jsonExcerpt(plan)}\n\`\`\``,
    'demo-comment': quoted(renderPlanMarkdown(plan)),
  };
}

/** The text between a block's markers, without the blank lines Prettier puts around it. */
function between(text: string, name: string): string | undefined {
  const startMarker = `<!-- ${name}:start -->`;
  const start = text.indexOf(startMarker);
  const end = text.indexOf(`<!-- ${name}:end -->`);
  if (start === -1 || end === -1) return undefined;
  return text
    .slice(start + startMarker.length, end)
    .replace(/^\n+/, '')
    .replace(/\n+$/, '');
}

function replaceBetween(text: string, name: string, body: string): string {
  const startMarker = `<!-- ${name}:start -->`;
  const start = text.indexOf(startMarker);
  const end = text.indexOf(`<!-- ${name}:end -->`);
  return `${text.slice(0, start + startMarker.length)}\n\n${body}\n\n${text.slice(end)}`;
}

describe('README plan examples', () => {
  it('are what the demo renders', async () => {
    const demo = await runDemo({ cwd: process.cwd() });
    expect(demo.result.plan).toBeDefined();
    const expected = blocks(demo.result.plan!);
    if (process.env.UPDATE_PLAN_README === '1') {
      let text = readFileSync(FRAGMENT, 'utf8');
      for (const [name, body] of Object.entries(expected)) text = replaceBetween(text, name, body);
      writeFileSync(FRAGMENT, text);
    }
    const sources = [FRAGMENT];
    try {
      if (readFileSync(README, 'utf8').includes('<!-- demo-comment:start -->')) sources.push(README);
    } catch {
      // No README.md yet: the fragment is the only copy.
    }
    for (const source of sources) {
      const text = readFileSync(source, 'utf8');
      for (const [name, body] of Object.entries(expected))
        expect([source, name, between(text, name)]).toEqual([source, name, body]);
    }
  });
});
