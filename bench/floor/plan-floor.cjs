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

const IN_FLIGHT = 10;
const BATCH = 50;
const MANAGED_ROLE = 'atlassian-addons-project-access';
const env = process.env;
const base = `${(env.JIRA_BASE_URL ?? '').replace(/\/$/, '')}/rest/api/3`;
const auth =
  env.JIRA_BEARER_TOKEN !== undefined
    ? `Bearer ${env.JIRA_BEARER_TOKEN}`
    : `Basic ${Buffer.from(`${env.JIRA_EMAIL ?? ''}:${env.JIRA_API_TOKEN ?? ''}`).toString('base64')}`;

let requests = 0;
let answerBytes = 0;
let active = 0;
const waiting = [];

/** One GET, at most IN_FLIGHT at once; the body is counted in bytes, then parsed. */
async function get(path, query = []) {
  if (active >= IN_FLIGHT) await new Promise((resolve) => waiting.push(resolve));
  active++;
  try {
    const search = new URLSearchParams(query).toString();
    const response = await fetch(`${base}${path}${search === '' ? '' : `?${search}`}`, {
      headers: { authorization: auth, accept: 'application/json' },
    });
    requests++;
    const body = Buffer.from(await response.arrayBuffer());
    answerBytes += body.length;
    if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
    return JSON.parse(body.toString('utf8'));
  } finally {
    active--;
    waiting.shift()?.();
  }
}

function chunks(items, size) {
  const out = [];
  for (let index = 0; index < items.length; index += size) out.push(items.slice(index, index + size));
  return out;
}

/** A live holder's identity: its type and id (group id, role id, account id, key, field id). */
const liveKey = (holder) => `${holder.type}:${holder.value ?? holder.parameter ?? ''}`;

async function main() {
  const folder = process.argv[2];
  const docs = schemeFiles(folder).map((file) => load(readFileSync(file, 'utf8')));
  const [, list, roles] = await Promise.all([
    get('/permissions'),
    get('/permissionscheme', [['expand', 'permissions,user,group,projectRole,field']]),
    get('/role'),
  ]);
  const live = list.permissionSchemes;
  const groupIdByName = new Map();
  const knownGroupIds = new Set();
  const knownUsers = new Set();
  for (const scheme of live) {
    for (const { holder } of scheme.permissions) {
      if (holder.type === 'group' && holder.value !== undefined) {
        groupIdByName.set(String(holder.parameter).toLowerCase(), holder.value);
        knownGroupIds.add(holder.value);
      }
      if (holder.type === 'user') knownUsers.add(holder.value ?? holder.parameter);
    }
  }
  const roleId = new Map(roles.map((role) => [role.name.toLowerCase(), String(role.id)]));
  const managed = roleId.get(MANAGED_ROLE);

  // What the files name that no live grant does: looked up in batches (none for an exported folder).
  const groupIds = new Set();
  const groupNames = new Set();
  const userIds = new Set();
  for (const doc of docs) {
    for (const holders of Object.values(doc.grants ?? {})) {
      for (const holder of holders ?? []) {
        if (typeof holder !== 'object' || holder === null) continue;
        const [type, value] = Object.entries(holder)[0];
        if (type === 'group') {
          const id = typeof value === 'object' ? value.id : undefined;
          const name = typeof value === 'object' ? value.name : value;
          if (id !== undefined && !knownGroupIds.has(id)) groupIds.add(id);
          else if (id === undefined && !groupIdByName.has(String(name).toLowerCase())) groupNames.add(name);
        } else if (type === 'user') {
          const id = typeof value === 'object' ? value.accountId : value;
          if (!knownUsers.has(id)) userIds.add(id);
        }
      }
    }
  }
  await Promise.all([
    ...chunks([...groupIds], BATCH).map((batch) =>
      get('/group/bulk', [...batch.map((id) => ['groupId', id]), ['maxResults', String(BATCH)]]).then(
        (page) => page.values.forEach((group) => knownGroupIds.add(group.groupId)),
      ),
    ),
    ...chunks([...groupNames], BATCH).map((batch) =>
      get('/group/bulk', [...batch.map((name) => ['groupName', name]), ['maxResults', String(BATCH)]]).then(
        (page) => page.values.forEach((group) => groupIdByName.set(group.name.toLowerCase(), group.groupId)),
      ),
    ),
    ...chunks([...userIds], BATCH).map((batch) =>
      get('/user/bulk', [...batch.map((id) => ['accountId', id]), ['maxResults', String(BATCH)]]),
    ),
  ]);

  // The comparison: each file's grants as live keys against its scheme's (by id, else by name).
  const fileKey = (holder) => {
    if (typeof holder === 'string') return `${holder}:`;
    const [type, value] = Object.entries(holder)[0];
    if (type === 'group')
      return `group:${typeof value === 'object' && value.id !== undefined ? value.id : groupIdByName.get(String(typeof value === 'object' ? value.name : value).toLowerCase())}`;
    if (type === 'projectRole') return `projectRole:${roleId.get(String(value).toLowerCase()) ?? value}`;
    if (type === 'user') return `user:${typeof value === 'object' ? value.accountId : value}`;
    return `${type}:${typeof value === 'object' ? (value.id ?? value.key ?? '') : value}`;
  };
  let adds = 0;
  let removes = 0;
  let listsProjects = false;
  for (const doc of docs) {
    if (doc.projects !== undefined) listsProjects = true;
    const scheme = live.find((one) => (doc.id !== undefined ? one.id === doc.id : one.name === doc.name));
    const want = new Set();
    for (const [permission, holders] of Object.entries(doc.grants ?? {}))
      for (const holder of holders ?? []) want.add(`${permission}|${fileKey(holder)}`);
    const have = new Set(
      (scheme?.permissions ?? [])
        .filter(({ holder }) => !(holder.type === 'projectRole' && holder.parameter === managed))
        .map((grant) => `${grant.permission}|${liveKey(grant.holder)}`),
    );
    for (const key of want) if (!have.has(key)) adds++;
    for (const key of have) if (!want.has(key)) removes++;
  }

  // Which project uses which scheme: pages, each page's projects read as soon as it arrives.
  let projects = 0;
  if (adds + removes > 0 || listsProjects) {
    const lookups = [];
    const page = async (startAt) => {
      const answer = await get('/project/search', [
        ['startAt', String(startAt)],
        ['maxResults', String(BATCH)],
      ]);
      for (const project of answer.values) {
        projects++;
        lookups.push(get(`/project/${project.id}/permissionscheme`));
      }
      return answer;
    };
    const first = await page(0);
    const step = first.maxResults > 0 ? first.maxResults : BATCH;
    const rest = [];
    for (let startAt = first.values.length; startAt < first.total; startAt += step) rest.push(page(startAt));
    await Promise.all(rest);
    await Promise.all(lookups);
  }
  process.stdout.write(`${JSON.stringify({ requests, answerBytes, adds, removes, projects })}\n`);
}

main().catch((error) => {
  process.stderr.write(`plan floor: ${error.message}\n`);
  process.exitCode = 1;
});
