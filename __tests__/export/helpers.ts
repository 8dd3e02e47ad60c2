import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { commandDeps, jiraOf, type JiraReading, type ProgressReporter } from '../../src/commands/deps.js';
import {
  runExport,
  type ExportOptions,
  type ExportOutcome,
  type ExportResult,
} from '../../src/commands/export.js';
import { connectionFromEnv } from '../../src/jira/connection.js';
import { createJiraReader, type JiraReadOnlyClient } from '../../src/jira/factory.js';
import { BUILT_IN_PERMISSIONS } from '../../src/model/permissions.js';
import { HOLDER_TYPES } from '../../src/model/holder.js';
import { createRandom, generateSite, startSimulator, type Simulator } from '../../src/sim/index.js';
import type { SimHolder, SimulatorOptions, SiteData } from '../../src/sim/types.js';

export async function withSimulator<T>(
  seed: SiteData | undefined,
  body: (sim: Simulator) => Promise<T>,
  options: Omit<SimulatorOptions, 'seed'> = {},
): Promise<T> {
  const sim = await startSimulator({ ...(seed === undefined ? {} : { seed }), ...options });
  try {
    return await body(sim);
  } finally {
    await sim.stop();
  }
}

type ExportArgs = ExportOptions & { cwd: string; jira: JiraReading; progress?: ProgressReporter };

/** `runExport` in `cwd` with the given client, as the tests call it. */
export function exportIn(args: ExportArgs): Promise<ExportOutcome> {
  const { cwd, jira, progress, ...options } = args;
  return runExport(
    options,
    commandDeps({ cwd, jira: jiraOf(jira), ...(progress === undefined ? {} : { progress }) }),
  );
}

/** An export that must succeed: its result, or the test fails with the refusal or failure. */
export async function exportFiles(args: ExportArgs): Promise<ExportResult> {
  const outcome = await exportIn(args);
  if (outcome.status !== 'exported') throw new Error(`export ${outcome.status}: ${outcome.error}`);
  return outcome;
}

/** A read-only client for the simulator, as the command line builds one. */
export function readerFor(sim: Simulator): JiraReadOnlyClient {
  return createJiraReader(connectionFromEnv(sim.env()), { retry: { maxAttempts: 1 } });
}

