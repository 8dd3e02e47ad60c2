import { createRandom, type Random } from './prng.js';
import { defaultCatalogue, PROJECT_PERMISSION_KEYS } from './seeds/catalogue.js';
import type {
  SimGrant,
  SimGroup,
  SimHolder,
  SimProject,
  SimRole,
  SimRoleActors,
  SimScheme,
  SimUser,
  SiteData,
} from './types.js';

/** Sizes of a generated site. Every count has a default; the same parameters give the same site. */
export interface GenerateSiteParams {
  schemes?: number;
  grantsPerScheme?: number;
  groups?: number;
  roles?: number;
  projects?: number;
  users?: number;
  /** How many of the projects (the last ones) are team-managed, with their own scheme (default 1 when there are 2 or more projects). */
  teamManagedProjects?: number;
  /** How many of the projects (the first ones) are archived (default 0). */
  archivedProjects?: number;
  /** PRNG seed (default 1). */
  seed?: number;
}

const ADDONS_ROLE_ID = 10003;
const ADMINS_ROLE_ID = 10002;
const DEVELOPERS_ROLE_ID = 10001;
/** Team-managed projects' own schemes count from here, below the ids created schemes get. */
const PROJECT_SCHEME_BASE = 9000;

/** A v4-shaped UUID from the PRNG (not random in the crypto sense: reproducible on purpose). */
function uuid(next: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** One or two groups per user; the first user is in `jira-administrators`. */
function memberships(index: number, groups: readonly SimGroup[]): string[] {
  const first = groups[index % groups.length]?.name ?? 'jira-administrators';
  const second = index === 0 ? undefined : groups[(index * 7 + 3) % groups.length]?.name;
  return second === undefined || second === first ? [first] : [first, second];
}

/**
 * Who acts in each role of a generated project: the admin and `jira-administrators` administer it,
 * one or two groups and a user develop in it, the other roles get a group or a user, add-ons none.
 */
function generatedActors(
  random: Random,
  roles: readonly SimRole[],
  groups: readonly SimGroup[],
  users: readonly SimUser[],
): Record<string, SimRoleActors> {
  const actors: Record<string, SimRoleActors> = {};
  for (const role of roles) {
    if (role.id === ADDONS_ROLE_ID) continue;
    if (role.id === ADMINS_ROLE_ID) {
      actors[String(role.id)] = {
        users: [users[0]?.accountId ?? ''],
        groups: [groups[0]?.groupId ?? ''],
      };
    } else if (role.id === DEVELOPERS_ROLE_ID) {
      const developerGroups = new Set([random.pick(groups).groupId, random.pick(groups).groupId]);
      actors[String(role.id)] = { users: [random.pick(users).accountId], groups: [...developerGroups] };
    } else if (random.chance(0.5)) {
      actors[String(role.id)] = { groups: [random.pick(groups).groupId] };
    } else {
      actors[String(role.id)] = { users: [random.pick(users).accountId] };
    }
  }
  return actors;
}

/**
 * A large site for benchmarks and scale tests: N schemes × M grants over G groups, R roles, U users and
 * P projects. Scheme 0 is the default scheme; projects are spread over the schemes round-robin, except
 * the team-managed ones (the last), which have their own. Every project has a lead and role actors.
 */
export function generateSite(params: GenerateSiteParams = {}): SiteData {
  const random = createRandom(params.seed ?? 1);
  const schemeCount = params.schemes ?? 20;
  const grantsPerScheme = params.grantsPerScheme ?? 60;
  const groupCount = Math.max(1, params.groups ?? 50);
  const roleCount = Math.max(3, params.roles ?? 8);
  const projectCount = params.projects ?? 40;
  const userCount = Math.max(1, params.users ?? 30);

  const groups: SimGroup[] = Array.from({ length: groupCount }, (_, index) => ({
    name: index === 0 ? 'jira-administrators' : `team-${String(index).padStart(4, '0')}`,
    groupId: uuid(() => random.next()),
  }));
  const roles: SimRole[] = [
    {
      id: 10002,
      name: 'Administrators',
      description: 'A project role that represents administrators in a project',
    },
    { id: 10001, name: 'Developers', description: 'A project role that represents developers in a project' },
    {
      id: ADDONS_ROLE_ID,
      name: 'atlassian-addons-project-access',
      description: 'A project role that represents Connect add-ons',
    },
    ...Array.from({ length: roleCount - 3 }, (_, index) => ({
      id: 10100 + index,
      name: `Role ${String(index + 1)}`,
      description: `Generated project role ${String(index + 1)}`,
    })),
  ];
  const users: SimUser[] = Array.from({ length: userCount }, (_, index) => ({
    accountId: `712020:${uuid(() => random.next())}`,
    displayName: index === 0 ? 'Alex Admin' : `User ${String(index)}`,
    emailAddress: index === 0 ? 'admin@example.com' : `user${String(index)}@example.com`,
    // Every ninth user has left: still in groups and roles, never counted as having access.
    active: index % 9 !== 8,
    accountType: 'atlassian' as const,
    groups: memberships(index, groups),
    applicationRoles: ['jira-software'],
    name: index === 0 ? 'admin' : `user${String(index)}`,
    key: `JIRAUSER${String(10000 + index)}`,
  }));
  const catalogue = defaultCatalogue();
  const permissionKeys = [
    ...PROJECT_PERMISSION_KEYS.filter((key) => key !== 'SERVICEDESK_AGENT'),
    ...catalogue.filter((entry) => entry.key.includes('__')).map((entry) => entry.key),
  ];

  let nextGrantId = 10000;
  const schemes: SimScheme[] = [];
  for (let index = 0; index < schemeCount; index++) {
    const grants: SimGrant[] = [];
    const seen = new Set<string>();
    const add = (permission: string, holder: SimHolder): void => {
      const key = `${permission}|${holder.type}|${holder.ref ?? ''}`;
      if (seen.has(key)) return;
      seen.add(key);
      grants.push({ id: nextGrantId++, permission, holder });
    };
    // Every generated scheme keeps project administration with a holder, like real sites.
    add('ADMINISTER_PROJECTS', { type: 'projectRole', ref: '10002' });
    let attempts = 0;
    while (grants.length < grantsPerScheme && attempts < grantsPerScheme * 20) {
      attempts++;
      const permission = random.pick(permissionKeys);
      const kind = random.int(10);
      let holder: SimHolder;
      if (kind < 4) holder = { type: 'group', ref: random.pick(groups).groupId };
      else if (kind < 7) holder = { type: 'projectRole', ref: String(random.pick(roles).id) };
      else if (kind < 8) holder = { type: 'user', ref: random.pick(users).accountId };
      else if (kind < 9) holder = { type: 'applicationRole' };
      else holder = { type: random.pick(['assignee', 'reporter', 'projectLead']) };
      add(permission, holder);
    }
    schemes.push({
      id: index === 0 ? 0 : 10000 + index,
      name: index === 0 ? 'Default Permission Scheme' : `Generated Scheme ${String(index).padStart(4, '0')}`,
      description: `Generated scheme ${String(index)}`,
      grants,
    });
  }
  const teamManaged = Math.min(projectCount, params.teamManagedProjects ?? (projectCount >= 2 ? 1 : 0));
  const archived = Math.min(projectCount - teamManaged, params.archivedProjects ?? 0);
  // Role actors and leads come from their own PRNG, so the schemes above stay what they always were.
  const people = createRandom(((params.seed ?? 1) * 2654435761) ^ 0x5eed);
  const projectSchemes: SimScheme[] = [];
  const projects: SimProject[] = Array.from({ length: projectCount }, (_, index) => {
    const project: SimProject = {
      id: String(10000 + index),
      key: `P${String(index).padStart(4, '0')}`.replace(/\d/g, (digit) =>
        String.fromCharCode(65 + Number(digit)),
      ),
      name: `Project ${String(index)}`,
      projectTypeKey: 'software' as const,
      permissionSchemeId: schemes.length === 0 ? 0 : (schemes[index % schemes.length]?.id ?? 0),
      leadAccountId: (users[(index * 3 + 1) % users.length] ?? users[0])?.accountId,
      roleActors: generatedActors(people, roles, groups, users),
    };
    if (index >= projectCount - teamManaged) {
      const ownId = PROJECT_SCHEME_BASE + projectSchemes.length * 10;
      project.style = 'next-gen';
      project.permissionSchemeId = ownId;
      delete project.roleActors;
      projectSchemes.push({
        id: ownId,
        name: `${project.name} permission scheme`,
        grants: [
          { id: ownId, permission: 'ADMINISTER_PROJECTS', holder: { type: 'projectRole', ref: '10002' } },
          { id: ownId + 1, permission: 'BROWSE_PROJECTS', holder: { type: 'projectRole', ref: '10001' } },
        ],
      });
    } else if (index < archived) {
      project.archived = { at: '2026-01-15T09:00:00.000Z', byAccountId: users[0]?.accountId ?? '' };
    }
    return project;
  });
  return {
    defaultSchemeId: 0,
    schemes,
    groups,
    roles,
    users,
    fields: [
      {
        id: 'customfield_10020',
        name: 'Team Lead',
        custom: true,
        schema: {
          type: 'user',
          custom: 'com.atlassian.jira.plugin.system.customfieldtypes:userpicker',
          customId: 10020,
        },
      },
      {
        id: 'customfield_10030',
        name: 'Owning Team Group',
        custom: true,
        schema: {
          type: 'group',
          custom: 'com.atlassian.jira.plugin.system.customfieldtypes:grouppicker',
          customId: 10030,
        },
      },
    ],
    applicationRoles: [
      {
        key: 'jira-software',
        name: 'Jira Software',
        // Every generated group gives product access, so each user's groups explain their access.
        groups: groups.map((group) => group.name),
        defaultGroups: [groups[0]?.name ?? 'jira-administrators'],
        numberOfSeats: userCount,
        platform: false,
      },
    ],
    projects,
    projectSchemes,
    permissions: catalogue,
    nextSchemeId: 10000 + Math.max(schemeCount, 1),
    nextGrantId,
  };
}
