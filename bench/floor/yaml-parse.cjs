// The validate floor: a whole node process that reads every .yml/.yaml file under a folder and parses it
// with js-yaml's CommonJS build (the faster of its two builds on Node 20), doing nothing else. What a
// minimal correct validator cannot avoid; `npm run bench` runs it beside `jira-perms validate`.
'use strict';
const { readFileSync } = require('node:fs');
const { load } = require('js-yaml');
const { schemeFiles } = require('./files.cjs');

let parsed = 0;
for (const file of schemeFiles(process.argv[2])) {
  const value = load(readFileSync(file, 'utf8'));
  if (typeof value === 'object' && value !== null) parsed++;
}
process.stdout.write(`${parsed} files parsed\n`);
