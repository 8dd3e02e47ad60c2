// The apply floor: a whole node process that carries out the grant additions a scheme folder asks of
// Jira Cloud (REST 3), as a minimal correct client would, with plain `fetch` and 10 requests in flight:
//   reads every scheme with every grant and the role list (side by side), and the groups and users the
//   files name that no live grant names (none for a folder exported from the site);
//   compares the files with the live grants (holders by id, the managed add-ons role left out);
//   posts one grant per addition, 10 in flight, and checks each answer is a success.
// Nothing else: no permission catalogue, no validation or lint of the files, no project usage (an
// addition cannot lock anyone out), no re-read of what it wrote, no second comparison, no journal.
// It carries out additions only: a folder that also asks for removals is refused before any write.
// Prints {requests, answerBytes, adds} as JSON: `npm run bench` runs it beside `jira-perms apply`.
'use strict';
const { readFileSync } = require('node:fs');
const { load } = require('js-yaml');
const { schemeFiles } = require('./files.cjs');
const { request, stats } = require('./jira.cjs');
const { compare, readSite } = require('./compare.cjs');

async function main() {
  const folder = process.argv[2];
  const docs = schemeFiles(folder).map((file) => load(readFileSync(file, 'utf8')));
  const site = await readSite(docs, { catalogue: false });
  const { adds, removes } = compare(docs, site);
  if (removes.length > 0 || adds.some((add) => add.schemeId === undefined)) {
    throw new Error('the apply floor carries out additions to existing schemes only');
  }
  await Promise.all(
    adds.map(({ schemeId, permission, holder }) =>
      request('POST', `/permissionscheme/${String(schemeId)}/permission`, [], { holder, permission }),
    ),
  );
  process.stdout.write(`${JSON.stringify({ ...stats, adds: adds.length })}\n`);
}

main().catch((error) => {
  process.stderr.write(`apply floor: ${error.message}\n`);
  process.exitCode = 1;
});
