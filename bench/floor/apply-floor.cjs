// The apply floor: a whole node process that carries out the grant additions a scheme folder asks of
// Jira Cloud (REST 3), as a minimal correct client would, with plain `fetch` and 10 requests in flight:
//   reads every scheme with every grant and the role list (side by side), and the groups and users the
//   files name that no live grant names (none for a folder exported from the site);
//   compares the files with the live grants (holders by id, the managed add-ons role left out);
//   when a file lists `projects:`, reads which project uses which scheme (the project pages and one
//   lookup per project, as plan does) to check that no project has to move: without it an apply of
//   such a folder cannot know it is done;
//   posts one grant per addition, 10 in flight, and checks each answer is a success.
// Nothing else: no permission catalogue, no validation or lint of the files, no project usage when no
// file lists projects (an addition cannot lock anyone out), no re-read of what it wrote, no second
// comparison, no journal. It carries out additions only: a folder that also asks for removals or for
// project moves is refused before any write.
// Prints {requests, answerBytes, adds} as JSON: `npm run bench` runs it beside `jira-perms apply`.
'use strict';
const { readFileSync } = require('node:fs');
const { load } = require('js-yaml');
const { schemeFiles } = require('./files.cjs');
const { request, stats } = require('./jira.cjs');
const { compare, readProjectUsage, readSite } = require('./compare.cjs');

/** Whether a file that lists projects differs from the projects that use its scheme now. */
function projectsMove(docs, site, usage) {
  for (const doc of docs) {
    if (doc.projects === undefined) continue;
    const scheme = site.live.find((one) =>
      doc.id !== undefined ? one.id === doc.id : one.name === doc.name,
    );
    const now = usage.filter((project) => project.schemeId === scheme?.id).map((project) => project.key);
    const listed = doc.projects.map((project) => (typeof project === 'object' ? project.key : project));
    if (now.length !== listed.length || !listed.every((key) => now.includes(key))) return true;
  }
  return false;
}

async function main() {
  const folder = process.argv[2];
  const docs = schemeFiles(folder).map((file) => load(readFileSync(file, 'utf8')));
  const site = await readSite(docs, { catalogue: false });
  const { adds, removes, listsProjects } = compare(docs, site);
  if (removes.length > 0 || adds.some((add) => add.schemeId === undefined)) {
    throw new Error('the apply floor carries out additions to existing schemes only');
  }
  if (listsProjects && projectsMove(docs, site, await readProjectUsage())) {
    throw new Error('the apply floor moves no project: the files list projects that are elsewhere');
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
