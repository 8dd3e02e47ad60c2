import { commandDeps } from '../../src/commands/deps.js';
import { describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { runDemo } from '../../src/commands/demo.js';
import type { Plan } from '../../src/model/plan.js';
import { planToJson } from '../../src/view/plan-json.js';
import { renderPlanMarkdown } from '../../src/view/plan-markdown.js';
import { renderPlanText } from '../../src/view/plan-text.js';

/**
 * The docs' plan examples are generated from the demo, not typed: this test renders them and compares
 * every copy between the markers: the text and JSON plans in docs/commands/plan.md, the pull-request
 * comment in README.md. `UPDATE_PLAN_README=1` rewrites the generated blocks instead.
 */

const SOURCES = [join(process.cwd(), 'docs', 'commands', 'plan.md'), join(process.cwd(), 'README.md')];

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

describe('the plan examples in the docs', () => {
  it('are what the demo renders', async () => {
    const demo = await runDemo({}, commandDeps({ cwd: process.cwd() }));
    expect(demo.result.plan).toBeDefined();
    const expected = blocks(demo.result.plan!);
    if (process.env.UPDATE_PLAN_README === '1') {
      for (const source of SOURCES) {
        let text = readFileSync(source, 'utf8');
        for (const [name, body] of Object.entries(expected))
          if (between(text, name) !== undefined) text = replaceBetween(text, name, body);
        writeFileSync(source, text);
      }
    }
    for (const name of Object.keys(expected)) {
      const holders = SOURCES.filter((source) => between(readFileSync(source, 'utf8'), name) !== undefined);
      expect([name, holders.length > 0]).toEqual([name, true]);
    }
    for (const source of SOURCES) {
      const text = readFileSync(source, 'utf8');
      for (const [name, body] of Object.entries(expected)) {
        const copy = between(text, name);
        if (copy !== undefined) expect([source, name, copy]).toEqual([source, name, body]);
      }
    }
  });
});
