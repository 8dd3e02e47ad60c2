import type { SimGrant, SimHolder, SimScheme, SiteData } from '../types.js';
import { defaultCatalogue } from './catalogue.js';

/**
 * The default seed: what a new Jira Cloud site with Jira Software and Jira Service Management looks like
 * a few weeks in. Ids follow Cloud's habits: the default permission scheme is 0, later schemes and
 * grants count up from 10000, groups have UUIDs, accountIds are opaque strings.
 */

export const GROUP_IDS = {
  administrators: '4c1f4d2a-0b7e-4f0a-9d56-8a1f0e3c2b71',
  siteAdmins: '9a0b6d3e-51c4-4e0f-8b2a-7d9e1c5f3a60',
  softwareUsers: '276f955c-63d7-42c8-9520-92d01dca0625',
  serviceManagementUsers: '6e87dc72-4f1f-421f-9382-2fee8b652487',
  customers: 'b3e5c7a9-2d4f-4a6b-8c0e-1f3a5b7d9e21',
  releaseManagers: 'd2c4e6f8-0a1b-4c3d-9e5f-7a8b9c0d1e2f',
  contractors: '8f3e2d1c-0b9a-4f8e-a7d6-c5b4a3928170',
  mobileTeam: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
} as const;

export const ROLE_IDS = {
  users: 10000,
  developers: 10001,
  administrators: 10002,
  addons: 10003,
  serviceDeskTeam: 10004,
  serviceDeskCustomers: 10005,
} as const;

export const ACCOUNT_IDS = {
  admin: '712020:5f2b8a3c-1d4e-4f6a-9b7c-0e1d2f3a4b5c',
  developer: '5b10ac8d82e05b22cc7d4ef5',
  agent: '5b10a2844c20165700ede21g',
  reader: '61a4e2f0b1c2d3e4f5a6b7c8',
  automation: '557058:f58131cb-b67d-43c7-b30d-6b58d40bd077',
  alice: '5d9f2e3a1b4c6d7e8f901a2b',
  priya: '60e5c1d2f3a4b5c6d7e8f901',
  carlos: '712020:0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e',
  /** Deactivated: still a member of groups and roles, never counted as having access. */
  sam: '5c8d7e6f5a4b3c2d1e0f9a8b',
  taylor: '62a1b2c3d4e5f6a7b8c9d0e1',
  casey: 'qm:4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a:0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
} as const;

/** The team-managed project's own (project-scoped) scheme: below 10000 so created ids never meet it. */
export const TEAM_SCHEME_ID = 9100;

const role = (id: number): SimHolder => ({ type: 'projectRole', ref: String(id) });
const group = (id: string): SimHolder => ({ type: 'group', ref: id });
const bare = (type: string): SimHolder => ({ type });
const appRole = (key?: string): SimHolder =>
  key === undefined ? { type: 'applicationRole' } : { type: 'applicationRole', ref: key };

type GrantTable = readonly (readonly [string, readonly SimHolder[]])[];

/** Turns a permission → holders table into grants, numbering from `firstId`; every scheme gets the add-ons role. */
function grants(table: GrantTable, firstId: number): SimGrant[] {
  const out: SimGrant[] = [];
  let id = firstId;
  for (const [permission, holders] of table) {
    for (const holder of [...holders, role(ROLE_IDS.addons)]) {
      out.push({ id: id++, permission, holder });
    }
  }
  return out;
}

const ADMINS = role(ROLE_IDS.administrators);
const DEVS = role(ROLE_IDS.developers);
const ANY_USER = appRole();

