// Writes the generated part of every command's page in docs/commands/ (usage and option table, between
// <!-- options:begin --> and <!-- options:end -->) from the option tables in src/cli/commands/.
// `--check` fails when a page differs; __tests__/cli/docs.test.ts checks the same on `npm test`.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

import prettier from 'prettier';

import { loadCommands } from '../src/cli/main.ts';
import { commandPagePath, withOptions } from '../src/cli/docs.ts';

const root = resolve(import.meta.dirname, '..');
const check = process.argv.includes('--check');
let stale = 0;
for (const command of await loadCommands()) {
  const file = join(root, commandPagePath(command.name));
  const before = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  // Formatted as `npm run lint` wants it (Prettier aligns the table), so the two never disagree.
  const after = await prettier.format(withOptions(before, command.spec), {
    ...(await prettier.resolveConfig(file)),
    filepath: file,
  });
  if (before === after) continue;
  if (check) {
    console.error(`${commandPagePath(command.name)} is out of date with its option table.`);
    stale += 1;
  } else {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, after);
    console.log(`wrote ${commandPagePath(command.name)}`);
  }
}
if (stale > 0) {
  console.error("Run 'npm run docs:options' and commit the pages.");
  process.exit(1);
}
