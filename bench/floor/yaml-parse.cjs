// The validate floor: a whole node process that reads every .yml/.yaml file under a folder and parses it
// with js-yaml's CommonJS build (the faster of its two builds on Node 20), doing nothing else. What a
// minimal correct validator cannot avoid; `npm run bench` runs it beside `jira-perms validate`.
'use strict';
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const { load } = require('js-yaml');

function files(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return files(path);
      return /\.ya?ml$/.test(entry.name) ? [path] : [];
    });
}

let parsed = 0;
for (const file of files(process.argv[2])) {
  const value = load(readFileSync(file, 'utf8'));
  if (typeof value === 'object' && value !== null) parsed++;
}
process.stdout.write(`${parsed} files parsed\n`);