/** The Default Permission Scheme: "any logged-in user" for most things, project admins for admin. */
const DEFAULT_TABLE: GrantTable = [
  ['ADMINISTER_PROJECTS', [ADMINS, group(GROUP_IDS.administrators)]],
  ['BROWSE_PROJECTS', [ANY_USER]],
  ['EDIT_WORKFLOW', [ADMINS]],
  ['EDIT_ISSUE_LAYOUT', [ADMINS]],
  ['VIEW_READONLY_WORKFLOW', [ANY_USER]],
  ['VIEW_DEV_TOOLS', [ANY_USER]],
  ['MANAGE_SPRINTS_PERMISSION', [ANY_USER]],
  ['CREATE_ISSUES', [ANY_USER]],
  ['EDIT_ISSUES', [ANY_USER]],
  ['TRANSITION_ISSUES', [ANY_USER]],
  ['SCHEDULE_ISSUES', [ANY_USER]],
  ['MOVE_ISSUES', [ANY_USER]],
  ['ASSIGN_ISSUES', [ANY_USER]],
  ['ASSIGNABLE_USER', [ANY_USER]],
  ['RESOLVE_ISSUES', [ANY_USER]],
  ['CLOSE_ISSUES', [ANY_USER]],
  ['MODIFY_REPORTER', [ADMINS]],
  ['DELETE_ISSUES', [ADMINS]],
  ['LINK_ISSUES', [ANY_USER]],
  ['SET_ISSUE_SECURITY', [ADMINS]],
  ['VIEW_VOTERS_AND_WATCHERS', [ANY_USER]],
  ['MANAGE_WATCHERS', [ADMINS]],
  ['ADD_COMMENTS', [ANY_USER]],
  ['EDIT_ALL_COMMENTS', [ADMINS]],
  ['EDIT_OWN_COMMENTS', [ANY_USER]],
  ['DELETE_ALL_COMMENTS', [ADMINS]],
  ['DELETE_OWN_COMMENTS', [ANY_USER]],
  ['CREATE_ATTACHMENTS', [ANY_USER]],
  ['DELETE_ALL_ATTACHMENTS', [ADMINS]],
  ['DELETE_OWN_ATTACHMENTS', [ANY_USER]],
  ['WORK_ON_ISSUES', [ANY_USER]],
  ['EDIT_OWN_WORKLOGS', [ANY_USER]],
  ['EDIT_ALL_WORKLOGS', [ADMINS]],
  ['DELETE_OWN_WORKLOGS', [ANY_USER]],
  ['DELETE_ALL_WORKLOGS', [ADMINS]],
];

/** A software team's scheme: roles instead of "anyone logged in", a group, a user and picker fields. */
const SOFTWARE_TABLE: GrantTable = [
  ['ADMINISTER_PROJECTS', [ADMINS]],
  ['BROWSE_PROJECTS', [DEVS, role(ROLE_IDS.users), group(GROUP_IDS.softwareUsers), appRole('jira-software')]],
  ['VIEW_DEV_TOOLS', [DEVS]],
  ['MANAGE_SPRINTS_PERMISSION', [DEVS, group(GROUP_IDS.releaseManagers)]],
  ['VIEW_READONLY_WORKFLOW', [DEVS]],
  ['CREATE_ISSUES', [DEVS, role(ROLE_IDS.users)]],
  ['EDIT_ISSUES', [DEVS]],
  ['TRANSITION_ISSUES', [DEVS]],
  ['ASSIGN_ISSUES', [DEVS]],
  ['ASSIGNABLE_USER', [DEVS, bare('assignee')]],
  ['RESOLVE_ISSUES', [DEVS]],
  ['CLOSE_ISSUES', [DEVS]],
  ['DELETE_ISSUES', [ADMINS, bare('projectLead')]],
  ['LINK_ISSUES', [DEVS]],
  ['ADD_COMMENTS', [DEVS, bare('reporter'), { type: 'user', ref: ACCOUNT_IDS.reader }]],
  ['EDIT_OWN_COMMENTS', [DEVS]],
  ['DELETE_OWN_COMMENTS', [DEVS]],
  ['CREATE_ATTACHMENTS', [DEVS]],
  ['DELETE_OWN_ATTACHMENTS', [DEVS]],
  ['WORK_ON_ISSUES', [DEVS]],
  ['EDIT_ISSUE_LAYOUT', [ADMINS]],
  ['EDIT_WORKFLOW', [ADMINS]],
  ['VIEW_VOTERS_AND_WATCHERS', [DEVS, { type: 'userCustomField', ref: 'customfield_10020' }]],
  ['MANAGE_WATCHERS', [{ type: 'groupCustomField', ref: 'customfield_10030' }]],
  ['com.example.timesheets__log-work-for-others', [ADMINS]],
];

