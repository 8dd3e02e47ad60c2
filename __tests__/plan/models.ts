import type { Holder } from '../../src/model/holder.js';
import type {
  DesiredGrant,
  DesiredScheme,
  LiveGrant,
  LiveScheme,
  ProjectRef,
} from '../../src/model/scheme.js';
import { DEFAULT_SETTINGS, type Settings } from '../../src/model/settings.js';

/** Small builders for planner and renderer tests (models, no server). */

export const holders = {
  anyone: { type: 'anyone' },
  assignee: { type: 'assignee' },
  reporter: { type: 'reporter' },
  projectLead: { type: 'projectLead' },
  portal: { type: 'sd.customer.portal.only' },
  anyLoggedIn: { type: 'applicationRole' },
  software: { type: 'applicationRole', parameter: 'jira-software', value: 'jira-software' },
  developersGroup: { type: 'group', parameter: 'jira-developers', value: 'g-dev-1' },
  usersGroup: { type: 'group', parameter: 'jira-users', value: 'g-users-1' },
  adminsRole: { type: 'projectRole', parameter: '10002', value: '10002' },
  developersRole: { type: 'projectRole', parameter: '10001', value: '10001' },
  addonsRole: { type: 'projectRole', parameter: '10003', value: '10003' },
  user: { type: 'user', parameter: '5b10a2844c20165700ede21g', value: '5b10a2844c20165700ede21g' },
  userField: { type: 'userCustomField', parameter: 'customfield_10020', value: 'customfield_10020' },
  groupField: { type: 'groupCustomField', parameter: 'customfield_10010', value: 'customfield_10010' },
} satisfies Record<string, Holder>;

export const labels: Partial<Record<keyof typeof holders, string>> = {
  developersGroup: 'group jira-developers (g-dev-1)',
  adminsRole: 'projectRole Administrators (10002)',
  developersRole: 'projectRole Developers (10001)',
  addonsRole: 'projectRole atlassian-addons-project-access (10003)',
};

/** The names readers and the resolver give these holders (what managed holders are matched by). */
export const names: Partial<Record<keyof typeof holders, string>> = {
  adminsRole: 'Administrators',
  developersRole: 'Developers',
  addonsRole: 'atlassian-addons-project-access',
};

export type HolderName = keyof typeof holders;

function described(holder: HolderName): { name?: string; label?: string } {
  const name = names[holder];
  const label = labels[holder];
  return { ...(name === undefined ? {} : { name }), ...(label === undefined ? {} : { label }) };
}

export function desiredGrant(permission: string, holder: HolderName): DesiredGrant {
  return { permission, holder: { ...holders[holder] }, ...described(holder) };
}

let nextGrantId = 1000;
export function liveGrant(permission: string, holder: HolderName, id = nextGrantId++): LiveGrant {
  return { id, permission, holder: { ...holders[holder] }, ...described(holder) };
}

export function desiredScheme(
  name: string,
  grants: [string, HolderName][],
  extra: Partial<DesiredScheme> = {},
): DesiredScheme {
  return {
    name,
    file: `jira-permissions/${name.toLowerCase().replace(/\W+/g, '-')}.yml`,
    grants: grants.map(([permission, holder]) => desiredGrant(permission, holder)),
    ...extra,
  };
}

export function liveScheme(
  id: number,
  name: string,
  grants: [string, HolderName][],
  description?: string,
): LiveScheme {
  return {
    id,
    name,
    ...(description === undefined ? {} : { description }),
    grants: grants.map(([permission, holder], index) => liveGrant(permission, holder, id * 100 + index)),
  };
}

export function settings(overrides: Partial<Settings> = {}): Settings {
  return {
    ...DEFAULT_SETTINGS,
    ...overrides,
    guardrails: { ...DEFAULT_SETTINGS.guardrails, ...(overrides.guardrails ?? {}) },
  };
}

export function projects(...keys: string[]): ProjectRef[] {
  return keys.map((key, index) => ({
    id: String(20000 + index + key.length * 100),
    key,
    name: `${key} project`,
  }));
}

/** A typical base: admins and developers can browse and administer. */
export const BASE_GRANTS: [string, HolderName][] = [
  ['ADMINISTER_PROJECTS', 'adminsRole'],
  ['BROWSE_PROJECTS', 'adminsRole'],
  ['BROWSE_PROJECTS', 'developersRole'],
  ['CREATE_ISSUES', 'developersRole'],
  ['EDIT_ISSUES', 'developersRole'],
  ['ASSIGNABLE_USER', 'assignee'],
  ['ASSIGNABLE_USER', 'developersRole'],
  ['ADD_COMMENTS', 'developersRole'],
  ['ADD_COMMENTS', 'reporter'],
  ['TRANSITION_ISSUES', 'developersRole'],
  ['CLOSE_ISSUES', 'developersRole'],
  ['RESOLVE_ISSUES', 'developersRole'],
];
