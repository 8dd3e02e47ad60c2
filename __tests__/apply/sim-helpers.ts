import { runApply, type ApplyDeps, type ApplyOptions, type ApplyResult } from '../../src/commands/apply.js';
import { commandDeps, jiraOf, type JiraWriting } from '../../src/commands/deps.js';
import { connectionFromEnv } from '../../src/jira/connection.js';
import { createJiraWriter, type JiraReadWriteClient } from '../../src/jira/factory.js';
import type { Holder } from '../../src/model/holder.js';
import type { DesiredGrant, DesiredScheme } from '../../src/model/scheme.js';
import { DEFAULT_SETTINGS, type Settings } from '../../src/model/settings.js';
import {
  ROLE_IDS,
  type SimHolder,
  type SimScheme,
  type Simulator,
  type SiteData,
} from '../../src/sim/index.js';

/**
 * Test helpers that read the simulator's own state (never through the product), and build the
 * resolved schemes ("the files") a test wants Jira to match.
 */

export const ADDONS_ROLE = String(ROLE_IDS.addons);

export function settings(overrides: Partial<Settings> = {}): Settings {
  return structuredClone({ ...DEFAULT_SETTINGS, ...overrides });
}

/** A simulator holder as Jira Cloud spells it on the wire. */
export function productHolder(state: SiteData, holder: SimHolder): Holder {
  if (holder.ref === undefined) return { type: holder.type };
  if (holder.type === 'group') {
    const name = state.groups.find((group) => group.groupId === holder.ref)?.name ?? holder.ref;
    return { type: 'group', parameter: name, value: holder.ref };
  }
  return { type: holder.type, parameter: holder.ref, value: holder.ref };
}

/** The simulator's holder reference for a product holder (group id, role id, account id, ...). */
export function simRef(holder: Holder): string {
  if (holder.type === 'group') return holder.value ?? holder.parameter ?? '';
  return holder.value ?? holder.parameter ?? '';
}

/** Identity of a grant in the simulator's terms. */
export function simGrantKey(permission: string, holder: SimHolder): string {
  return `${permission}|${holder.type}:${holder.ref ?? ''}`;
}

const isAddons = (holder: SimHolder): boolean => holder.type === 'projectRole' && holder.ref === ADDONS_ROLE;

/** A scheme's grants straight from the simulator's state, without the Jira-managed add-ons role. */
export function stateGrantKeys(scheme: SimScheme): string[] {
  return scheme.grants
    .filter((grant) => !isAddons(grant.holder))
    .map((grant) => simGrantKey(grant.permission, grant.holder))
    .sort();
}

export function desiredGrantKeys(scheme: DesiredScheme): string[] {
  return [
    ...new Set(
      scheme.grants.map((grant) => `${grant.permission}|${grant.holder.type}:${simRef(grant.holder)}`),
    ),
  ]
    .filter((key) => !key.endsWith(`projectRole:${ADDONS_ROLE}`))
    .sort();
}

/** "The file" of a live scheme as it stands (managed holders left out, as a person would write it). */
export function desiredFromState(state: SiteData, scheme: SimScheme, pinId = true): DesiredScheme {
  const grants: DesiredGrant[] = scheme.grants
    .filter((grant) => !isAddons(grant.holder))
    .map((grant) => ({ permission: grant.permission, holder: productHolder(state, grant.holder) }));
  const desired: DesiredScheme = {
    name: scheme.name,
    file: `jira-permissions/${scheme.name.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase()}.yml`,
    grants,
  };
  if (scheme.description !== undefined) desired.description = scheme.description;
  if (pinId) desired.id = scheme.id;
  return desired;
}

export function schemeById(state: SiteData, id: number): SimScheme {
  const scheme = state.schemes.find((candidate) => candidate.id === id);
  if (scheme === undefined) throw new Error(`no scheme ${id} in the simulator`);
  return scheme;
}

/** A writer on the simulator with fast, test-sized retries. */
export function writerFor(sim: Simulator, sleep?: (ms: number) => Promise<void>): JiraReadWriteClient {
  return createJiraWriter(connectionFromEnv(sim.env('admin')), {
    requestTimeoutMs: 2_000,
    retry: { maxAttempts: 3, budget: 10_000, baseDelayMs: 1, maxDelayMs: 5 },
    ...(sleep === undefined ? {} : { sleep: (ms: number) => sleep(ms) }),
  });
}

/** What the apply tests give `runApply`, in one object: the options and the parts of `deps` they set. */
export type ApplyArgs = ApplyOptions &
  Partial<Omit<ApplyDeps, 'jira'>> & {
    /** The client to apply with; default: one from `env`. */
    writer?: JiraWriting;
    env?: Record<string, string | undefined>;
  };

/** `runApply(options, deps)` from the tests' one object. */
export function applyWith(args: ApplyArgs): Promise<ApplyResult> {
  const { path, settingsPath, planFile, allowDelete, writer, env, cwd, ...deps } = args;
  const options: ApplyOptions = {
    ...(path === undefined ? {} : { path }),
    ...(settingsPath === undefined ? {} : { settingsPath }),
    ...(planFile === undefined ? {} : { planFile }),
    ...(allowDelete === undefined ? {} : { allowDelete }),
  };
  return runApply(options, {
    ...commandDeps({
      cwd: cwd ?? process.cwd(),
      env: env ?? {},
      ...(writer === undefined ? {} : { jira: jiraOf(writer) }),
    }),
    ...deps,
  });
}