/** Jira Service Management: agents via the team role and product group, customers via the portal. */
const SERVICE_TABLE: GrantTable = [
  ['ADMINISTER_PROJECTS', [ADMINS]],
  [
    'BROWSE_PROJECTS',
    [role(ROLE_IDS.serviceDeskTeam), role(ROLE_IDS.serviceDeskCustomers), bare('sd.customer.portal.only')],
  ],
  ['SERVICEDESK_AGENT', [role(ROLE_IDS.serviceDeskTeam), group(GROUP_IDS.serviceManagementUsers)]],
  ['CREATE_ISSUES', [role(ROLE_IDS.serviceDeskTeam), bare('sd.customer.portal.only')]],
  ['EDIT_ISSUES', [role(ROLE_IDS.serviceDeskTeam)]],
  ['TRANSITION_ISSUES', [role(ROLE_IDS.serviceDeskTeam)]],
  ['ASSIGN_ISSUES', [role(ROLE_IDS.serviceDeskTeam)]],
  ['ASSIGNABLE_USER', [role(ROLE_IDS.serviceDeskTeam)]],
  ['RESOLVE_ISSUES', [role(ROLE_IDS.serviceDeskTeam)]],
  ['CLOSE_ISSUES', [role(ROLE_IDS.serviceDeskTeam)]],
  ['ADD_COMMENTS', [role(ROLE_IDS.serviceDeskTeam), bare('sd.customer.portal.only')]],
  ['CREATE_ATTACHMENTS', [role(ROLE_IDS.serviceDeskTeam), bare('sd.customer.portal.only')]],
  ['VIEW_READONLY_WORKFLOW', [role(ROLE_IDS.serviceDeskTeam)]],
  ['com.example.approvals__approve-requests', [role(ROLE_IDS.serviceDeskTeam)]],
];

function schemes(): SimScheme[] {
  const defaultGrants = grants(DEFAULT_TABLE, 10000);
  const softwareGrants = grants(SOFTWARE_TABLE, 10200);
  const serviceGrants = grants(SERVICE_TABLE, 10400);
  return [
    {
      id: 0,
      name: 'Default Permission Scheme',
      description:
        'This is the default Permission Scheme. Any new projects that are created will be assigned this scheme.',
      grants: defaultGrants,
    },
    {
      id: 10000,
      name: 'Software Development',
      description: 'Permission scheme for software teams.',
      grants: softwareGrants,
    },
    {
      id: 10001,
      name: 'Jira Service Management Permission Scheme for IT Help',
      description: 'This Jira Service Management permission scheme was generated for project IT Help.',
      grants: serviceGrants,
    },
    {
      id: 10002,
      name: 'Archived Projects (unused)',
      description: 'Read-only access for archived work. No project uses it yet.',
      grants: grants([['BROWSE_PROJECTS', [ADMINS]]], 10600),
    },
  ];
}

