// What the plan and apply floors share: the live side a comparison needs (the scheme list, the role
// list, lookups of the groups and users no live grant names) and the comparison of the files with it,
// holders by id, the managed add-ons role left out (Jira Cloud, REST 3).
'use strict';
const { BATCH, chunks, get } = require('./jira.cjs');

const MANAGED_ROLE = 'atlassian-addons-project-access';

/** A live holder's identity: its type and id (group id, role id, account id, key, field id). */
const liveKey = (holder) => `${holder.type}:${holder.value ?? holder.parameter ?? ''}`;

/** Every holder the files list, as [type, value] (a bare string holder has no value). */
function* fileHolders(docs) {
  for (const doc of docs) {
    for (const holders of Object.values(doc.grants ?? {})) {
      for (const holder of holders ?? []) {
        if (typeof holder === 'object' && holder !== null) yield Object.entries(holder)[0];
      }
    }
  }
}

/**
 * Reads what comparing `docs` with the site needs: every scheme with every grant and the role list
 * side by side (with the permission catalogue too when `catalogue` is set: plan reads it), then the
 * groups and users the files name that no live grant names, 50 a batch (none for an exported folder).
 */
async function readSite(docs, { catalogue }) {
  const [list, roles] = await Promise.all([
    get('/permissionscheme', [['expand', 'permissions,user,group,projectRole,field']]),
    get('/role'),
    ...(catalogue ? [get('/permissions')] : []),
  ]);
  const live = list.permissionSchemes;
  const groupIdByName = new Map();
  const groupNameById = new Map();
  const knownUsers = new Set();
  const knowGroup = (name, id) => {
    groupIdByName.set(String(name).toLowerCase(), id);
    groupNameById.set(id, name);
  };
  for (const scheme of live) {
    for (const { holder } of scheme.permissions) {
      if (holder.type === 'group' && holder.value !== undefined) knowGroup(holder.parameter, holder.value);
      if (holder.type === 'user') knownUsers.add(holder.value ?? holder.parameter);
    }
  }
  const roleId = new Map(roles.map((role) => [role.name.toLowerCase(), String(role.id)]));

  const groupIds = new Set();
  const groupNames = new Set();
  const userIds = new Set();
  for (const [type, value] of fileHolders(docs)) {
    if (type === 'group') {
      const id = typeof value === 'object' ? value.id : undefined;
      const name = typeof value === 'object' ? value.name : value;
      if (id !== undefined && !groupNameById.has(id)) groupIds.add(id);
      else if (id === undefined && !groupIdByName.has(String(name).toLowerCase())) groupNames.add(name);
    } else if (type === 'user') {
      const id = typeof value === 'object' ? value.accountId : value;
      if (!knownUsers.has(id)) userIds.add(id);
    }
  }
  const groups = (query) =>
    get('/group/bulk', [...query, ['maxResults', String(BATCH)]]).then((page) =>
      page.values.forEach((group) => knowGroup(group.name, group.groupId)),
    );
  await Promise.all([
    ...chunks([...groupIds], BATCH).map((batch) => groups(batch.map((id) => ['groupId', id]))),
    ...chunks([...groupNames], BATCH).map((batch) => groups(batch.map((name) => ['groupName', name]))),
    ...chunks([...userIds], BATCH).map((batch) =>
      get('/user/bulk', [...batch.map((id) => ['accountId', id]), ['maxResults', String(BATCH)]]),
    ),
  ]);
  return { live, roleId, groupIdByName, groupNameById, managed: roleId.get(MANAGED_ROLE) };
}

/** A file's holder as Jira Cloud spells it in a grant: its type, its parameter and its id. */
function wireHolder(site, holder) {
  if (typeof holder === 'string') return { type: holder };
  const [type, value] = Object.entries(holder)[0];
  if (type === 'group') {
    const id =
      typeof value === 'object' && value.id !== undefined
        ? value.id
        : site.groupIdByName.get(String(typeof value === 'object' ? value.name : value).toLowerCase());
    return { type, parameter: site.groupNameById.get(id), value: id };
  }
  const id =
    type === 'projectRole'
      ? typeof value === 'object'
        ? String(value.id)
        : (site.roleId.get(String(value).toLowerCase()) ?? String(value))
      : type === 'user'
        ? typeof value === 'object'
          ? value.accountId
          : value
        : typeof value === 'object'
          ? (value.id ?? value.key ?? '')
          : String(value);
  return { type, parameter: id, value: id };
}

/**
 * Each file's grants against its scheme's (matched by id, else by name): the grants to add, with the
 * scheme's id and the holder as Jira spells it, and the live grants to remove.
 */
function compare(docs, site) {
  const adds = [];
  const removes = [];
  let listsProjects = false;
  for (const doc of docs) {
    if (doc.projects !== undefined) listsProjects = true;
    const scheme = site.live.find((one) =>
      doc.id !== undefined ? one.id === doc.id : one.name === doc.name,
    );
    const want = new Map();
    for (const [permission, holders] of Object.entries(doc.grants ?? {})) {
      for (const holder of holders ?? []) {
        const wire = wireHolder(site, holder);
        want.set(`${permission}|${liveKey(wire)}`, { permission, holder: wire });
      }
    }
    const have = new Map(
      (scheme?.permissions ?? [])
        .filter(({ holder }) => !(holder.type === 'projectRole' && holder.parameter === site.managed))
        .map((grant) => [`${grant.permission}|${liveKey(grant.holder)}`, grant]),
    );
    for (const [key, grant] of want) if (!have.has(key)) adds.push({ schemeId: scheme?.id, ...grant });
    for (const [key, grant] of have) if (!want.has(key)) removes.push({ schemeId: scheme?.id, grant });
  }
  return { adds, removes, listsProjects };
}

/**
 * Which project uses which scheme: the project pages, each page's projects looked up ("which scheme")
 * as soon as the page arrives. Returns [{id, key, schemeId}].
 */
async function readProjectUsage() {
  const lookups = [];
  const page = async (startAt) => {
    const answer = await get('/project/search', [
      ['startAt', String(startAt)],
      ['maxResults', String(BATCH)],
    ]);
    for (const project of answer.values) {
      lookups.push(
        get(`/project/${project.id}/permissionscheme`).then((scheme) => ({
          id: String(project.id),
          key: project.key,
          schemeId: scheme.id,
        })),
      );
    }
    return answer;
  };
  const first = await page(0);
  const step = first.maxResults > 0 ? first.maxResults : BATCH;
  const rest = [];
  for (let startAt = first.values.length; startAt < first.total; startAt += step) rest.push(page(startAt));
  await Promise.all(rest);
  return Promise.all(lookups);
}

module.exports = { compare, readProjectUsage, readSite };