export function temporaryDir(prefix = 'jira-perms-export-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return {
    dir,
    remove: () => {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every file under `dir` (relative, forward slashes) with its text: to prove a refusal wrote nothing. */
export function treeOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (current: string): void => {
    for (const name of readdirSync(current).sort()) {
      const full = path.join(current, name);
      if (statSync(full).isDirectory()) walk(full);
      else out[path.relative(dir, full).split(path.sep).join('/')] = readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return out;
}

/** Names that YAML, file systems and sorting trip over. */
const AWKWARD_NAMES = [
  'no',
  'yes: maybe',
  '#hash tag',
  '@mentions',
  '  spaced  out ',
  'null',
  '10042',
  'Équipe Développement',
  '日本のチーム',
  'quote "this"',
  "it's, {flow} [chars]",
  'multi\nline',
  'true',
  '*star',
];

/**
 * A generated site that uses everything export has to get right: every holder type and every built-in
 * permission key, app-defined keys, a group renamed after its grants were made, two roles and two custom
 * fields sharing a name, awkward names, and scheme names whose file names collide. Reproducible from `seed`.
 */
export function awkwardSite(
  seed: number,
  size: { schemes?: number; grantsPerScheme?: number } = {},
): SiteData {
  const site = generateSite({
    seed,
    schemes: size.schemes ?? 4,
    grantsPerScheme: size.grantsPerScheme ?? 12,
    groups: 6,
    roles: 5,
    projects: 6,
    users: 5,
  });
  const random = createRandom(seed * 7919 + 1);
  const pick = <T>(items: readonly T[]): T => items[random.int(items.length)] as T;

  // Awkward names for some groups, roles, users and schemes.
  site.groups.forEach((group, index) => {
    if (index > 0 && random.int(2) === 0)
      group.name = pick(AWKWARD_NAMES).replace('\n', ' ').trim() + ` g${index}`;
  });
  site.users.forEach((user, index) => {
    if (index > 0 && random.int(2) === 0) user.displayName = pick(AWKWARD_NAMES);
  });

  // Two roles and two fields share a name.
  site.roles.push(
    { id: 10200, name: 'Reviewers', description: 'first' },
    { id: 10201, name: 'Reviewers', description: 'second' },
  );
  site.roles.push({ id: 10202, name: pick(AWKWARD_NAMES).replace('\n', ' '), description: 'awkward' });
  site.fields.push(
    {
      id: 'customfield_10040',
      name: 'Approvers',
      custom: true,
      schema: {
        type: 'array',
        items: 'user',
        custom: 'com.atlassian.jira.plugin.system.customfieldtypes:multiuserpicker',
        customId: 10040,
      },
    },
    {
      id: 'customfield_10041',
      name: 'Approvers',
      custom: true,
      schema: {
        type: 'array',
        items: 'user',
        custom: 'com.atlassian.jira.plugin.system.customfieldtypes:multiuserpicker',
        customId: 10041,
      },
    },
  );
  site.applicationRoles.push({
    key: 'jira-servicedesk',
    name: 'Jira Service Management',
    groups: [],
    defaultGroups: [],
    numberOfSeats: 5,
    platform: false,
  });

  const appKeys = site.permissions.filter((entry) => entry.key.includes('__')).map((entry) => entry.key);
  const holders: SimHolder[] = [
    { type: 'anyone' },
    { type: 'applicationRole' },
    { type: 'applicationRole', ref: 'jira-software' },
    { type: 'applicationRole', ref: 'jira-servicedesk' },
    { type: 'assignee' },
    { type: 'reporter' },
    { type: 'projectLead' },
    { type: 'sd.customer.portal.only' },
    { type: 'group', ref: pick(site.groups).groupId },
    { type: 'projectRole', ref: '10200' },
    { type: 'projectRole', ref: '10201' },
    { type: 'projectRole', ref: '10202' },
    { type: 'user', ref: pick(site.users).accountId },
    { type: 'userCustomField', ref: 'customfield_10020' },
    { type: 'userCustomField', ref: 'customfield_10040' },
    { type: 'groupCustomField', ref: 'customfield_10030' },
  ];
  // Every holder type is used somewhere.
  const used = new Set(holders.map((holder) => holder.type));
  for (const type of HOLDER_TYPES)
    if (!used.has(type)) throw new Error(`awkwardSite misses holder type ${type}`);

  let nextGrantId = site.nextGrantId ?? 900000;
  const [first, ...others] = site.schemes;
  if (first !== undefined) {
    // The first scheme holds every built-in key, every app key and every holder.
    for (const permission of [...BUILT_IN_PERMISSIONS.map((entry) => entry.key), ...appKeys]) {
      first.grants.push({ id: nextGrantId++, permission, holder: pick(holders) });
    }
    holders.forEach((holder, index) => {
      const permission =
        BUILT_IN_PERMISSIONS[(index * 5) % BUILT_IN_PERMISSIONS.length]?.key ?? 'BROWSE_PROJECTS';
      first.grants.push({ id: nextGrantId++, permission, holder });
    });
  }
  for (const scheme of others) {
    for (let count = 0; count < 4; count++) {
      scheme.grants.push({
        id: nextGrantId++,
        permission: pick([...appKeys, 'BROWSE_PROJECTS', 'ADD_COMMENTS']),
        holder: pick(holders),
      });
    }
  }
  // Grants this product does not manage: a permission no app defines any more, a holder type from the
  // future. Export leaves them out (and says so); the planner keeps them.
  if (first !== undefined) {
    first.grants.push(
      {
        id: nextGrantId++,
        permission: 'com.removed.app__gone',
        holder: { type: 'projectRole', ref: '10002' },
      },
      { id: nextGrantId++, permission: 'BROWSE_PROJECTS', holder: { type: 'futureHolderType', ref: 'x-1' } },
    );
  }
  // Colliding file names, and a scheme with an awkward name.
  const second = others[0];
  if (second !== undefined) second.name = 'Team: Platform';
  const third = others[1];
  if (third !== undefined) {
    third.name = 'team platform';
    third.description = pick([
      'Line one\n\n  line: two # not a comment',
      'ends with a newline\n',
      'tab\tand "quotes"',
      'no',
    ]);
  }
  const fourth = others[2];
  if (fourth !== undefined) fourth.name = pick(AWKWARD_NAMES);

  // A group renamed after the grants were made (grants hold ids, so they now show the new name).
  const renamed = site.groups[1];
  if (renamed !== undefined) renamed.name = `${renamed.name}-renamed`;

  // Drop duplicate grants the additions may have made (Jira refuses them).
  for (const scheme of site.schemes) {
    const seen = new Set<string>();
    scheme.grants = scheme.grants.filter((grant) => {
      const key = `${grant.permission}|${grant.holder.type}|${grant.holder.ref ?? ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
  site.nextGrantId = nextGrantId;
  return site;
}