/** A fresh copy of the default site (callers may mutate it). */
export function defaultSeed(): SiteData {
  return {
    defaultSchemeId: 0,
    schemes: schemes(),
    groups: [
      { name: 'jira-administrators', groupId: GROUP_IDS.administrators },
      { name: 'site-admins', groupId: GROUP_IDS.siteAdmins },
      { name: 'jira-software-users', groupId: GROUP_IDS.softwareUsers },
      { name: 'jira-servicemanagement-users', groupId: GROUP_IDS.serviceManagementUsers },
      { name: 'jira-servicemanagement-customers-itsupport', groupId: GROUP_IDS.customers },
      { name: 'release-managers', groupId: GROUP_IDS.releaseManagers },
      { name: 'contractors', groupId: GROUP_IDS.contractors },
      { name: 'mobile-team', groupId: GROUP_IDS.mobileTeam },
    ],
    roles: [
      { id: ROLE_IDS.users, name: 'Users', description: 'A project role that represents users in a project' },
      {
        id: ROLE_IDS.developers,
        name: 'Developers',
        description: 'A project role that represents developers in a project',
      },
      {
        id: ROLE_IDS.administrators,
        name: 'Administrators',
        description: 'A project role that represents administrators in a project',
      },
      {
        id: ROLE_IDS.addons,
        name: 'atlassian-addons-project-access',
        description:
          'A project role that represents Connect add-ons declaring a scope that requires more than read issue permissions',
      },
      {
        id: ROLE_IDS.serviceDeskTeam,
        name: 'Service Desk Team',
        description: 'Members of the service project team (agents).',
      },
      {
        id: ROLE_IDS.serviceDeskCustomers,
        name: 'Service Desk Customers',
        description: 'Customers of the service project.',
      },
    ],
    users: [
      {
        accountId: ACCOUNT_IDS.admin,
        displayName: 'Alex Admin',
        emailAddress: 'admin@example.com',
        active: true,
        accountType: 'atlassian',
        groups: ['jira-administrators', 'site-admins', 'jira-software-users', 'jira-servicemanagement-users'],
        applicationRoles: ['jira-software', 'jira-servicedesk'],
        name: 'admin',
        key: 'JIRAUSER10000',
        timeZone: 'Europe/London',
      },
      {
        accountId: ACCOUNT_IDS.developer,
        displayName: 'Dana Developer',
        emailAddress: 'dev@example.com',
        active: true,
        accountType: 'atlassian',
        groups: ['jira-software-users', 'release-managers'],
        applicationRoles: ['jira-software'],
        name: 'dana',
        key: 'JIRAUSER10100',
        timeZone: 'Europe/Berlin',
      },
      {
        accountId: ACCOUNT_IDS.agent,
        displayName: 'Mia Agent',
        emailAddress: 'agent@example.com',
        active: true,
        accountType: 'atlassian',
        groups: ['jira-servicemanagement-users'],
        applicationRoles: ['jira-servicedesk'],
        name: 'mia',
        key: 'JIRAUSER10101',
        timeZone: 'Australia/Sydney',
      },
      {
        accountId: ACCOUNT_IDS.reader,
        displayName: 'Riley Reader',
        emailAddress: 'reader@example.com',
        active: true,
        accountType: 'atlassian',
        groups: ['jira-software-users'],
        applicationRoles: ['jira-software'],
        name: 'riley',
        key: 'JIRAUSER10102',
        timeZone: 'America/New_York',
      },
      {
        accountId: ACCOUNT_IDS.automation,
        displayName: 'Automation for Jira',
        emailAddress: '',
        active: true,
        accountType: 'app',
        groups: [],
        applicationRoles: [],
        timeZone: 'UTC',
      },
      {
        accountId: ACCOUNT_IDS.alice,
        displayName: 'Alice Admin',
        emailAddress: 'alice@example.com',
        active: true,
        accountType: 'atlassian',
        groups: ['jira-administrators', 'site-admins', 'jira-software-users'],
        applicationRoles: ['jira-software', 'jira-servicedesk'],
        name: 'alice',
        key: 'JIRAUSER10103',
        timeZone: 'Europe/Dublin',
      },
      {
        accountId: ACCOUNT_IDS.priya,
        displayName: 'Priya Product',
        emailAddress: 'priya@example.com',
        active: true,
        accountType: 'atlassian',
        groups: ['jira-software-users', 'mobile-team'],
        applicationRoles: ['jira-software'],
        name: 'priya',
        key: 'JIRAUSER10104',
        timeZone: 'Asia/Kolkata',
      },
      {
        accountId: ACCOUNT_IDS.carlos,
        displayName: 'Carlos Contractor',
        emailAddress: 'carlos@contractor.example',
        active: true,
        accountType: 'atlassian',
        groups: ['contractors', 'mobile-team', 'jira-software-users'],
        applicationRoles: ['jira-software'],
        name: 'carlos',
        key: 'JIRAUSER10105',
        timeZone: 'America/Sao_Paulo',
      },
      {
        accountId: ACCOUNT_IDS.sam,
        displayName: 'Sam Leaver',
        emailAddress: 'sam@example.com',
        active: false,
        accountType: 'atlassian',
        groups: ['jira-software-users', 'release-managers', 'mobile-team'],
        applicationRoles: ['jira-software'],
        name: 'sam',
        key: 'JIRAUSER10106',
        timeZone: 'Europe/London',
      },
      {
        accountId: ACCOUNT_IDS.taylor,
        displayName: 'Taylor Team',
        emailAddress: 'taylor@example.com',
        active: true,
        accountType: 'atlassian',
        groups: ['jira-software-users'],
        applicationRoles: ['jira-software'],
        name: 'taylor',
        key: 'JIRAUSER10107',
        timeZone: 'America/Chicago',
      },
      {
        accountId: ACCOUNT_IDS.casey,
        displayName: 'Casey Customer',
        emailAddress: 'casey@customer.example',
        active: true,
        accountType: 'customer',
        groups: ['jira-servicemanagement-customers-itsupport'],
        applicationRoles: [],
        name: 'casey',
        key: 'JIRAUSER10108',
        timeZone: 'UTC',
      },
    ],
    fields: [
      { id: 'summary', name: 'Summary', custom: false, schema: { type: 'string', system: 'summary' } },
      { id: 'assignee', name: 'Assignee', custom: false, schema: { type: 'user', system: 'assignee' } },
      { id: 'reporter', name: 'Reporter', custom: false, schema: { type: 'user', system: 'reporter' } },
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
        id: 'customfield_10021',
        name: 'Approvers',
        custom: true,
        schema: {
          type: 'array',
          items: 'user',
          custom: 'com.atlassian.jira.plugin.system.customfieldtypes:multiuserpicker',
          customId: 10021,
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
      {
        id: 'customfield_10031',
        name: 'Watcher Groups',
        custom: true,
        schema: {
          type: 'array',
          items: 'group',
          custom: 'com.atlassian.jira.plugin.system.customfieldtypes:multigrouppicker',
          customId: 10031,
        },
      },
      {
        id: 'customfield_10016',
        name: 'Story point estimate',
        custom: true,
        schema: { type: 'number', custom: 'com.pyxis.greenhopper.jira:jsw-story-points', customId: 10016 },
      },
    ],
    applicationRoles: [
      {
        key: 'jira-software',
        name: 'Jira Software',
        groups: ['jira-software-users', 'jira-administrators'],
        defaultGroups: ['jira-software-users'],
        numberOfSeats: 10,
        platform: false,
      },
      {
        key: 'jira-servicedesk',
        name: 'Jira Service Management',
        groups: ['jira-servicemanagement-users', 'jira-administrators'],
        defaultGroups: ['jira-servicemanagement-users'],
        numberOfSeats: 3,
        platform: false,
      },
    ],
    projects: [
      {
        id: '10000',
        key: 'SOFT',
        name: 'Software',
        projectTypeKey: 'software',
        permissionSchemeId: 10000,
        leadAccountId: ACCOUNT_IDS.developer,
        description: 'The web product.',
        roleActors: {
          [ROLE_IDS.administrators]: { users: [ACCOUNT_IDS.admin], groups: [GROUP_IDS.administrators] },
          [ROLE_IDS.developers]: {
            users: [ACCOUNT_IDS.developer, ACCOUNT_IDS.priya],
            groups: [GROUP_IDS.releaseManagers],
          },
          [ROLE_IDS.users]: { groups: [GROUP_IDS.softwareUsers] },
          [ROLE_IDS.addons]: { users: [ACCOUNT_IDS.automation] },
        },
      },
      {
        id: '10001',
        key: 'MOB',
        name: 'Mobile App',
        projectTypeKey: 'software',
        permissionSchemeId: 10000,
        leadAccountId: ACCOUNT_IDS.priya,
        roleActors: {
          [ROLE_IDS.administrators]: { users: [ACCOUNT_IDS.alice] },
          [ROLE_IDS.developers]: { users: [ACCOUNT_IDS.developer], groups: [GROUP_IDS.mobileTeam] },
          [ROLE_IDS.users]: { groups: [GROUP_IDS.contractors] },
          [ROLE_IDS.addons]: { users: [ACCOUNT_IDS.automation] },
        },
      },
      {
        id: '10002',
        key: 'HELP',
        name: 'IT Help',
        projectTypeKey: 'service_desk',
        permissionSchemeId: 10001,
        leadAccountId: ACCOUNT_IDS.agent,
        roleActors: {
          [ROLE_IDS.administrators]: { users: [ACCOUNT_IDS.admin] },
          [ROLE_IDS.serviceDeskTeam]: {
            users: [ACCOUNT_IDS.agent],
            groups: [GROUP_IDS.serviceManagementUsers],
          },
          [ROLE_IDS.serviceDeskCustomers]: { groups: [GROUP_IDS.customers] },
          [ROLE_IDS.addons]: { users: [ACCOUNT_IDS.automation] },
        },
      },
      {
        id: '10003',
        key: 'MKT',
        name: 'Marketing',
        projectTypeKey: 'business',
        permissionSchemeId: 0,
        leadAccountId: ACCOUNT_IDS.reader,
        roleActors: {
          [ROLE_IDS.administrators]: { users: [ACCOUNT_IDS.alice] },
          [ROLE_IDS.users]: { users: [ACCOUNT_IDS.reader, ACCOUNT_IDS.sam] },
        },
      },
      {
        id: '10004',
        key: 'TEAM',
        name: 'Team Alpha',
        projectTypeKey: 'software',
        permissionSchemeId: TEAM_SCHEME_ID,
        leadAccountId: ACCOUNT_IDS.taylor,
        style: 'next-gen',
      },
    ],
    projectSchemes: [
      {
        id: TEAM_SCHEME_ID,
        name: 'Team Alpha permission scheme',
        description: 'Access to this team-managed project is managed in its own settings.',
        grants: [
          { id: 9100, permission: 'ADMINISTER_PROJECTS', holder: ADMINS },
          { id: 9101, permission: 'BROWSE_PROJECTS', holder: DEVS },
          { id: 9102, permission: 'CREATE_ISSUES', holder: DEVS },
        ],
      },
    ],
    permissions: defaultCatalogue(),
  };
}
