// The plan floor: a whole node process that does exactly the reads a correct plan of a scheme folder
// needs on Jira Cloud (REST 3), with plain `fetch` and 10 requests in flight, and nothing else:
//   the permission catalogue, every scheme with every grant and the role list (side by side);
//   the groups and users the files name that no live grant names (/group/bulk, /user/bulk, 50 a batch);
//   and, when something changes or a file lists `projects:`, the project pages and one
//   "which scheme" read per project, started as each page arrives.
// It compares the files with the live grants (holders by id, the managed add-ons role left out) and
// prints {requests, answerBytes, adds, removes} as JSON: `npm run bench` runs it beside `jira-perms plan`.
'use strict';
const { readFileSync } = require('node:fs');
const { load } = require('js-yaml');
const { schemeFiles } = require('./files.cjs');
const { stats } = require('./jira.cjs');
const { compare, readProjectUsage, readSite } = require('./compare.cjs');

async function main() {
  const folder = process.argv[2];
  const docs = schemeFiles(folder).map((file) => load(readFileSync(file, 'utf8')));
  const site = await readSite(docs, { catalogue: true });
  const { adds, removes, listsProjects } = compare(docs, site);

  // Which project uses which scheme: pages, each page's projects read as soon as it arrives.
  const changes = adds.length + removes.length > 0;
  const projects = changes || listsProjects ? (await readProjectUsage()).length : 0;
  const answer = { ...stats, adds: adds.length, removes: removes.length, projects };
  process.stdout.write(`${JSON.stringify(answer)}\n`);
}

main().catch((error) => {
  process.stderr.write(`plan floor: ${error.message}\n`);
  process.exitCode = 1;
});
