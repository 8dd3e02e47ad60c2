// README.md is made from the sections in docs/readme/ (one file per feature, each owned by the code and
// tests it describes; some tests check their examples there). `node scripts/readme.mjs` writes it;
// `--check` fails when README.md differs from what the sections make.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const ORDER = [
  '00-intro.md',
  '10-file-format.md',
  '20-validate.md',
  '40-connecting.md',
  '50-plan.md',
  '70-apply.md',
  '80-export.md',
  '60-action.md',
  '30-simulator.md',
  '90-performance.md',
  '99-development.md',
];

function anchor(title) {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9 _-]/g, '')
    .replace(/ /g, '-');
}

const sections = ORDER.map((name) => readFileSync(join(root, 'docs', 'readme', name), 'utf8').trimEnd());
const titles = sections
  .slice(1)
  .flatMap((text) => text.split('\n').filter((line) => line.startsWith('## ')))
  .map((line) => line.slice(3).trim());
const contents = [
  '## Contents',
  '',
  ...titles.map((title) => `- [${title.replace(/`/g, '')}](#${anchor(title)})`),
];
const generated =
  '<!-- Generated from docs/readme/ by `node scripts/readme.mjs`: edit the sections there. -->';
const text = [sections[0], contents.join('\n'), ...sections.slice(1), generated].join('\n\n') + '\n';

const target = join(root, 'README.md');
if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== text) {
    console.error("README.md is out of date with docs/readme/: run 'node scripts/readme.mjs' and commit it.");
    process.exit(1);
  }
  console.log('README.md is up to date with docs/readme/.');
} else {
  writeFileSync(target, text);
}
