export const id = 200;
export const ids = [200];
export const modules = {

5200:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {



__webpack_require__.d(__webpack_exports__, {
  pr: () => ( defaultSeed),
  XJ: () => ( generateSite),
  wU: () => ( loadSeedFile),
  rs: () => ( startSimulator)
});




var external_node_http_ = __webpack_require__(7067);
;





const PROJECT_PERMISSIONS = [
    ['ADMINISTER_PROJECTS', 'Administer Projects', 'Ability to administer a project in Jira.'],
    ['EDIT_WORKFLOW', 'Edit Workflows', 'Ability to edit a workflow.'],
    ['EDIT_ISSUE_LAYOUT', 'Edit Issue Layout', 'Ability to edit the issue layout.'],
    ['BROWSE_PROJECTS', 'Browse Projects', 'Ability to browse projects and the issues within them.'],
    ['MANAGE_SPRINTS_PERMISSION', 'Manage sprints', 'Ability to manage sprints.'],
    ['SERVICEDESK_AGENT', 'Service Project Agent', 'Allows users to interact with customers.'],
    ['VIEW_DEV_TOOLS', 'View Development Tools', 'Allows users to view development-related information.'],
    ['VIEW_READONLY_WORKFLOW', 'View Read-Only Workflow', 'Users can view a read-only workflow.'],
    ['ASSIGNABLE_USER', 'Assignable User', 'Users with this permission may be assigned to issues.'],
    ['ASSIGN_ISSUES', 'Assign Issues', 'Ability to assign issues to other people.'],
    ['CLOSE_ISSUES', 'Close Issues', 'Ability to close issues.'],
    ['CREATE_ISSUES', 'Create Issues', 'Ability to create issues.'],
    ['DELETE_ISSUES', 'Delete Issues', 'Ability to delete issues.'],
    ['EDIT_ISSUES', 'Edit Issues', 'Ability to edit issues.'],
    ['LINK_ISSUES', 'Link Issues', 'Ability to link issues together.'],
    ['MODIFY_REPORTER', 'Modify Reporter', 'Ability to modify the reporter when creating or editing an issue.'],
    ['MOVE_ISSUES', 'Move Issues', 'Ability to move issues between projects or between workflows.'],
    ['RESOLVE_ISSUES', 'Resolve Issues', 'Ability to resolve and reopen issues.'],
    ['SCHEDULE_ISSUES', 'Schedule Issues', 'Ability to view or edit an issue due date.'],
    ['SET_ISSUE_SECURITY', 'Set Issue Security', 'Ability to set the level of security on an issue.'],
    ['TRANSITION_ISSUES', 'Transition Issues', 'Ability to transition issues.'],
    ['MANAGE_WATCHERS', 'Manage Watchers', 'Ability to manage the watchers of an issue.'],
    ['VIEW_VOTERS_AND_WATCHERS', 'View Voters and Watchers', 'Ability to view the voters and watchers.'],
    ['ADD_COMMENTS', 'Add Comments', 'Ability to comment on issues.'],
    ['DELETE_ALL_COMMENTS', 'Delete All Comments', 'Ability to delete all comments made on issues.'],
    ['DELETE_OWN_COMMENTS', 'Delete Own Comments', 'Ability to delete own comments made on issues.'],
    ['EDIT_ALL_COMMENTS', 'Edit All Comments', 'Ability to edit all comments made on issues.'],
    ['EDIT_OWN_COMMENTS', 'Edit Own Comments', 'Ability to edit own comments made on issues.'],
    ['CREATE_ATTACHMENTS', 'Create Attachments', 'Users with this permission may create attachments.'],
    ['DELETE_ALL_ATTACHMENTS', 'Delete All Attachments', 'Users may delete all attachments.'],
    ['DELETE_OWN_ATTACHMENTS', 'Delete Own Attachments', 'Users may delete attachments they added.'],
    ['DELETE_ALL_WORKLOGS', 'Delete All Worklogs', 'Ability to delete all worklogs made on issues.'],
    ['DELETE_OWN_WORKLOGS', 'Delete Own Worklogs', 'Ability to delete own worklogs made on issues.'],
    ['EDIT_ALL_WORKLOGS', 'Edit All Worklogs', 'Ability to edit all worklogs made on issues.'],
    ['EDIT_OWN_WORKLOGS', 'Edit Own Worklogs', 'Ability to edit own worklogs made on issues.'],
    ['WORK_ON_ISSUES', 'Work On Issues', 'Ability to log work done against an issue.'],
];
const GLOBAL_PERMISSIONS = [
    ['ADMINISTER', 'Administer Jira', 'Create and administer projects, issue types, fields and schemes.'],
    ['SYSTEM_ADMIN', 'Jira System Administrators', 'Ability to perform all administration functions.'],
    ['USER_PICKER', 'Browse users and groups', 'Ability to select a user or group from a popup window.'],
    ['CREATE_SHARED_OBJECTS', 'Share dashboards and filters', 'Ability to share dashboards and filters.'],
    ['BULK_CHANGE', 'Make bulk changes', 'Ability to modify a collection of issues at once.'],
];

const APP_PERMISSIONS = [
    [
        'com.example.approvals__approve-requests',
        'Approve requests',
        'Defined by the Example Approvals app: approve change requests.',
    ],
    [
        'com.example.timesheets__log-work-for-others',
        'Log work for others',
        'Defined by the Example Timesheets app: log time on behalf of other users.',
    ],
    [
        'com.example.timesheets__view-all-worklogs',
        'View all worklogs',
        'Defined by the Example Timesheets app: see every worklog in the project.',
    ],
];
function defaultCatalogue() {
    return [
        ...GLOBAL_PERMISSIONS.map(([key, name, description]) => ({
            key,
            name,
            description,
            type: 'GLOBAL',
        })),
        ...[...PROJECT_PERMISSIONS, ...APP_PERMISSIONS].map(([key, name, description]) => ({
            key,
            name,
            description,
            type: 'PROJECT',
        })),
    ];
}
const PROJECT_PERMISSION_KEYS = PROJECT_PERMISSIONS.map(([key]) => key);

;






const GROUP_IDS = {
    administrators: '4c1f4d2a-0b7e-4f0a-9d56-8a1f0e3c2b71',
    siteAdmins: '9a0b6d3e-51c4-4e0f-8b2a-7d9e1c5f3a60',
    softwareUsers: '276f955c-63d7-42c8-9520-92d01dca0625',
    serviceManagementUsers: '6e87dc72-4f1f-421f-9382-2fee8b652487',
    customers: 'b3e5c7a9-2d4f-4a6b-8c0e-1f3a5b7d9e21',
    releaseManagers: 'd2c4e6f8-0a1b-4c3d-9e5f-7a8b9c0d1e2f',
    contractors: '8f3e2d1c-0b9a-4f8e-a7d6-c5b4a3928170',
    mobileTeam: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
};
const ROLE_IDS = {
    users: 10000,
    developers: 10001,
    administrators: 10002,
    addons: 10003,
    serviceDeskTeam: 10004,
    serviceDeskCustomers: 10005,
};
const ACCOUNT_IDS = {
    admin: '712020:5f2b8a3c-1d4e-4f6a-9b7c-0e1d2f3a4b5c',
    developer: '5b10ac8d82e05b22cc7d4ef5',
    agent: '5b10a2844c20165700ede21g',
    reader: '61a4e2f0b1c2d3e4f5a6b7c8',
    automation: '557058:f58131cb-b67d-43c7-b30d-6b58d40bd077',
    alice: '5d9f2e3a1b4c6d7e8f901a2b',
    priya: '60e5c1d2f3a4b5c6d7e8f901',
    carlos: '712020:0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e',

    sam: '5c8d7e6f5a4b3c2d1e0f9a8b',
    taylor: '62a1b2c3d4e5f6a7b8c9d0e1',
    casey: 'qm:4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a:0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
};

const TEAM_SCHEME_ID = 9100;
const role = (id) => ({ type: 'projectRole', ref: String(id) });
const group = (id) => ({ type: 'group', ref: id });
const bare = (type) => ({ type });
const appRole = (key) => key === undefined ? { type: 'applicationRole' } : { type: 'applicationRole', ref: key };

function grants(table, firstId) {
    const out = [];
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

const DEFAULT_TABLE = [
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

const SOFTWARE_TABLE = [
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

const SERVICE_TABLE = [
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
function schemes() {
    const defaultGrants = grants(DEFAULT_TABLE, 10000);
    const softwareGrants = grants(SOFTWARE_TABLE, 10200);
    const serviceGrants = grants(SERVICE_TABLE, 10400);
    return [
        {
            id: 0,
            name: 'Default Permission Scheme',
            description: 'This is the default Permission Scheme. Any new projects that are created will be assigned this scheme.',
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

function defaultSeed() {
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
                description: 'A project role that represents Connect add-ons declaring a scope that requires more than read issue permissions',
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

;






const DEFAULT_CLOUD_ID = '3f1c9a2e-7b4d-4e8f-a6c5-1d2e3f4a5b6c';
const ALL = ['read', 'write', 'delete'];
function defaultCredentials() {
    return [
        {
            label: 'admin (basic)',
            accountId: ACCOUNT_IDS.admin,
            email: 'admin@example.com',
            apiToken: 'sim-admin-token',
            admin: true,
            categories: ALL,
        },
        {
            label: 'admin (bearer)',
            accountId: ACCOUNT_IDS.admin,
            bearerToken: 'sim-bearer-admin-token',
            admin: true,
            categories: ALL,
        },
        {
            label: 'non-admin (basic)',
            accountId: ACCOUNT_IDS.developer,
            email: 'dev@example.com',
            apiToken: 'sim-nonadmin-token',
            admin: false,
            categories: ALL,
        },
        {
            label: 'no-browse (basic)',
            accountId: ACCOUNT_IDS.reader,
            email: 'reader@example.com',
            apiToken: 'sim-nobrowse-token',
            admin: false,
            browseUsers: false,
            categories: ALL,
        },
        {
            label: 'read-only (basic)',
            accountId: ACCOUNT_IDS.admin,
            email: 'admin@example.com',
            apiToken: 'sim-readonly-token',
            admin: true,
            categories: ['read'],
        },
        {
            label: 'no-delete (basic)',
            accountId: ACCOUNT_IDS.admin,
            email: 'admin@example.com',
            apiToken: 'sim-nodelete-token',
            admin: true,
            categories: ['read', 'write'],
        },
        {
            label: 'scoped OAuth (bearer)',
            accountId: ACCOUNT_IDS.admin,
            bearerToken: 'sim-scoped-oauth-token',
            admin: true,
            categories: ALL,
            scoped: true,
        },
    ];
}

function exampleCredentials(cloudId) {
    return {
        admin: { email: 'admin@example.com', apiToken: 'sim-admin-token' },
        bearer: { token: 'sim-bearer-admin-token' },
        nonAdmin: { email: 'dev@example.com', apiToken: 'sim-nonadmin-token' },
        noBrowse: { email: 'reader@example.com', apiToken: 'sim-nobrowse-token' },
        readOnly: { email: 'admin@example.com', apiToken: 'sim-readonly-token' },
        noDelete: { email: 'admin@example.com', apiToken: 'sim-nodelete-token' },
        scoped: { token: 'sim-scoped-oauth-token', cloudId },
    };
}
function authenticate(header, credentials) {
    if (header === undefined || header.trim() === '')
        return { kind: 'missing' };
    const [scheme = '', ...rest] = header.trim().split(/\s+/);
    const token = rest.join(' ');
    if (scheme.toLowerCase() === 'basic') {
        let decoded;
        try {
            decoded = Buffer.from(token, 'base64').toString('utf8');
        }
        catch {
            return { kind: 'unknown', scheme: 'basic' };
        }
        const colon = decoded.indexOf(':');
        if (colon < 0)
            return { kind: 'unknown', scheme: 'basic' };
        const email = decoded.slice(0, colon);
        const secret = decoded.slice(colon + 1);
        const found = credentials.find((credential) => credential.email !== undefined &&
            credential.email.toLowerCase() === email.toLowerCase() &&
            credential.apiToken === secret);
        return found === undefined ? { kind: 'unknown', scheme: 'basic' } : { kind: 'ok', credential: found };
    }
    if (scheme.toLowerCase() === 'bearer') {
        const found = credentials.find((credential) => credential.bearerToken === token);
        return found === undefined ? { kind: 'unknown', scheme: 'bearer' } : { kind: 'ok', credential: found };
    }
    return { kind: 'unknown', scheme: scheme.toLowerCase() };
}
function categoryOf(method) {
    if (method === 'DELETE')
        return 'delete';
    if (method === 'GET' || method === 'HEAD')
        return 'read';
    return 'write';
}

;
function errorResponse(status, messages, errors = {}, headers) {
    const body = { errorMessages: messages, errors };
    return headers === undefined ? { status, body } : { status, body, headers };
}





const MESSAGES = {
    schemeNotFound: (w, id) => w === 'jira' ? `Permission scheme with id ${id} not found.` : `No such permission scheme: ${id}`,
    grantNotFound: (w, id) => w === 'jira' ? `Permission grant with id ${id} not found.` : `No such permission grant: ${id}`,
    grantNotFoundForDelete: (w, id) => w === 'jira'
        ? `Permission grant with id ${id} does not exist in the permission scheme.`
        : `Grant ${id} is not in this scheme`,
    duplicateGrant: (w) => w === 'jira'
        ? 'The permission grant you are trying to create already exists in this permission scheme.'
        : 'Duplicate permission grant',
    unknownPermission: (w, key) => w === 'jira' ? `Permission with key '${key}' does not exist.` : `Invalid permission key: ${key}`,
    globalPermission: (w, key) => w === 'jira'
        ? `Permission '${key}' is a global permission and cannot be granted in a permission scheme.`
        : `Not a project permission: ${key}`,
    missingPermission: (w) => w === 'jira' ? 'The permission to grant must be provided.' : 'permission is required',
    missingHolder: (w) => w === 'jira' ? 'The permission holder must be provided.' : 'holder is required',
    unknownHolderType: (w, type) => w === 'jira' ? `Holder type '${type}' is not supported.` : `Invalid holder type: ${type}`,
    missingHolderParameter: (w, type) => w === 'jira'
        ? `A parameter is required for the permission holder type '${type}'.`
        : `Holder ${type} needs a parameter`,
    groupNotFound: (w, ref) => w === 'jira' ? `Group with name or id '${ref}' does not exist.` : `Unknown group: ${ref}`,
    roleNotFound: (w, ref) => w === 'jira' ? `Project role with id '${ref}' does not exist.` : `Unknown project role: ${ref}`,
    userNotFound: (w, ref) => w === 'jira' ? `User with accountId '${ref}' does not exist.` : `Unknown user: ${ref}`,
    fieldNotFound: (w, ref) => w === 'jira' ? `Custom field with id '${ref}' does not exist.` : `Unknown custom field: ${ref}`,
    fieldWrongType: (w, ref, want) => w === 'jira'
        ? `Custom field '${ref}' is not a ${want} picker field.`
        : `Field ${ref} cannot hold ${want}s`,
    applicationRoleNotFound: (w, ref) => w === 'jira' ? `Application role with key '${ref}' does not exist.` : `Unknown application: ${ref}`,
    schemeNameMissing: (w) => w === 'jira' ? 'The name of the permission scheme must not be empty.' : 'name is required',
    schemeNameTaken: (w, name) => w === 'jira'
        ? `A permission scheme with the name '${name}' already exists.`
        : `Name already in use: ${name}`,
    schemeInUse: (w, name, projects) => w === 'jira'
        ? `Cannot delete permission scheme '${name}' because it is used by ${projects.length} project(s): ${projects.join(', ')}.`
        : `Scheme in use by ${projects.join(', ')}`,
    defaultSchemeDelete: (w) => w === 'jira' ? 'The default permission scheme cannot be deleted.' : 'Cannot delete default scheme',
    projectNotFound: (w, ref) => w === 'jira' ? `No project could be found with key '${ref}'.` : `No such project: ${ref}`,
    teamManagedProject: (w, key) => w === 'jira'
        ? `Project '${key}' is team-managed. Team-managed projects don't use permission schemes; their access is managed in the project's settings.`
        : `Team-managed project: ${key}`,
    roleIdInvalid: (w, ref) => w === 'jira' ? `The project role id '${ref}' is not a number.` : `Bad role id: ${ref}`,
    groupMissing: (w, cloud) => w === 'jira'
        ? cloud
            ? 'Either the groupId or the groupname query parameter must be provided.'
            : "The 'groupname' query parameter must be provided."
        : 'group is required',
    groupBoth: (w) => w === 'jira'
        ? 'The groupId and groupname query parameters cannot be used together.'
        : 'Use groupId or groupname, not both',
    noBrowseUsers: (w) => w === 'jira'
        ? "You don't have the 'Browse users and groups' global permission, which this operation needs."
        : 'Browse users and groups permission required',
    onlyAdminsCheckOthers: (w) => w === 'jira'
        ? 'Only Jira administrators can perform this operation.'
        : 'Administrator permission required',
    invalidAccountId: (w, ref) => w === 'jira' ? `The account ID '${ref}' is invalid.` : `Unknown account: ${ref}`,
    unrecognisedPermission: (w) => (w === 'jira' ? 'Unrecognized permission' : 'Unknown permission'),
    tooManyIds: (w, what) => w === 'jira' ? `A maximum of 1000 ${what} can be checked.` : `Too many ${what}`,
    projectPermissionsEmpty: (w) => w === 'jira'
        ? 'At least one project permission must be provided in each projectPermissions entry.'
        : 'permissions is required',
    badDate: (w, name, value) => w === 'jira' ? `Invalid date '${value}' for parameter '${name}'.` : `Bad ${name}: ${value}`,
    badJson: (w, detail) => w === 'jira' ? `Unexpected character in request body: ${detail}` : `Malformed JSON: ${detail}`,
    notAuthenticated: (w) => w === 'jira'
        ? 'You are not authenticated. Authentication required to perform this operation.'
        : 'Authentication required',
    badCredentials: (w) => w === 'jira' ? 'Client must be authenticated to access this resource.' : 'Invalid credentials',
    notAdmin: (w) => w === 'jira'
        ? 'You do not have permission to perform this action. The Administer Jira global permission is required.'
        : 'Administrator permission required',
    categoryDenied: (w, category) => w === 'jira'
        ? `This API token is not allowed to perform '${category}' operations. An organization admin restricted its permissions; ask them to allow the '${category}' category, or use a token that has it.`
        : `Token lacks the ${category} category`,
    blockedAddress: (w) => w === 'jira'
        ? "Your IP address isn't on your organization's IP allowlist. Contact your organization admin to access this site."
        : 'IP address not allowed',
    rateLimited: (w) => (w === 'jira' ? 'Rate limit exceeded. Try again later.' : 'Too many requests'),
    serverError: (w) => (w === 'jira' ? 'Internal server error' : 'Server error'),
};

;
function createRandom(seed) {
    let state = seed >>> 0;
    const next = () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    return {
        next,
        int: (n) => Math.floor(next() * n),
        chance: (p) => p > 0 && next() < p,
        pick: (items) => {
            const item = items[Math.floor(next() * items.length)];
            if (item === undefined)
                throw new Error('pick() needs at least one item');
            return item;
        },
    };
}

;





const WRITE_METHODS = ['POST', 'PUT', 'DELETE'];
function matches(match, method, route) {
    if (match.methods !== undefined) {
        const methods = match.methods === 'writes' ? WRITE_METHODS : match.methods.map((m) => m.toUpperCase());
        if (!methods.includes(method))
            return false;
    }
    if (match.route !== undefined) {
        if (typeof match.route === 'string' ? !route.includes(match.route) : !match.route.test(route))
            return false;
    }
    return true;
}
class FaultEngine {
    config;
    random;
    tokens;
    lastRefill;

    used = new Map();
    now;
    constructor(config = {}, now = () => Date.now()) {
        this.now = now;
        this.config = config;
        this.random = createRandom(config.seed ?? 1);
        this.tokens = config.rateLimit?.capacity ?? 0;
        this.lastRefill = now();
    }

    configure(config) {
        this.config = config;
        this.random = createRandom(config.seed ?? 1);
        this.tokens = config.rateLimit?.capacity ?? 0;
        this.lastRefill = this.now();
        this.used = new Map();
    }
    get current() {
        return this.config;
    }
    draw(fault, method, route) {
        if (fault === undefined || !matches(fault, method, route))
            return false;

        const hit = this.random.next() < fault.rate;
        return hit && (fault.times === undefined || (this.used.get(fault) ?? 0) < fault.times);
    }

    applied(fault, plan) {
        if (fault?.times !== undefined)
            this.used.set(fault, (this.used.get(fault) ?? 0) + 1);
        return plan;
    }
    plan(method, route) {
        const config = this.config;
        const plan = { delayMs: 0 };
        if (config.latency !== undefined && matches(config.latency, method, route)) {
            const jitter = config.latency.jitterMs ?? 0;
            plan.delayMs = config.latency.fixedMs + (jitter > 0 ? this.random.next() * jitter : 0);
        }
        const serverError = this.draw(config.serverErrors, method, route);
        const refusal = this.draw(config.refusals, method, route);
        const hang = this.draw(config.hang, method, route);
        const html = this.draw(config.htmlLogin, method, route);
        const drop = this.draw(config.dropAfterCommit, method, route);
        const truncate = this.draw(config.truncatedJson, method, route);
        if (config.blockedAddress === true)
            return { ...plan, before: 'blocked-address' };
        const bucket = this.takeToken(method, route);
        if (bucket?.limited !== undefined)
            return { ...plan, before: 'rate-limit', rateLimit: bucket.limited };
        if (bucket !== undefined) {

            plan.headers = {
                'X-RateLimit-Limit': String(bucket.limit),
                'X-RateLimit-Remaining': String(Math.floor(bucket.remaining)),
            };
        }
        if (hang)
            return this.applied(config.hang, { ...plan, before: 'hang' });
        if (serverError) {
            const status = config.serverErrors?.status ?? 503;
            return this.applied(config.serverErrors, { ...plan, before: 'server-error', status });
        }
        if (refusal) {
            const status = config.refusals?.status ?? 400;
            return this.applied(config.refusals, { ...plan, before: 'refusal', status });
        }
        if (html)
            return this.applied(config.htmlLogin, { ...plan, before: 'html-login' });
        if (drop && WRITE_METHODS.includes(method)) {
            return this.applied(config.dropAfterCommit, { ...plan, after: 'drop-after-commit' });
        }
        if (truncate)
            return this.applied(config.truncatedJson, { ...plan, after: 'truncated-json' });
        return plan;
    }

    takeToken(method, route) {
        const limit = this.config.rateLimit;
        if (limit === undefined || !matches(limit, method, route))
            return undefined;
        const now = this.now();
        const refill = ((now - this.lastRefill) / 1000) * limit.refillPerSecond;
        this.tokens = Math.min(limit.capacity, this.tokens + refill);
        this.lastRefill = now;
        if (this.tokens >= 1) {
            this.tokens -= 1;
            return { limit: limit.capacity, remaining: this.tokens };
        }
        const perToken = limit.refillPerSecond > 0 ? 1 / limit.refillPerSecond : 60;
        const retryAfterSeconds = limit.retryAfterSeconds ?? Math.max(1, Math.ceil(perToken * (1 - this.tokens)));
        return {
            limit: limit.capacity,
            remaining: 0,
            limited: {
                limit: limit.capacity,
                remaining: 0,
                retryAfterSeconds,
                resetAt: new Date(now + retryAfterSeconds * 1000),
            },
        };
    }
}
const FAULT_KINDS = ( null && ([
    'rate-limit',
    'server-error',
    'refusal',
    'drop-after-commit',
    'hang',
    'html-login',
    'truncated-json',
    'blocked-address',
]));

;

function cloneSite(site) {
    return structuredClone(site);
}

function normaliseSite(site) {
    const schemeIds = site.schemes.map((scheme) => scheme.id);
    const grantIds = site.schemes.flatMap((scheme) => scheme.grants.map((grant) => grant.id));
    site.nextSchemeId ??= Math.max(10000, ...schemeIds.map((id) => id + 1));
    site.nextGrantId ??= Math.max(10000, ...grantIds.map((id) => id + 1));
    site.nextAuditId ??= Math.max(1, ...(site.auditRecords ?? []).map((record) => record.id + 1));
    return site;
}

function findScheme(site, id) {
    return site.schemes.find((scheme) => scheme.id === id);
}

function findAnyScheme(site, id) {
    return findScheme(site, id) ?? site.projectSchemes?.find((scheme) => scheme.id === id);
}
function isTeamManaged(project) {
    return project.style === 'next-gen';
}




function findProject(site, ref, options) {
    const sameKey = (key) => options.keyCase === 'insensitive' ? key.toUpperCase() === ref.toUpperCase() : key === ref;
    return site.projects.find((project) => (project.id === ref || sameKey(project.key)) &&
        project.archived === undefined &&
        !(options.flavour === 'datacenter' && isTeamManaged(project)));
}
function takeSchemeId(site) {
    const id = site.nextSchemeId ?? 10000;
    site.nextSchemeId = id + 1;
    return id;
}
function takeGrantId(site) {
    const id = site.nextGrantId ?? 10000;
    site.nextGrantId = id + 1;
    return id;
}
function sameHolder(a, b) {
    return a.type === b.type && (a.ref ?? '') === (b.ref ?? '');
}
function sameGrant(a, b) {
    return a.permission === b.permission && sameHolder(a.holder, b.holder);
}
function projectsUsingScheme(site, schemeId) {
    return site.projects
        .filter((project) => project.permissionSchemeId === schemeId)
        .map((project) => project.key);
}
function takeAuditId(site) {
    const id = site.nextAuditId ?? 1;
    site.nextAuditId = id + 1;
    return id;
}

;

const CATEGORY = 'permissions';
const AUDIT_ACTIONS = {
    created: { summary: 'Permission scheme created', key: 'jira.auditing.permission.scheme.created' },
    updated: { summary: 'Permission scheme updated', key: 'jira.auditing.permission.scheme.updated' },
    deleted: { summary: 'Permission scheme deleted', key: 'jira.auditing.permission.scheme.deleted' },
    removedFromProject: {
        summary: 'Permission scheme removed from project',
        key: 'jira.auditing.permission.scheme.removed.from.project',
    },
    addedToProject: {
        summary: 'Permission scheme added to project',
        key: 'jira.auditing.permission.scheme.added.to.project',
    },
};

const HOLDER_TYPE_NAMES = {
    anyone: 'Anyone',
    applicationRole: 'Application access',
    assignee: 'Current Assignee',
    group: 'Group',
    groupCustomField: 'Group Custom Field Value',
    projectLead: 'Project Lead',
    projectRole: 'Project Role',
    reporter: 'Reporter',
    'sd.customer.portal.only': 'Service Project Customer - Portal Access',
    user: 'Single User',
    userCustomField: 'User Custom Field Value',
};

function holderDescription(site, holder) {
    const type = HOLDER_TYPE_NAMES[holder.type] ?? holder.type;
    const ref = holder.ref;
    if (ref === undefined)
        return { type };
    switch (holder.type) {
        case 'group':
            return { type, value: site.groups.find((group) => group.groupId === ref)?.name ?? ref };
        case 'projectRole':
            return { type, value: site.roles.find((role) => String(role.id) === ref)?.name ?? ref };
        case 'user':
            return { type, value: site.users.find((user) => user.accountId === ref)?.displayName ?? ref };
        case 'applicationRole':
            return { type, value: site.applicationRoles.find((role) => role.key === ref)?.name ?? ref };
        case 'userCustomField':
        case 'groupCustomField':
            return { type, value: site.fields.find((field) => field.id === ref)?.name ?? ref };
        default:
            return { type, value: ref };
    }
}
function schemeItem(scheme) {
    return { id: String(scheme.id), name: scheme.name, typeName: 'SCHEME' };
}
function append(site, author, record) {
    const full = {
        id: takeAuditId(site),
        created: author.at.toISOString(),
        authorAccountId: author.accountId,
        remoteAddress: author.remoteAddress,
        eventSource: author.eventSource,
        ...record,
    };
    (site.auditRecords ??= []).push(full);
    return full;
}

function auditGrant(site, author, scheme, grant, change) {
    const permission = site.permissions.find((entry) => entry.key === grant.permission)?.name ?? grant.permission;
    const { type, value } = holderDescription(site, grant.holder);
    const changed = (fieldName, text) => change === 'added'
        ? { fieldName, changedFrom: '', changedTo: text }
        : { fieldName, changedFrom: text, changedTo: '' };
    const changedValues = [changed('Permission', permission), changed('Type', type)];
    if (value !== undefined)
        changedValues.push(changed('Value', value));
    append(site, author, {
        summary: AUDIT_ACTIONS.updated.summary,
        actionKey: AUDIT_ACTIONS.updated.key,
        category: CATEGORY,
        objectItem: schemeItem(scheme),
        associatedItems: [],
        changedValues,
    });
}

function auditSchemeCreated(site, author, scheme) {
    const changedValues = [{ fieldName: 'Name', changedTo: scheme.name }];
    if (scheme.description !== undefined) {
        changedValues.push({ fieldName: 'Description', changedTo: scheme.description });
    }
    append(site, author, {
        summary: AUDIT_ACTIONS.created.summary,
        actionKey: AUDIT_ACTIONS.created.key,
        category: CATEGORY,
        objectItem: schemeItem(scheme),
        associatedItems: [],
        changedValues,
    });
    for (const grant of scheme.grants)
        auditGrant(site, author, scheme, grant, 'added');
}

function auditSchemeDetails(site, author, scheme, before) {
    const changedValues = [];
    if (before.name !== scheme.name) {
        changedValues.push({ fieldName: 'Name', changedFrom: before.name, changedTo: scheme.name });
    }
    if ((before.description ?? '') !== (scheme.description ?? '')) {
        changedValues.push({
            fieldName: 'Description',
            changedFrom: before.description ?? '',
            changedTo: scheme.description ?? '',
        });
    }
    if (changedValues.length === 0)
        return;
    append(site, author, {
        summary: AUDIT_ACTIONS.updated.summary,
        actionKey: AUDIT_ACTIONS.updated.key,
        category: CATEGORY,
        objectItem: schemeItem(scheme),
        associatedItems: [],
        changedValues,
    });
}
function auditSchemeDeleted(site, author, scheme) {
    append(site, author, {
        summary: AUDIT_ACTIONS.deleted.summary,
        actionKey: AUDIT_ACTIONS.deleted.key,
        category: CATEGORY,
        objectItem: schemeItem(scheme),
        associatedItems: [],
        changedValues: [],
    });
}

function auditProjectMoved(site, author, project, from, to) {
    const projectItem = { id: project.id, name: project.name, typeName: 'PROJECT' };
    if (from !== undefined) {
        append(site, author, {
            summary: AUDIT_ACTIONS.removedFromProject.summary,
            actionKey: AUDIT_ACTIONS.removedFromProject.key,
            category: CATEGORY,
            objectItem: projectItem,
            associatedItems: [schemeItem(from)],
            changedValues: [],
        });
    }
    append(site, author, {
        summary: AUDIT_ACTIONS.addedToProject.summary,
        actionKey: AUDIT_ACTIONS.addedToProject.key,
        category: CATEGORY,
        objectItem: projectItem,
        associatedItems: [schemeItem(to)],
        changedValues: [],
    });
}

function appendAuditRecord(site, record) {
    const full = { id: takeAuditId(site), ...record };
    (site.auditRecords ??= []).push(full);
    return full;
}

;
function toInstant(at) {
    const date = at instanceof Date ? new Date(at.getTime()) : new Date(at);
    if (Number.isNaN(date.getTime()))
        throw new Error(`not a date: ${String(at)}`);
    return date;
}
function createClock(start) {
    let frozenAt = start === undefined ? undefined : toInstant(start).getTime();
    let offset = 0;
    return {
        now: () => new Date(frozenAt ?? Date.now() + offset),
        set(at) {
            frozenAt = at === null ? undefined : toInstant(at).getTime();
            offset = 0;
        },
        advance(ms) {
            if (frozenAt === undefined)
                offset += ms;
            else
                frozenAt += ms;
        },
        get frozen() {
            return frozenAt !== undefined;
        },
    };
}

;



function findPerson(site, who) {
    const needle = who.toLowerCase();
    const user = site.users.find((candidate) => candidate.accountId === who ||
        candidate.emailAddress.toLowerCase() === needle ||
        candidate.displayName.toLowerCase() === needle ||
        candidate.name?.toLowerCase() === needle);
    if (user === undefined) {
        const known = site.users.map((candidate) => candidate.displayName).join(', ');
        throw new Error(`no user "${who}" on the simulated site (known: ${known})`);
    }
    return user;
}
function resolveHolder(site, spec) {
    const ref = spec.ref;
    if (ref === undefined)
        return { type: spec.type };
    const fail = (what) => {
        throw new Error(`no ${what} "${ref}" on the simulated site`);
    };
    switch (spec.type) {
        case 'group': {
            const group = site.groups.find((candidate) => candidate.groupId === ref || candidate.name === ref);
            return { type: 'group', ref: group?.groupId ?? fail('group') };
        }
        case 'projectRole': {
            const role = site.roles.find((candidate) => String(candidate.id) === ref || candidate.name === ref);
            return { type: 'projectRole', ref: role === undefined ? fail('project role') : String(role.id) };
        }
        case 'user':
            return { type: 'user', ref: findPerson(site, ref).accountId };
        case 'userCustomField':
        case 'groupCustomField': {
            const field = site.fields.find((candidate) => candidate.id === ref || candidate.name === ref);
            return { type: spec.type, ref: field?.id ?? fail('custom field') };
        }
        default:
            return { type: spec.type, ref };
    }
}
function schemeOrThrow(site, schemeId) {
    const scheme = findScheme(site, schemeId);
    if (scheme === undefined)
        throw new Error(`no permission scheme ${String(schemeId)} on the simulated site`);
    return scheme;
}
function checkPermission(site, permission) {
    const known = site.permissions.find((entry) => entry.key === permission);
    if (known?.type !== 'PROJECT')
        throw new Error(`"${permission}" is not a project permission of the site`);
}

function outOfBand(site, clock, who, options = {}) {
    const person = findPerson(site(), who);
    const author = () => ({
        accountId: person.accountId,
        remoteAddress: options.remoteAddress ?? '203.0.113.7',
        eventSource: 'Browser',
        at: options.at === undefined ? clock.now() : toInstant(options.at),
    });
    return {
        addGrant(schemeId, permission, holder) {
            const state = site();
            const scheme = schemeOrThrow(state, schemeId);
            checkPermission(state, permission);
            const candidate = { permission, holder: resolveHolder(state, holder) };
            if (scheme.grants.some((grant) => sameGrant(grant, candidate))) {
                throw new Error(`scheme ${String(schemeId)} already grants ${permission} to that holder`);
            }
            const grant = { id: takeGrantId(state), ...candidate };
            scheme.grants.push(grant);
            auditGrant(state, author(), scheme, grant, 'added');
            return grant;
        },
        removeGrant(schemeId, which) {
            const state = site();
            const scheme = schemeOrThrow(state, schemeId);
            const target = typeof which === 'number'
                ? scheme.grants.find((grant) => grant.id === which)
                : scheme.grants.find((grant) => sameGrant(grant, { permission: which.permission, holder: resolveHolder(state, which.holder) }));
            if (target === undefined)
                throw new Error(`scheme ${String(schemeId)} has no such grant`);
            scheme.grants = scheme.grants.filter((grant) => grant.id !== target.id);
            auditGrant(state, author(), scheme, target, 'removed');
            return target;
        },
        moveProject(ref, schemeId) {
            const state = site();
            const project = state.projects.find((candidate) => candidate.key === ref || candidate.id === ref);
            if (project === undefined)
                throw new Error(`no project "${ref}" on the simulated site`);
            if (project.style === 'next-gen')
                throw new Error(`${project.key} is team-managed: it has no scheme to change`);
            const to = schemeOrThrow(state, schemeId);
            if (project.permissionSchemeId === to.id)
                return;
            const from = findScheme(state, project.permissionSchemeId);
            project.permissionSchemeId = to.id;
            auditProjectMoved(state, author(), project, from, to);
        },
        createScheme(input) {
            const state = site();
            if (state.schemes.some((scheme) => scheme.name.toLowerCase() === input.name.toLowerCase())) {
                throw new Error(`a permission scheme named "${input.name}" already exists`);
            }
            const grants = (input.grants ?? []).map((grant) => {
                checkPermission(state, grant.permission);
                return {
                    id: takeGrantId(state),
                    permission: grant.permission,
                    holder: resolveHolder(state, grant.holder),
                };
            });
            const scheme = { id: takeSchemeId(state), name: input.name, grants };
            if (input.description !== undefined)
                scheme.description = input.description;
            state.schemes.push(scheme);
            auditSchemeCreated(state, author(), scheme);
            return scheme;
        },
        updateScheme(schemeId, changes) {
            const state = site();
            const scheme = schemeOrThrow(state, schemeId);
            const before = { name: scheme.name, description: scheme.description };
            if (changes.name !== undefined)
                scheme.name = changes.name;
            if (changes.description !== undefined)
                scheme.description = changes.description;
            auditSchemeDetails(state, author(), scheme, before);
            return scheme;
        },
        deleteScheme(schemeId) {
            const state = site();
            const scheme = schemeOrThrow(state, schemeId);
            const users = state.projects.filter((project) => project.permissionSchemeId === schemeId);
            if (schemeId === state.defaultSchemeId || users.length > 0) {
                throw new Error(`scheme ${String(schemeId)} is the default or in use; the UI would refuse`);
            }
            state.schemes = state.schemes.filter((candidate) => candidate.id !== schemeId);
            auditSchemeDeleted(state, author(), scheme);
        },
    };
}

;
function expandSet(query) {
    const raw = query.getAll('expand').join(',');
    return new Set(raw
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== ''));
}

function intParam(query, name, fallback) {
    const raw = query.get(name);
    if (raw === null || raw === '')
        return fallback;
    if (!/^-?\d+$/.test(raw))
        return undefined;
    return Number(raw);
}
const indexes = new WeakMap();
function siteIndex(ctx) {
    let index = indexes.get(ctx);
    if (index === undefined) {
        index = {
            groupsById: new Map(ctx.site.groups.map((group) => [group.groupId, group])),
            usersById: new Map(ctx.site.users.map((user) => [user.accountId, user])),
            rolesById: new Map(ctx.site.roles.map((role) => [String(role.id), role])),
            fieldsById: new Map(ctx.site.fields.map((field) => [field.id, field])),
        };
        indexes.set(ctx, index);
    }
    return index;
}

;







function byUsername(a, b) {
    const left = (a.name ?? a.accountId).toLowerCase();
    const right = (b.name ?? b.accountId).toLowerCase();
    return left < right ? -1 : left > right ? 1 : 0;
}
function groupMembers(site, group, includeInactive) {
    return site.users
        .filter((user) => user.groups.includes(group.name) && (includeInactive || user.active))
        .sort(byUsername);
}

function roleActors(site, project, roleId) {
    const actors = project.roleActors?.[String(roleId)];
    const users = (actors?.users ?? [])
        .map((accountId) => site.users.find((user) => user.accountId === accountId))
        .filter((user) => user !== undefined);
    const groups = (actors?.groups ?? [])
        .map((groupId) => site.groups.find((group) => group.groupId === groupId))
        .filter((group) => group !== undefined);
    return { users, groups };
}
function actsInRole(site, project, roleId, user) {
    const { users, groups } = roleActors(site, project, roleId);
    return (users.some((actor) => actor.accountId === user.accountId) ||
        groups.some((group) => user.groups.includes(group.name)));
}




function holderCovers(site, project, holder, user, options = {}) {
    if (holder.type === 'anyone')
        return true;
    if (user === undefined || !user.active)
        return false;
    switch (holder.type) {
        case 'applicationRole':
            return holder.ref === undefined
                ? user.applicationRoles.length > 0
                : user.applicationRoles.includes(holder.ref);
        case 'group': {
            const group = site.groups.find((candidate) => candidate.groupId === holder.ref);
            return group !== undefined && user.groups.includes(group.name);
        }
        case 'user':
            return holder.ref === user.accountId;
        case 'projectRole':
            return options.admin === true || actsInRole(site, project, Number(holder.ref), user);
        case 'projectLead':
            return project.leadAccountId === user.accountId;
        default:
            return false;
    }
}
function schemeOf(site, project) {
    return findAnyScheme(site, project.permissionSchemeId);
}

function hasProjectPermission(site, project, permission, user, options = {}) {
    const scheme = schemeOf(site, project);
    return (scheme !== undefined &&
        scheme.grants.some((grant) => grant.permission === permission && holderCovers(site, project, grant.holder, user, options)));
}

;


const SCHEME_EXPAND = 'permissions,user,group,projectRole,field,all';

function holderExpandKey(type) {
    switch (type) {
        case 'group':
            return 'group';
        case 'user':
            return 'user';
        case 'projectRole':
            return 'projectRole';
        case 'userCustomField':
        case 'groupCustomField':
            return 'field';
        default:
            return undefined;
    }
}
function renderHolder(ctx, holder, expand) {
    const out = { type: holder.type };
    const datacenter = ctx.flavour === 'datacenter';
    if (holder.ref === undefined) {
        if (ctx.behaviour.parameterlessHolders === 'null')
            out['parameter'] = null;
    }
    else if (holder.type === 'group') {
        const group = siteIndex(ctx).groupsById.get(holder.ref);
        out['parameter'] = group?.name ?? holder.ref;
        if (!datacenter)
            out['value'] = holder.ref;
    }
    else if (holder.type === 'user' && datacenter) {
        const user = siteIndex(ctx).usersById.get(holder.ref);
        out['parameter'] = user?.key ?? holder.ref;
    }
    else {
        out['parameter'] = holder.ref;
        if (!datacenter)
            out['value'] = holder.ref;
    }
    const key = holderExpandKey(holder.type);
    if (key === undefined || holder.ref === undefined)
        return out;
    const expanded = expand.has(key) || expand.has('all');
    if (!expanded || !ctx.behaviour.expandHolderObjects) {
        out['expand'] = key;
        return out;
    }
    const object = expandedHolderObject(ctx, key, holder.ref);
    if (object !== undefined)
        out[key] = object;
    return out;
}
function expandedHolderObject(ctx, key, ref) {
    switch (key) {
        case 'group': {
            const group = siteIndex(ctx).groupsById.get(ref);
            return group === undefined ? undefined : renderGroupName(ctx, group);
        }
        case 'user': {
            const user = siteIndex(ctx).usersById.get(ref);
            return user === undefined ? undefined : renderUser(ctx, user, new Set());
        }
        case 'projectRole': {
            const role = siteIndex(ctx).rolesById.get(ref);
            return role === undefined ? undefined : renderRole(ctx, role);
        }
        case 'field': {
            const field = siteIndex(ctx).fieldsById.get(ref);
            return field === undefined ? undefined : renderField(field);
        }
    }
}
function grantSelf(ctx, grant) {

    return `${ctx.restUrl}/permissionscheme/permission/${grant.id}`;
}
function renderGrant(ctx, grant, expand) {
    return {
        id: grant.id,
        self: grantSelf(ctx, grant),
        holder: renderHolder(ctx, grant.holder, expand),
        permission: grant.permission,
    };
}
function renderScheme(ctx, scheme, options) {
    const out = {
        expand: SCHEME_EXPAND,
        id: scheme.id,
        self: `${ctx.restUrl}/permissionscheme/${scheme.id}`,
        name: scheme.name,
    };
    if (scheme.description !== undefined)
        out['description'] = scheme.description;
    if (options.withGrants) {
        out['permissions'] = scheme.grants.map((grant) => renderGrant(ctx, grant, options.expand));
    }
    return out;
}
function renderGroupName(ctx, group) {
    if (ctx.flavour === 'datacenter') {
        return { name: group.name, self: `${ctx.restUrl}/group?groupname=${encodeURIComponent(group.name)}` };
    }
    return {
        name: group.name,
        groupId: group.groupId,
        self: `${ctx.restUrl}/group?groupId=${group.groupId}`,
    };
}
function avatarUrls(seed) {
    const base = `https://avatar-management.example.invalid/initials/${encodeURIComponent(seed)}.png`;
    return {
        '16x16': `${base}?size=16`,
        '24x24': `${base}?size=24`,
        '32x32': `${base}?size=32`,
        '48x48': `${base}?size=48`,
    };
}
function renderUser(ctx, user, expand) {
    const initials = user.displayName
        .split(/\s+/)
        .map((word) => word.charAt(0))
        .join('');
    const out = ctx.flavour === 'datacenter'
        ? {
            self: `${ctx.restUrl}/user?username=${encodeURIComponent(user.name ?? user.accountId)}`,
            key: user.key ?? user.accountId,
            name: user.name ?? user.accountId,
        }
        : {
            self: `${ctx.restUrl}/user?accountId=${encodeURIComponent(user.accountId)}`,
            accountId: user.accountId,
            accountType: user.accountType,
        };
    out['emailAddress'] = user.emailAddress;
    out['avatarUrls'] = avatarUrls(initials);
    out['displayName'] = user.displayName;
    out['active'] = user.active;
    out['timeZone'] = user.timeZone ?? 'UTC';
    if (expand.has('groups')) {
        const items = user.groups
            .map((name) => ctx.site.groups.find((group) => group.name === name))
            .filter((group) => group !== undefined)
            .map((group) => renderGroupName(ctx, group));
        out['groups'] = { size: items.length, items };
    }
    else {
        out['groups'] = { size: user.groups.length, items: [] };
    }
    if (expand.has('applicationRoles')) {
        const items = user.applicationRoles
            .map((key) => ctx.site.applicationRoles.find((role) => role.key === key))
            .filter((role) => role !== undefined)
            .map((role) => renderApplicationRole(ctx, role));
        out['applicationRoles'] = { size: items.length, items };
    }
    else {
        out['applicationRoles'] = { size: user.applicationRoles.length, items: [] };
    }
    out['expand'] = 'groups,applicationRoles';
    return out;
}
function renderRole(ctx, role) {
    return {
        self: `${ctx.restUrl}/role/${role.id}`,
        name: role.name,
        id: role.id,
        description: role.description,
    };
}
function renderField(field) {
    const clauseNames = field.custom ? [`cf[${field.id.replace('customfield_', '')}]`, field.name] : [field.id];
    return {
        id: field.id,
        key: field.id,
        name: field.name,
        custom: field.custom,
        orderable: true,
        navigable: true,
        searchable: true,
        clauseNames,
        schema: field.schema,
    };
}
function renderApplicationRole(ctx, role) {
    const details = (names) => names
        .map((name) => ctx.site.groups.find((group) => group.name === name))
        .filter((group) => group !== undefined)
        .map((group) => renderGroupName(ctx, group));
    const userCount = ctx.site.users.filter((user) => user.applicationRoles.includes(role.key)).length;
    return {
        key: role.key,
        groups: role.groups,
        groupDetails: details(role.groups),
        name: role.name,
        defaultGroups: role.defaultGroups,
        defaultGroupsDetails: details(role.defaultGroups),
        selectedByDefault: false,
        defined: false,
        numberOfSeats: role.numberOfSeats,
        remainingSeats: Math.max(0, role.numberOfSeats - userCount),
        userCount,
        userCountDescription: `${userCount} users`,
        hasUnlimitedSeats: false,
        platform: role.platform,
    };
}

function projectUuid(project) {
    const digits = project.id.replace(/\D/g, '').padStart(12, '0').slice(-12);
    return `00000000-0000-4000-8000-${digits}`;
}

function renderProjectDetails(ctx, project) {
    return {
        self: `${ctx.restUrl}/project/${project.id}`,
        id: project.id,
        key: project.key,
        name: project.name,
        avatarUrls: avatarUrls(project.key),
        projectTypeKey: project.projectTypeKey,
        simplified: project.style === 'next-gen',
    };
}




function renderProject(ctx, project, expand = new Set()) {
    const teamManaged = project.style === 'next-gen';
    const out = {
        expand: 'description,lead,issueTypes,url,projectKeys,permissions,insight',
        self: `${ctx.restUrl}/project/${project.id}`,
        id: project.id,
        key: project.key,
        name: project.name,
        avatarUrls: avatarUrls(project.key),
        projectTypeKey: project.projectTypeKey,
        simplified: teamManaged,
        style: teamManaged ? 'next-gen' : 'classic',
        isPrivate: false,
        properties: {},
    };
    if (teamManaged)
        out['uuid'] = projectUuid(project);
    if (expand.has('description'))
        out['description'] = project.description ?? '';
    if (expand.has('lead')) {
        const lead = leadOf(ctx, project);
        if (lead !== undefined) {
            const rendered = renderUser(ctx, lead, new Set());
            if (!ctx.behaviour.leadActive)
                delete rendered['active'];
            out['lead'] = rendered;
        }
    }
    if (project.archived !== undefined) {
        out['archived'] = true;
        out['archivedDate'] = jiraTime(project.archived.at);
        const by = siteIndex(ctx).usersById.get(project.archived.byAccountId);
        if (by !== undefined)
            out['archivedBy'] = renderUser(ctx, by, new Set());
    }
    return out;
}
function leadOf(ctx, project) {
    return project.leadAccountId === undefined
        ? undefined
        : siteIndex(ctx).usersById.get(project.leadAccountId);
}

function renderProjectFull(ctx, project) {
    const out = renderProject(ctx, project, new Set(['description', 'lead']));
    const roles = {};
    for (const role of ctx.site.roles)
        roles[role.name] = `${ctx.restUrl}/project/${project.key}/role/${role.id}`;
    return {
        ...out,
        assigneeType: 'UNASSIGNED',
        components: [],
        issueTypes: [],
        versions: [],
        roles,
    };
}

function jiraTime(iso) {
    return new Date(iso).toISOString().replace('Z', '+0000');
}

function actorId(parts) {
    let hash = 0x811c9dc5;
    for (let index = 0; index < parts.length; index++) {
        hash ^= parts.charCodeAt(index);
        hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return 10000 + (hash % 1_000_000);
}
function compareNames(a, b) {
    const left = a.toLowerCase();
    const right = b.toLowerCase();
    return left < right ? -1 : left > right ? 1 : 0;
}




function renderProjectRole(ctx, project, role, options) {
    const { users, groups } = roleActors(ctx.site, project, role.id);
    const cloud = ctx.flavour === 'cloud';
    const actors = [
        ...users
            .filter((user) => !options.excludeInactiveUsers || user.active)
            .map((user) => {
            const actor = {
                id: actorId(`${project.id}/${String(role.id)}/user/${user.accountId}`),
                displayName: user.displayName,
                type: 'atlassian-user-role-actor',
            };
            if (cloud)
                actor['actorUser'] = { accountId: user.accountId };
            else {
                actor['name'] = user.name ?? user.accountId;
                actor['avatarUrl'] = avatarUrls(user.displayName)['48x48'];
            }
            return actor;
        }),
        ...groups.map((group) => {
            const actor = {
                id: actorId(`${project.id}/${String(role.id)}/group/${group.groupId}`),
                displayName: group.name,
                type: 'atlassian-group-role-actor',
                name: group.name,
            };
            if (cloud)
                actor['actorGroup'] = { name: group.name, displayName: group.name, groupId: group.groupId };
            else
                actor['avatarUrl'] = avatarUrls(group.name)['48x48'];


            if (cloud && !ctx.behaviour.roleGroupNames) {
                delete actor['name'];
                actor['actorGroup'] = { displayName: group.name, groupId: group.groupId };
            }
            return actor;
        }),
    ].sort((a, b) => compareNames(String(a['displayName']), String(b['displayName'])));
    const out = {
        self: `${ctx.restUrl}/project/${project.key}/role/${String(role.id)}`,
        name: role.name,
        id: role.id,
        description: role.description,
        actors,
    };
    if (project.style === 'next-gen') {
        out['scope'] = { type: 'PROJECT', project: renderProjectDetails(ctx, project) };
    }
    return out;
}

function renderUserDetails(ctx, user) {
    const full = renderUser(ctx, user, new Set());
    const out = {};
    for (const key of ['self', 'accountId', 'accountType', 'key', 'name', 'emailAddress', 'avatarUrls']) {
        if (full[key] !== undefined)
            out[key] = full[key];
    }
    out['displayName'] = user.displayName;
    out['active'] = user.active;
    out['timeZone'] = user.timeZone ?? 'UTC';
    return out;
}

;




function instant(ctx, name) {
    const raw = ctx.query.get(name);
    if (raw === null || raw === '')
        return null;
    const value = /^\d+$/.test(raw) ? Number(raw) : Date.parse(raw);
    if (Number.isNaN(value))
        return errorResponse(400, [MESSAGES.badDate(ctx.behaviour.errorWording, name, raw)]);
    return value;
}
function isResponse(value) {
    return typeof value === 'object' && value !== null;
}

function auditing_window(records, from, to) {
    return records
        .filter((record) => {
        const at = Date.parse(record.created);
        return (from === null || at >= from) && (to === null || at <= to);
    })
        .sort((a, b) => Date.parse(b.created) - Date.parse(a.created) || b.id - a.id);
}
function author(ctx, record) {
    return siteIndex(ctx).usersById.get(record.authorAccountId);
}

function searchable(ctx, record) {
    const texts = [
        record.summary,
        record.category,
        record.eventSource,
        record.objectItem.name,
        record.objectItem.typeName,
        record.remoteAddress,
        ...record.changedValues.flatMap((value) => [value.changedFrom ?? '', value.changedTo ?? '']),
    ];
    if (record.objectItem.typeName === 'USER')
        texts.push(record.objectItem.id);
    if (ctx.flavour === 'datacenter') {
        texts.push(...record.associatedItems.map((item) => item.name), author(ctx, record)?.name ?? '');
    }
    return texts.map((text) => text.toLowerCase());
}
function renderCloudRecord(ctx, record) {
    const out = {
        id: record.id,
        summary: record.summary,
        remoteAddress: record.remoteAddress,
        created: jiraTime(record.created),
        category: record.category,
        eventSource: record.eventSource,
    };

    if (ctx.behaviour.auditAuthorAccountId)
        out['authorAccountId'] = record.authorAccountId;
    if (record.description !== undefined)
        out['description'] = record.description;
    out['objectItem'] = { ...record.objectItem };
    out['changedValues'] = record.changedValues.map((value) => ({ ...value }));
    out['associatedItems'] = record.associatedItems.map((item) => ({ ...item }));
    if (record.omitFields?.includes('id') === true)
        delete out['id'];
    if (record.omitFields?.includes('created') === true)
        delete out['created'];
    return out;
}
function auditRecords(ctx) {
    if (ctx.behaviour.auditFreePlan) {
        return errorResponse(403, ['The audit log is not available on the Free plan.']);
    }
    const asked = intParam(ctx.query, 'offset', 0);
    const limit = intParam(ctx.query, 'limit', 1000);
    if (asked === undefined || limit === undefined || asked < 0 || limit < 0) {
        return errorResponse(400, ['offset and limit must be non-negative integers.']);
    }
    const offset = ctx.behaviour.auditOffset === 'ignored' ? 0 : asked;
    const from = instant(ctx, 'from');
    if (isResponse(from))
        return from;
    const to = instant(ctx, 'to');
    if (isResponse(to))
        return to;

    const inWindow = from !== null && to !== null && from > to ? [] : auditing_window(ctx.site.auditRecords ?? [], from, to);
    const terms = (ctx.query.get('filter') ?? '')
        .toLowerCase()
        .split(/\s+/)
        .filter((term) => term !== '');
    const matching = inWindow.filter((record) => {
        const texts = searchable(ctx, record);
        return terms.every((term) => texts.some((text) => text.includes(term)));
    });
    const records = matching.slice(offset, offset + limit);
    return {
        status: 200,
        body: {
            offset,
            limit,


            total: ctx.behaviour.pageMarkers === 'pageTotal' ? records.length : matching.length,
            records: records.map((record) => renderCloudRecord(ctx, record)),
        },
    };
}
const I18N_KEYS = {
    Permission: 'admin.common.words.permission',
    Type: 'admin.common.words.type',
    Value: 'admin.common.words.value',
    Name: 'common.words.name',
    Description: 'common.words.description',
};

function userNumber(user) {
    return (user?.key ?? '').replace(/\D/g, '') || '-2';
}
function renderEvent(ctx, record) {
    const user = author(ctx, record);
    const name = user?.name ?? record.authorAccountId;
    return {
        ...(record.omitFields?.includes('created') === true ? {} : { timestamp: record.created }),
        author: {
            name,
            type: 'ApplicationUser',
            id: userNumber(user),
            avatarUri: '',
            uri: `${ctx.siteUrl}/secure/ViewProfile.jspa?name=${encodeURIComponent(name)}`,
        },
        type: {
            categoryI18nKey: `jira.auditing.category.${record.category.replace(/\s+/g, '')}`,
            category: record.category,
            actionI18nKey: record.actionKey,
            action: record.summary,
            level: 'BASE',
            area: 'PERMISSIONS',
        },
        affectedObjects: [record.objectItem, ...record.associatedItems].map((item) => ({
            name: item.name,
            type: item.typeName,
            uri: null,
            id: item.id,
        })),
        changedValues: record.changedValues.map((value) => ({
            i18nKey: I18N_KEYS[value.fieldName] ?? value.fieldName,
            key: value.fieldName,
            from: value.changedFrom ?? null,
            to: value.changedTo ?? null,
        })),
        source: record.remoteAddress,
        system: ctx.siteUrl,
        method: record.eventSource,
        extraAttributes: [],
    };
}
function list(ctx, name) {
    return ctx.query
        .getAll(name)
        .flatMap((value) => value.split(','))
        .map((value) => value.trim().toLowerCase())
        .filter((value) => value !== '');
}
function auditEvents(ctx) {
    const asked = intParam(ctx.query, 'offset', 0);
    const limit = intParam(ctx.query, 'limit', 200);
    if (asked === undefined || limit === undefined || asked < 0 || limit < 1) {
        return errorResponse(400, ['offset must be 0 or more and limit 1 or more.']);
    }
    const offset = ctx.behaviour.auditOffset === 'ignored' ? 0 : asked;
    const from = instant(ctx, 'from');
    if (isResponse(from))
        return from;
    const to = instant(ctx, 'to');
    if (isResponse(to))
        return to;
    const categories = list(ctx, 'categories');
    const actions = list(ctx, 'actions');
    const userIds = list(ctx, 'userIds');
    const search = (ctx.query.get('search') ?? '').trim().toLowerCase();
    const matching = auditing_window(ctx.site.auditRecords ?? [], from, to).filter((record) => (categories.length === 0 || categories.includes(record.category.toLowerCase())) &&
        (actions.length === 0 || actions.includes(record.summary.toLowerCase())) &&
        (userIds.length === 0 || userIds.includes(userNumber(author(ctx, record)))) &&
        (search === '' || searchable(ctx, record).some((text) => text.includes(search))));
    const page = matching.slice(offset, offset + limit);
    const lastPage = offset + page.length >= matching.length;
    const pagingInfo = { limit, size: page.length, lastPage };
    if (!lastPage) {
        const next = new URLSearchParams(ctx.query);
        next.set('offset', String(offset + page.length));
        next.set('limit', String(limit));
        pagingInfo['nextPageLink'] = `${ctx.restUrl}/events?${next.toString()}`;
    }
    return { status: 200, body: { entities: page.map((record) => renderEvent(ctx, record)), pagingInfo } };
}

;







const MAX_IDS = 1000;
const ADMIN_GROUPS = ['jira-administrators', 'site-admins'];
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function strings(value) {
    return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
}
function ids(value) {
    if (!Array.isArray(value))
        return [];
    return value
        .filter((item) => typeof item === 'number' || (typeof item === 'string' && /^\d+$/.test(item)))
        .map((item) => String(item));
}
function checkPermissions(ctx) {
    const w = ctx.behaviour.errorWording;
    const body = isRecord(ctx.body) ? ctx.body : {};
    const accountId = typeof body['accountId'] === 'string' ? body['accountId'] : undefined;
    const forCaller = accountId === undefined || accountId === ctx.credential.accountId;
    if (!forCaller && !ctx.credential.admin)
        return errorResponse(403, [MESSAGES.onlyAdminsCheckOthers(w)]);
    const user = forCaller
        ? ctx.user
        : ctx.site.users.find((candidate) => candidate.accountId === accountId);
    if (!forCaller && user === undefined) {
        return errorResponse(400, [], { accountId: MESSAGES.invalidAccountId(w, accountId) });
    }

    const admin = forCaller
        ? ctx.credential.admin
        : user !== undefined && user.groups.some((group) => ADMIN_GROUPS.includes(group));
    const unknown = {};
    const globalKeys = strings(body['globalPermissions']);
    for (const key of globalKeys) {
        const known = ctx.site.permissions.find((permission) => permission.key === key);
        if (known?.type !== 'GLOBAL')
            unknown[key] = MESSAGES.unrecognisedPermission(w);
    }
    const entries = Array.isArray(body['projectPermissions']) ? body['projectPermissions'] : [];
    const asked = [];
    for (const entry of entries) {
        if (entry === null)
            continue;
        const record = isRecord(entry) ? entry : {};
        const permissions = strings(record['permissions']).filter((key) => key !== '');
        if (permissions.length === 0)
            return errorResponse(400, [MESSAGES.projectPermissionsEmpty(w)]);
        for (const key of permissions) {
            const known = ctx.site.permissions.find((permission) => permission.key === key);
            if (known?.type !== 'PROJECT')
                unknown[key] = MESSAGES.unrecognisedPermission(w);
        }
        const projects = ids(record['projects']).filter((id) => ctx.site.projects.some((p) => p.id === id));
        if (projects.length > MAX_IDS)
            return errorResponse(400, [MESSAGES.tooManyIds(w, 'projects')]);
        if (ids(record['issues']).length > MAX_IDS)
            return errorResponse(400, [MESSAGES.tooManyIds(w, 'issues')]);
        asked.push({ permissions, projects });
    }
    if (Object.keys(unknown).length > 0)
        return errorResponse(400, [], unknown);
    const globalPermissions = globalKeys.filter((key) => {
        if (key === 'ADMINISTER' || key === 'SYSTEM_ADMIN')
            return admin;
        return user !== undefined && user.active && (admin || user.applicationRoles.length > 0);
    });
    const granted = new Map();
    for (const { permissions, projects } of asked) {
        for (const permission of permissions) {
            const set = granted.get(permission) ?? new Set();
            for (const id of projects) {
                const project = ctx.site.projects.find((candidate) => candidate.id === id);
                if (project !== undefined && hasProjectPermission(ctx.site, project, permission, user, { admin })) {
                    set.add(id);
                }
            }
            granted.set(permission, set);
        }
    }
    return {
        status: 200,
        body: {
            globalPermissions: [...new Set(globalPermissions)],
            projectPermissions: [...granted].map(([permission, projects]) => ({
                permission,
                projects: [...projects].map(Number).sort((a, b) => a - b),
                issues: [],
            })),
        },
    };
}

;





function paginate(ctx, items, cap, defaultMax = 50) {
    const startAt = intParam(ctx.query, 'startAt', 0);
    const asked = intParam(ctx.query, 'maxResults', defaultMax);
    if (startAt === undefined || asked === undefined || startAt < 0) {
        return errorResponse(400, ['startAt and maxResults must be non-negative integers.']);
    }
    const maxResults = Math.max(0, Math.min(asked, cap));
    const values = items.slice(startAt, startAt + maxResults);
    return {
        startAt,
        maxResults,
        total: items.length,
        isLast: startAt + values.length >= items.length,
        values,
    };
}
function isPage(value) {
    return 'values' in value;
}

function pageLinks(ctx, path, page) {
    const link = (startAt) => {
        const query = new URLSearchParams(ctx.query);
        query.set('startAt', String(startAt));
        query.set('maxResults', String(page.maxResults));
        return `${ctx.restUrl}${path}?${query.toString()}`;
    };
    const links = { self: link(page.startAt) };
    if (!page.isLast)
        links['nextPage'] = link(page.startAt + page.values.length);
    return links;
}







function pageMarkers(ctx, path, page, total = page.total) {
    const links = pageLinks(ctx, path, page);
    const start = { self: links['self'], maxResults: page.maxResults, startAt: page.startAt };
    switch (ctx.behaviour.pageMarkers) {
        case 'nextPage':
            return { ...links, maxResults: page.maxResults, startAt: page.startAt };
        case 'pageTotal':
            return { ...start, total: page.values.length };
        case 'total':
            return { ...start, total };
        default:
            return { ...links, maxResults: page.maxResults, startAt: page.startAt, total, isLast: page.isLast };
    }
}
function catalogueEntry(permission) {
    return {
        key: permission.key,
        name: permission.name,
        type: permission.type,
        description: permission.description,
    };
}
function getPermissions(ctx) {
    const permissions = {};
    for (const permission of ctx.site.permissions)
        permissions[permission.key] = catalogueEntry(permission);
    return { status: 200, body: { permissions } };
}
function getMyPermissions(ctx) {
    const raw = ctx.query.get('permissions');
    if (raw === null || raw.trim() === '') {
        return errorResponse(400, [
            "The 'permissions' query parameter is required (a comma-separated list of keys).",
        ]);
    }
    const keys = raw
        .split(',')
        .map((key) => key.trim())
        .filter((key) => key !== '');
    const projectRef = ctx.query.get('projectId') ?? ctx.query.get('projectKey');
    const project = projectRef === null
        ? undefined
        : ctx.site.projects.find((candidate) => candidate.id === projectRef || candidate.key === projectRef);
    if (projectRef !== null && project === undefined) {
        return errorResponse(404, [MESSAGES.projectNotFound(ctx.behaviour.errorWording, projectRef)]);
    }
    const admin = ctx.credential.admin;

    const projects = project === undefined ? ctx.site.projects : [project];
    const permissions = {};
    for (const key of keys) {
        const known = ctx.site.permissions.find((permission) => permission.key === key);
        if (known === undefined) {
            return errorResponse(400, [MESSAGES.unknownPermission(ctx.behaviour.errorWording, key)]);
        }
        const havePermission = known.type === 'GLOBAL'
            ? hasGlobalPermission(ctx, key, ctx.user, admin)
            : ctx.user !== undefined &&
                projects.some((candidate) => hasProjectPermission(ctx.site, candidate, key, ctx.user, { admin }));
        permissions[key] = { id: key, ...catalogueEntry(known), havePermission };
    }
    return { status: 200, body: { permissions } };
}

function hasGlobalPermission(ctx, key, user, admin) {
    if (key === 'ADMINISTER' || key === 'SYSTEM_ADMIN')
        return admin;
    if (user === undefined || !user.active)
        return false;
    if (key === 'USER_PICKER')
        return admin || ctx.credential.browseUsers !== false;
    return admin || user.applicationRoles.length > 0;
}
function getMyself(ctx) {
    if (ctx.user === undefined)
        return errorResponse(401, [MESSAGES.badCredentials(ctx.behaviour.errorWording)]);
    return { status: 200, body: renderUser(ctx, ctx.user, expandSet(ctx.query)) };
}
function getServerInfo(ctx) {
    return serverInfo(ctx.flavour, ctx.siteUrl, ctx.now);
}

function serverInfo(flavour, siteUrl, now) {
    const cloud = flavour === 'cloud';
    return {
        status: 200,
        body: {
            baseUrl: siteUrl,
            displayUrl: siteUrl,
            version: cloud ? '1001.0.0-SNAPSHOT' : '9.12.15',
            versionNumbers: cloud ? [1001, 0, 0] : [9, 12, 15],
            deploymentType: cloud ? 'Cloud' : 'Server',
            buildNumber: cloud ? 100282 : 9120015,
            buildDate: '2026-11-02T00:00:00.000+0000',
            serverTime: now.toISOString().replace('Z', '+0000'),
            scmInfo: 'jira-perms-simulator',
            serverTitle: 'Jira (jira-perms simulator)',
            serverTimeZone: 'Etc/UTC',
        },
    };
}
function bulkGroups(ctx) {
    const ids = ctx.query.getAll('groupId');
    const names = ctx.query.getAll('groupName');
    let groups = ctx.site.groups;
    if (ids.length > 0 || names.length > 0) {
        groups = groups.filter((group) => ids.includes(group.groupId) || names.includes(group.name));
    }
    const page = paginate(ctx, groups, ctx.behaviour.maxResultsCap.groups);
    if (!isPage(page))
        return page;
    return {
        status: 200,
        body: {
            ...pageMarkers(ctx, '/group/bulk', page),
            values: page.values.map((group) => ({ name: group.name, groupId: group.groupId })),
        },
    };
}




function listGroupMembers(ctx) {
    const w = ctx.behaviour.errorWording;
    if (!ctx.credential.admin && ctx.credential.browseUsers === false) {
        return errorResponse(403, [MESSAGES.noBrowseUsers(w)]);
    }
    const cloud = ctx.flavour === 'cloud';
    const groupId = cloud ? ctx.query.get('groupId') : null;
    const groupname = ctx.query.get('groupname');
    if (groupId !== null && groupname !== null)
        return errorResponse(400, [MESSAGES.groupBoth(w)]);
    if ((groupId ?? groupname ?? '') === '')
        return errorResponse(400, [MESSAGES.groupMissing(w, cloud)]);
    const group = groupId !== null
        ? ctx.site.groups.find((candidate) => candidate.groupId === groupId)
        : ctx.site.groups.find((candidate) => candidate.name === groupname);
    if (group === undefined)
        return errorResponse(404, [MESSAGES.groupNotFound(w, groupId ?? groupname ?? '')]);
    const includeInactive = ctx.query.get('includeInactiveUsers') === 'true';
    const members = groupMembers(ctx.site, group, includeInactive);
    const page = paginate(ctx, members, Math.min(50, ctx.behaviour.maxResultsCap.members ?? 50));
    if (!isPage(page))
        return page;
    return {
        status: 200,
        body: {
            ...pageMarkers(ctx, '/group/member', page, ctx.behaviour.memberTotal === 'all' ? groupMembers(ctx.site, group, true).length : page.total),
            values: page.values.map((user) => renderUserDetails(ctx, user)),
        },
    };
}
function findGroups(ctx) {
    const query = (ctx.query.get('query') ?? '').toLowerCase();
    const limit = intParam(ctx.query, 'maxResults', 20) ?? 20;
    const matches = ctx.site.groups.filter((group) => group.name.toLowerCase().includes(query));
    const shown = matches.slice(0, limit);
    return {
        status: 200,
        body: {
            header: `Showing ${shown.length} of ${matches.length} matching groups`,
            total: matches.length,
            groups: shown.map((group) => {
                const out = { name: group.name, html: group.name, labels: [] };
                if (ctx.flavour === 'cloud')
                    out['groupId'] = group.groupId;
                return out;
            }),
        },
    };
}
function listRoles(ctx) {
    return { status: 200, body: ctx.site.roles.map((role) => renderRole(ctx, role)) };
}
function getRole(ctx) {
    const raw = ctx.params['id'] ?? '';
    const role = ctx.site.roles.find((candidate) => String(candidate.id) === raw);
    if (role === undefined)
        return errorResponse(404, [MESSAGES.roleNotFound(ctx.behaviour.errorWording, raw)]);
    return { status: 200, body: renderRole(ctx, role) };
}
function listFields(ctx) {
    return { status: 200, body: ctx.site.fields.map((field) => renderField(field)) };
}

function searchFields(ctx) {
    const types = ctx.query.getAll('type').flatMap((value) => value.split(','));
    const ids = ctx.query.getAll('id').flatMap((value) => value.split(','));
    const query = (ctx.query.get('query') ?? '').toLowerCase();
    const fields = ctx.site.fields
        .filter((field) => types.length === 0 || types.includes(field.custom ? 'custom' : 'system'))
        .filter((field) => ids.length === 0 || ids.includes(field.id))
        .filter((field) => query === '' || field.name.toLowerCase().includes(query));
    const page = paginate(ctx, fields, ctx.behaviour.maxResultsCap.fields ?? 50);
    if (!isPage(page))
        return page;
    return {
        status: 200,
        body: {
            ...pageMarkers(ctx, '/field/search', page),
            values: page.values.map((field) => ({
                id: field.id,
                key: field.id,
                name: field.name,
                schema: field.schema,
                ...(field.custom
                    ? { searcherKey: `${field.schema.custom ?? 'custom'}searcher`, isLocked: false }
                    : {}),
            })),
        },
    };
}
function findUser(ctx) {
    const accountId = ctx.query.get('accountId');
    if (ctx.flavour === 'datacenter') {
        const ref = ctx.query.get('username') ?? ctx.query.get('key') ?? accountId;
        if (ref === null)
            return {};
        const user = ctx.site.users.find((candidate) => candidate.name === ref || candidate.key === ref);
        return user === undefined ? { ref } : { user, ref };
    }
    if (accountId === null)
        return {};
    const user = ctx.site.users.find((candidate) => candidate.accountId === accountId);
    return user === undefined ? { ref: accountId } : { user, ref: accountId };
}
function getUser(ctx) {
    const w = ctx.behaviour.errorWording;
    const { user, ref } = findUser(ctx);
    if (ref === undefined) {
        const param = ctx.flavour === 'datacenter' ? 'username' : 'accountId';
        return errorResponse(400, [`The '${param}' query parameter needs to be provided.`]);
    }
    if (user === undefined)
        return errorResponse(404, [MESSAGES.userNotFound(w, ref)]);
    return { status: 200, body: renderUser(ctx, user, expandSet(ctx.query)) };
}
function searchUsers(ctx) {
    const query = ctx.query.get('query') ?? (ctx.flavour === 'datacenter' ? ctx.query.get('username') : null);
    const accountId = ctx.query.get('accountId');
    if ((query === null || query === '') && accountId === null) {
        return errorResponse(400, ["One of 'query' or 'accountId' query parameters must be provided."]);
    }
    if (query !== null && query !== '' && accountId !== null) {
        return errorResponse(400, ["Only one of 'query' or 'accountId' may be provided."]);
    }
    const needle = (query ?? '').toLowerCase();
    const matches = ctx.site.users.filter((user) => accountId !== null
        ? user.accountId === accountId
        : user.displayName
            .toLowerCase()
            .split(/\s+/)
            .some((word) => word.startsWith(needle)) ||
            user.displayName.toLowerCase().startsWith(needle) ||
            user.emailAddress.toLowerCase().startsWith(needle) ||
            (user.name ?? '').toLowerCase().startsWith(needle));
    const page = paginate(ctx, matches, ctx.behaviour.maxResultsCap.users);
    if (!isPage(page))
        return page;
    return { status: 200, body: page.values.map((user) => renderUser(ctx, user, new Set())) };
}
function allUsers(ctx) {
    const page = paginate(ctx, ctx.site.users, ctx.behaviour.maxResultsCap.users);
    if (!isPage(page))
        return page;
    return { status: 200, body: page.values.map((user) => renderUser(ctx, user, new Set())) };
}
function bulkUsers(ctx) {
    const ids = ctx.query.getAll('accountId');
    if (ids.length === 0)
        return errorResponse(400, ["The 'accountId' query parameter needs to be provided."]);
    const users = ctx.site.users.filter((user) => ids.includes(user.accountId));
    const page = paginate(ctx, users, ctx.behaviour.maxResultsCap.users, 10);
    if (!isPage(page))
        return page;
    return {
        status: 200,
        body: {
            ...pageMarkers(ctx, '/user/bulk', page),
            values: page.values.map((user) => renderUser(ctx, user, new Set())),
        },
    };
}
function listApplicationRoles(ctx) {
    return { status: 200, body: ctx.site.applicationRoles.map((role) => renderApplicationRole(ctx, role)) };
}
function getApplicationRole(ctx) {
    const key = ctx.params['key'] ?? '';
    const role = ctx.site.applicationRoles.find((candidate) => candidate.key === key);
    if (role === undefined) {
        return errorResponse(404, [MESSAGES.applicationRoleNotFound(ctx.behaviour.errorWording, key)]);
    }
    return { status: 200, body: renderApplicationRole(ctx, role) };
}

;











const STATUSES = ['live', 'archived', 'deleted'];

function projects_searchable(ctx, statuses) {
    return ctx.site.projects.filter((project) => !(ctx.flavour === 'datacenter' && isTeamManaged(project)) &&
        statuses.includes(project.archived === undefined ? 'live' : 'archived'));
}
const byKey = (a, b) => a.key.localeCompare(b.key);

const RECENT_MAX = 20;








function listProjects(ctx) {
    const withArchived = ctx.flavour === 'datacenter' && ctx.query.get('includeArchived') === 'true';
    let projects = projects_searchable(ctx, withArchived ? ['live', 'archived'] : ['live']).sort(byKey);
    const recent = ctx.query.get('recent');
    if (recent !== null) {
        if (!/^\d+$/.test(recent))
            return errorResponse(400, [`recent must be a whole number, not '${recent}'.`]);
        projects = projects.slice(0, Math.min(Number(recent), RECENT_MAX));
    }
    const expand = expandSet(ctx.query);
    return { status: 200, body: projects.map((project) => renderProject(ctx, project, expand)) };
}
function searchProjects(ctx) {

    if (ctx.flavour === 'datacenter' && !ctx.behaviour.dataCenterProjectSearch)
        return getProject({ ...ctx, params: { projectIdOrKey: 'search' } });
    const statuses = ctx.query
        .getAll('status')
        .flatMap((value) => value.split(','))
        .filter((value) => value !== '');
    const unknownStatus = statuses.find((status) => !STATUSES.includes(status));
    if (unknownStatus !== undefined) {
        return errorResponse(400, [`Invalid project status '${unknownStatus}'. Use live, archived or deleted.`]);
    }
    const insensitive = ctx.behaviour.projectKeyCase === 'insensitive';
    const keys = ctx.query.getAll('keys').map((key) => (insensitive ? key.toUpperCase() : key));
    const ids = ctx.query.getAll('id');
    const text = (ctx.query.get('query') ?? '').toLowerCase();
    const types = (ctx.query.get('typeKey') ?? '').split(',').filter((type) => type !== '');
    const projects = projects_searchable(ctx, statuses.length === 0 ? ['live'] : statuses)
        .filter((project) => keys.length === 0 || keys.includes(insensitive ? project.key.toUpperCase() : project.key))
        .filter((project) => ids.length === 0 || ids.includes(project.id))
        .filter((project) => text === '' || project.key.toLowerCase().includes(text) || project.name.toLowerCase().includes(text))
        .filter((project) => types.length === 0 || types.includes(project.projectTypeKey))
        .sort(byKey);
    if (projects.length === 0 && ctx.behaviour.emptyProjectSearch === '404')
        return errorResponse(404, ['No project could be found with the given search criteria.']);

    const page = paginate(ctx, projects, Math.min(100, ctx.behaviour.maxResultsCap.projects));
    if (!isPage(page))
        return page;
    const expand = expandSet(ctx.query);
    return {
        status: 200,
        body: {
            ...pageMarkers(ctx, '/project/search', page),
            values: page.values.map((project) => renderProject(ctx, project, expand)),
        },
    };
}
function projectFromPath(ctx, param) {
    const ref = ctx.params[param] ?? '';
    const project = findProject(ctx.site, ref, {
        flavour: ctx.flavour,
        keyCase: ctx.behaviour.projectKeyCase,
    });
    return project ?? errorResponse(404, [MESSAGES.projectNotFound(ctx.behaviour.errorWording, ref)]);
}
function isProject(value) {
    return 'key' in value;
}
function getProject(ctx) {
    const project = projectFromPath(ctx, 'projectIdOrKey');
    if (!isProject(project))
        return project;
    return { status: 200, body: renderProjectFull(ctx, project) };
}
function getProjectScheme(ctx) {
    const project = projectFromPath(ctx, 'projectKeyOrId');
    if (!isProject(project))
        return project;

    if (isTeamManaged(project) && ctx.behaviour.teamManagedSchemeStatus !== 200) {
        return errorResponse(ctx.behaviour.teamManagedSchemeStatus, [
            `Project ${project.key} is team-managed: its permissions are managed in the project, not by a permission scheme.`,
        ]);
    }
    const scheme = findAnyScheme(ctx.site, project.permissionSchemeId);
    if (scheme === undefined) {
        return errorResponse(404, [
            MESSAGES.schemeNotFound(ctx.behaviour.errorWording, String(project.permissionSchemeId)),
        ]);
    }
    const expand = expandSet(ctx.query);
    const body = renderScheme(ctx, scheme, { withGrants: expand.size > 0, expand });

    if (isTeamManaged(project))
        body['scope'] = { type: 'PROJECT', project: renderProjectDetails(ctx, project) };
    return { status: 200, body };
}
function assignProjectScheme(ctx) {
    const project = projectFromPath(ctx, 'projectKeyOrId');
    if (!isProject(project))
        return project;
    const body = ctx.body;
    const rawId = typeof body === 'object' && body !== null && !Array.isArray(body)
        ? body['id']
        : undefined;
    const id = typeof rawId === 'number'
        ? rawId
        : typeof rawId === 'string' && /^\d+$/.test(rawId)
            ? Number(rawId)
            : undefined;
    if (id === undefined)
        return errorResponse(400, [], { id: 'The id of the permission scheme must be provided.' });
    if (isTeamManaged(project)) {
        return errorResponse(ctx.behaviour.teamManagedAssignStatus, [
            MESSAGES.teamManagedProject(ctx.behaviour.errorWording, project.key),
        ]);
    }
    const scheme = findScheme(ctx.site, id);
    if (scheme === undefined) {
        return errorResponse(404, [MESSAGES.schemeNotFound(ctx.behaviour.errorWording, String(id))]);
    }
    if (project.permissionSchemeId !== scheme.id) {
        const from = findScheme(ctx.site, project.permissionSchemeId);
        project.permissionSchemeId = scheme.id;
        auditProjectMoved(ctx.site, ctx.author, project, from, scheme);
    }
    const expand = expandSet(ctx.query);
    return { status: 200, body: renderScheme(ctx, scheme, { withGrants: expand.size > 0, expand }) };
}
function projectRoles(ctx) {
    const project = projectFromPath(ctx, 'projectIdOrKey');
    if (!isProject(project))
        return project;
    const body = {};
    for (const role of ctx.site.roles)
        body[role.name] = `${ctx.restUrl}/project/${project.key}/role/${role.id}`;
    return { status: 200, body };
}
function projectRoleDetails(ctx) {
    const project = projectFromPath(ctx, 'projectIdOrKey');
    if (!isProject(project))
        return project;
    return {
        status: 200,
        body: ctx.site.roles.map((role) => ({
            self: `${ctx.restUrl}/project/${project.key}/role/${role.id}`,
            name: role.name,
            id: role.id,
            description: role.description,
            admin: role.name === 'Administrators',
            default: role.name === 'Administrators',
            roleConfigurable: true,
            translatedName: role.name,
        })),
    };
}




function projectRole(ctx) {
    const w = ctx.behaviour.errorWording;
    const rawRole = ctx.params['id'] ?? '';
    if (!/^\d+$/.test(rawRole))
        return errorResponse(400, [MESSAGES.roleIdInvalid(w, rawRole)]);
    const project = projectFromPath(ctx, 'projectIdOrKey');
    if (!isProject(project))
        return project;
    const mayAdminister = ctx.credential.admin ||
        hasProjectPermission(ctx.site, project, 'ADMINISTER_PROJECTS', ctx.user, { admin: false });
    const role = ctx.site.roles.find((candidate) => String(candidate.id) === rawRole);
    if (role === undefined || !mayAdminister)
        return errorResponse(404, [MESSAGES.roleNotFound(w, rawRole)]);
    const excludeInactiveUsers = ctx.query.get('excludeInactiveUsers') === 'true';
    return { status: 200, body: renderProjectRole(ctx, project, role, { excludeInactiveUsers }) };
}

;

const PARAMETERLESS = new Set(['anyone', 'assignee', 'reporter', 'projectLead', 'sd.customer.portal.only']);
const WITH_PARAMETER = new Set(['group', 'projectRole', 'user', 'userCustomField', 'groupCustomField']);
function grants_text(value) {
    if (typeof value === 'string' && value !== '')
        return value;
    if (typeof value === 'number')
        return String(value);
    return undefined;
}
function grants_isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function parseGrant(ctx, input) {
    const w = ctx.behaviour.errorWording;
    if (!grants_isRecord(input))
        return { ok: false, message: MESSAGES.missingPermission(w) };
    const permission = grants_text(input['permission']);
    if (permission === undefined)
        return { ok: false, message: MESSAGES.missingPermission(w) };
    const known = ctx.site.permissions.find((entry) => entry.key === permission);
    if (known === undefined)
        return { ok: false, message: MESSAGES.unknownPermission(w, permission) };
    if (known.type === 'GLOBAL')
        return { ok: false, message: MESSAGES.globalPermission(w, permission) };
    const holderInput = input['holder'];
    if (!grants_isRecord(holderInput))
        return { ok: false, message: MESSAGES.missingHolder(w) };
    const holder = grants_resolveHolder(ctx, holderInput);
    if (typeof holder === 'string')
        return { ok: false, message: holder };
    return { ok: true, permission, holder };
}

function grants_resolveHolder(ctx, input) {
    const w = ctx.behaviour.errorWording;
    const type = grants_text(input['type']);
    if (type === undefined)
        return MESSAGES.missingHolder(w);
    const parameter = grants_text(input['parameter']);

    const value = ctx.flavour === 'cloud' ? grants_text(input['value']) : undefined;
    if (PARAMETERLESS.has(type))
        return { type };
    if (type === 'applicationRole') {
        const key = parameter ?? value;
        if (key === undefined)
            return { type };
        if (!ctx.site.applicationRoles.some((role) => role.key === key)) {
            return MESSAGES.applicationRoleNotFound(w, key);
        }
        return { type, ref: key };
    }
    if (!WITH_PARAMETER.has(type))
        return MESSAGES.unknownHolderType(w, type);
    const ref = value ?? parameter;
    if (ref === undefined)
        return MESSAGES.missingHolderParameter(w, type);
    switch (type) {
        case 'group': {
            const group = value !== undefined
                ? ctx.site.groups.find((candidate) => candidate.groupId === value)
                : ctx.site.groups.find((candidate) => candidate.name === parameter);
            return group === undefined ? MESSAGES.groupNotFound(w, ref) : { type, ref: group.groupId };
        }
        case 'projectRole': {
            const role = ctx.site.roles.find((candidate) => String(candidate.id) === ref);
            return role === undefined ? MESSAGES.roleNotFound(w, ref) : { type, ref: String(role.id) };
        }
        case 'user': {
            const user = ctx.site.users.find((candidate) => ctx.flavour === 'cloud'
                ? candidate.accountId === ref
                : candidate.key === ref || candidate.name === ref || candidate.accountId === ref);
            return user === undefined ? MESSAGES.userNotFound(w, ref) : { type, ref: user.accountId };
        }
        default: {

            const field = ctx.site.fields.find((candidate) => candidate.id === ref && candidate.custom);
            if (field === undefined)
                return MESSAGES.fieldNotFound(w, ref);
            const want = type === 'userCustomField' ? 'user' : 'group';
            const holds = field.schema.type === 'array' ? field.schema.items : field.schema.type;
            if (holds !== want)
                return MESSAGES.fieldWrongType(w, ref, want);
            return { type, ref: field.id };
        }
    }
}

;







const ADDONS_ROLE = 'atlassian-addons-project-access';
function permission_schemes_isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}




function schemeFromPath(ctx, reading = false) {
    const raw = ctx.params['schemeId'] ?? '';
    const find = reading ? findAnyScheme : findScheme;
    const scheme = /^\d+$/.test(raw) ? find(ctx.site, Number(raw)) : undefined;
    if (scheme === undefined) {
        return errorResponse(404, [MESSAGES.schemeNotFound(ctx.behaviour.errorWording, raw)]);
    }
    return scheme;
}
function permission_schemes_isResponse(value) {
    return 'status' in value;
}
function listSchemes(ctx) {
    const expand = expandSet(ctx.query);

    const withGrants = expand.size > 0;
    const shared = ctx.site.schemes.map((scheme) => renderScheme(ctx, scheme, { withGrants, expand }));


    const scoped = ctx.behaviour.listProjectSchemes
        ? (ctx.site.projectSchemes ?? []).map((scheme) => withScope(ctx, scheme, renderScheme(ctx, scheme, { withGrants, expand })))
        : [];
    return { status: 200, body: { permissionSchemes: [...shared, ...scoped] } };
}

function withScope(ctx, scheme, body) {
    const owner = ctx.site.projects.find((project) => isTeamManaged(project) && project.permissionSchemeId === scheme.id);
    if (owner !== undefined)
        body['scope'] = { type: 'PROJECT', project: renderProjectDetails(ctx, owner) };
    return body;
}
function getScheme(ctx) {
    const scheme = schemeFromPath(ctx, true);
    if (permission_schemes_isResponse(scheme))
        return scheme;
    const body = renderScheme(ctx, scheme, { withGrants: true, expand: expandSet(ctx.query) });
    return { status: 200, body: withScope(ctx, scheme, body) };
}

function parseGrantList(ctx, input) {
    const w = ctx.behaviour.errorWording;
    if (!Array.isArray(input)) {
        return { ok: false, response: errorResponse(400, [], { permissions: 'permissions must be a list' }) };
    }
    const grants = [];
    for (const item of input) {
        const parsed = parseGrant(ctx, item);
        if (!parsed.ok)
            return { ok: false, response: errorResponse(400, [parsed.message]) };
        const grant = { permission: parsed.permission, holder: parsed.holder };
        if (grants.some((existing) => sameGrant(existing, grant))) {
            return { ok: false, response: errorResponse(400, [MESSAGES.duplicateGrant(w)]) };
        }
        grants.push(grant);
    }
    return { ok: true, grants };
}
function nameError(ctx, name, ownId) {
    const w = ctx.behaviour.errorWording;
    if (typeof name !== 'string' || name.trim() === '') {
        return errorResponse(400, [], { name: MESSAGES.schemeNameMissing(w) });
    }
    const taken = ctx.site.schemes.some((scheme) => scheme.id !== ownId && scheme.name.toLowerCase() === name.trim().toLowerCase());
    return taken ? errorResponse(400, [], { name: MESSAGES.schemeNameTaken(w, name) }) : undefined;
}
function addonsRoleHolder(ctx) {
    const role = ctx.site.roles.find((candidate) => candidate.name === ADDONS_ROLE);
    return role === undefined ? undefined : { type: 'projectRole', ref: String(role.id) };
}
function createScheme(ctx) {
    const body = ctx.body;
    if (!permission_schemes_isRecord(body))
        return errorResponse(400, [], { name: MESSAGES.schemeNameMissing(ctx.behaviour.errorWording) });
    const invalidName = nameError(ctx, body['name']);
    if (invalidName !== undefined)
        return invalidName;
    let wanted = [];
    if (body['permissions'] !== undefined && body['permissions'] !== null) {
        const parsed = parseGrantList(ctx, body['permissions']);
        if (!parsed.ok)
            return parsed.response;
        wanted = parsed.grants;
    }
    if (ctx.behaviour.addonsRoleOnCreate)
        wanted = withAddonsRole(ctx, wanted);
    const scheme = {
        id: takeSchemeId(ctx.site),
        name: String(body['name']).trim(),
        grants: wanted.map((grant) => ({ id: takeGrantId(ctx.site), ...grant })),
    };
    if (typeof body['description'] === 'string')
        scheme.description = body['description'];
    ctx.site.schemes.push(scheme);
    auditSchemeCreated(ctx.site, ctx.author, scheme);
    return {
        status: 201,
        body: renderScheme(ctx, scheme, { withGrants: true, expand: expandSet(ctx.query) }),
    };
}

function withAddonsRole(ctx, grants) {
    const holder = addonsRoleHolder(ctx);
    if (holder === undefined)
        return grants;
    const out = [...grants];
    for (const permission of new Set(grants.map((grant) => grant.permission))) {
        const grant = { permission, holder };
        if (!out.some((existing) => sameGrant(existing, grant)))
            out.push(grant);
    }
    return out;
}
function updateScheme(ctx) {
    const scheme = schemeFromPath(ctx);
    if (permission_schemes_isResponse(scheme))
        return scheme;
    const body = ctx.body;
    if (!permission_schemes_isRecord(body))
        return errorResponse(400, [], { name: MESSAGES.schemeNameMissing(ctx.behaviour.errorWording) });
    const invalidName = nameError(ctx, body['name'], scheme.id);
    if (invalidName !== undefined)
        return invalidName;
    let replacement;
    if (body['permissions'] !== undefined && body['permissions'] !== null) {
        const parsed = parseGrantList(ctx, body['permissions']);
        if (!parsed.ok)
            return parsed.response;
        replacement = parsed.grants.map((grant) => {
            const kept = ctx.behaviour.grantIdsAfterPut === 'keep'
                ? scheme.grants.find((existing) => sameGrant(existing, grant))
                : undefined;
            return { id: kept?.id ?? takeGrantId(ctx.site), ...grant };
        });
    }
    const before = { name: scheme.name, description: scheme.description, grants: scheme.grants };
    scheme.name = String(body['name']).trim();
    if (typeof body['description'] === 'string')
        scheme.description = body['description'];
    if (replacement !== undefined)
        scheme.grants = replacement;
    auditSchemeDetails(ctx.site, ctx.author, scheme, before);

    for (const grant of before.grants) {
        if (!scheme.grants.some((kept) => sameGrant(kept, grant))) {
            auditGrant(ctx.site, ctx.author, scheme, grant, 'removed');
        }
    }
    for (const grant of scheme.grants) {
        if (!before.grants.some((old) => sameGrant(old, grant)))
            auditGrant(ctx.site, ctx.author, scheme, grant, 'added');
    }
    return { status: 200, body: renderScheme(ctx, scheme, { withGrants: true, expand: expandSet(ctx.query) }) };
}
function deleteScheme(ctx) {
    const scheme = schemeFromPath(ctx);
    if (permission_schemes_isResponse(scheme))
        return scheme;
    const w = ctx.behaviour.errorWording;
    if (scheme.id === ctx.site.defaultSchemeId)
        return errorResponse(400, [MESSAGES.defaultSchemeDelete(w)]);
    const users = projectsUsingScheme(ctx.site, scheme.id);
    if (users.length > 0) {
        if (ctx.behaviour.deleteInUseScheme === 'refuse') {
            return errorResponse(ctx.behaviour.deleteInUseStatus, [MESSAGES.schemeInUse(w, scheme.name, users)]);
        }
        const fallback = findScheme(ctx.site, ctx.site.defaultSchemeId);
        for (const project of ctx.site.projects) {
            if (project.permissionSchemeId !== scheme.id)
                continue;
            project.permissionSchemeId = ctx.site.defaultSchemeId;
            if (fallback !== undefined)
                auditProjectMoved(ctx.site, ctx.author, project, scheme, fallback);
        }
    }
    ctx.site.schemes = ctx.site.schemes.filter((candidate) => candidate.id !== scheme.id);
    auditSchemeDeleted(ctx.site, ctx.author, scheme);
    return { status: 204 };
}
function listGrants(ctx) {
    const scheme = schemeFromPath(ctx, true);
    if (permission_schemes_isResponse(scheme))
        return scheme;
    const expand = expandSet(ctx.query);
    return {
        status: 200,
        body: {
            permissions: scheme.grants.map((grant) => renderGrant(ctx, grant, expand)),
            expand: 'user,group,projectRole,field,all',
        },
    };
}
function grantFromPath(ctx, scheme) {
    const raw = ctx.params['permissionId'] ?? '';
    return /^\d+$/.test(raw) ? scheme.grants.find((grant) => grant.id === Number(raw)) : undefined;
}
function getGrant(ctx) {
    const scheme = schemeFromPath(ctx, true);
    if (permission_schemes_isResponse(scheme))
        return scheme;
    const grant = grantFromPath(ctx, scheme);
    if (grant === undefined) {
        return errorResponse(404, [
            MESSAGES.grantNotFound(ctx.behaviour.errorWording, ctx.params['permissionId'] ?? ''),
        ]);
    }
    return { status: 200, body: renderGrant(ctx, grant, expandSet(ctx.query)) };
}
function createGrant(ctx) {
    const scheme = schemeFromPath(ctx);
    if (permission_schemes_isResponse(scheme))
        return scheme;
    const parsed = parseGrant(ctx, ctx.body);
    if (!parsed.ok)
        return errorResponse(400, [parsed.message]);
    const candidate = { permission: parsed.permission, holder: parsed.holder };
    if (scheme.grants.some((existing) => sameGrant(existing, candidate))) {
        return errorResponse(400, [MESSAGES.duplicateGrant(ctx.behaviour.errorWording)]);
    }
    const grant = { id: takeGrantId(ctx.site), ...candidate };
    scheme.grants.push(grant);
    auditGrant(ctx.site, ctx.author, scheme, grant, 'added');
    return { status: 201, body: renderGrant(ctx, grant, expandSet(ctx.query)) };
}
function deleteGrant(ctx) {
    const scheme = schemeFromPath(ctx);
    if (permission_schemes_isResponse(scheme))
        return scheme;
    const grant = grantFromPath(ctx, scheme);
    if (grant === undefined) {

        return errorResponse(400, [
            MESSAGES.grantNotFoundForDelete(ctx.behaviour.errorWording, ctx.params['permissionId'] ?? ''),
        ]);
    }
    scheme.grants = scheme.grants.filter((candidate) => candidate.id !== grant.id);
    auditGrant(ctx.site, ctx.author, scheme, grant, 'removed');
    return { status: 204 };
}

;





const ROUTES = [
    { method: 'GET', template: '/permissionscheme', handler: listSchemes },
    { method: 'POST', template: '/permissionscheme', handler: createScheme, admin: true },
    { method: 'GET', template: '/permissionscheme/{schemeId}', handler: getScheme },
    { method: 'PUT', template: '/permissionscheme/{schemeId}', handler: updateScheme, admin: true },
    { method: 'DELETE', template: '/permissionscheme/{schemeId}', handler: deleteScheme, admin: true },
    { method: 'GET', template: '/permissionscheme/{schemeId}/permission', handler: listGrants },
    {
        method: 'POST',
        template: '/permissionscheme/{schemeId}/permission',
        handler: createGrant,
        admin: true,
    },
    {
        method: 'GET',
        template: '/permissionscheme/{schemeId}/permission/{permissionId}',
        handler: getGrant,
    },
    {
        method: 'DELETE',
        template: '/permissionscheme/{schemeId}/permission/{permissionId}',
        handler: deleteGrant,
        admin: true,
    },
    { method: 'GET', template: '/permissions', handler: getPermissions },
    { method: 'GET', template: '/mypermissions', handler: getMyPermissions },
    { method: 'GET', template: '/myself', handler: getMyself },
    { method: 'GET', template: '/serverInfo', handler: getServerInfo },
    { method: 'GET', template: '/group/bulk', handler: bulkGroups, cloudOnly: true },
    { method: 'GET', template: '/groups/picker', handler: findGroups },
    { method: 'GET', template: '/group/member', handler: listGroupMembers },
    { method: 'GET', template: '/role', handler: listRoles, admin: true },
    { method: 'GET', template: '/role/{id}', handler: getRole, admin: true },
    {
        method: 'GET',
        template: '/auditing/record',
        handler: auditRecords,
        admin: true,
        cloudOnly: true,
    },
    { method: 'GET', template: '/field', handler: listFields },
    { method: 'GET', template: '/field/search', handler: searchFields, admin: true, cloudOnly: true },
    { method: 'GET', template: '/user', handler: getUser },
    { method: 'GET', template: '/user/search', handler: searchUsers },
    { method: 'GET', template: '/user/bulk', handler: bulkUsers, cloudOnly: true },
    { method: 'GET', template: '/users/search', handler: allUsers },
    { method: 'GET', template: '/applicationrole', handler: listApplicationRoles, admin: true },
    { method: 'GET', template: '/applicationrole/{key}', handler: getApplicationRole, admin: true },

    { method: 'GET', template: '/project', handler: listProjects },
    { method: 'GET', template: '/project/search', handler: searchProjects },
    { method: 'GET', template: '/project/{projectIdOrKey}', handler: getProject },
    {
        method: 'POST',
        template: '/permissions/check',
        handler: checkPermissions,
        cloudOnly: true,
        category: 'read',
    },
    {
        method: 'GET',
        template: '/project/{projectKeyOrId}/permissionscheme',
        handler: getProjectScheme,
        admin: true,
    },
    {
        method: 'PUT',
        template: '/project/{projectKeyOrId}/permissionscheme',
        handler: assignProjectScheme,
        admin: true,
    },
    { method: 'GET', template: '/project/{projectIdOrKey}/role', handler: projectRoles, admin: true },
    {
        method: 'GET',
        template: '/project/{projectIdOrKey}/roledetails',
        handler: projectRoleDetails,
        admin: true,
    },

    { method: 'GET', template: '/project/{projectIdOrKey}/role/{id}', handler: projectRole },
];

const AUDITING_ROUTES = [
    { method: 'GET', template: '/events', handler: auditEvents, admin: true, dataCenterOnly: true },
];

function matchRoute(method, path, routes = ROUTES) {
    const segments = path.split('/').filter((segment) => segment !== '');
    const allowed = [];
    for (const route of routes) {
        const parts = route.template.split('/').filter((segment) => segment !== '');
        if (parts.length !== segments.length)
            continue;
        const params = {};
        let ok = true;
        for (let index = 0; index < parts.length && ok; index++) {
            const part = parts[index] ?? '';
            const segment = segments[index] ?? '';
            if (part.startsWith('{') && part.endsWith('}'))
                params[part.slice(1, -1)] = decodeURIComponent(segment);
            else
                ok = part === segment;
        }
        if (!ok)
            continue;
        if (route.method === method)
            return { match: { route, params }, allowed };
        allowed.push(route.method);
    }
    return { allowed };
}

;












const DEFAULT_BEHAVIOUR = Object.freeze({
    errorWording: 'jira',
    deleteInUseScheme: 'refuse',
    deleteInUseStatus: 400,
    parameterlessHolders: 'omit',
    grantIdsAfterPut: 'new',
    maxResultsCap: Object.freeze({ projects: 50, groups: 50, users: 100, fields: 50, members: 50 }),
    addonsRoleOnCreate: false,
    expandHolderObjects: true,
    projectKeyCase: 'sensitive',
    teamManagedAssignStatus: 400,
    auditAuthorAccountId: true,
    auditFreePlan: false,
    auditOffset: 'honoured',
    dataCenterProjectSearch: false,
    leadActive: true,
    emptyProjectSearch: 'page',
    pageMarkers: 'documented',
    memberTotal: 'listed',
    teamManagedSchemeStatus: 200,
    cloudServerInfoV2: true,
    roleGroupNames: true,
    listProjectSchemes: false,
});
const REST_PATH = /^\/rest\/api\/(2|3)(\/.*)?$/;
const AUDITING_PATH = /^\/rest\/auditing\/1\.0(\/.*)?$/;
const GATEWAY_PATH = /^\/ex\/jira\/([^/]+)(\/.*)?$/;
const LOGIN_PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Log in with Atlassian account</title></head>
<body><div id="root"><h1>Log in to continue</h1>
<form action="/login" method="post"><input name="username" type="email"><button>Continue</button></form>
</div></body></html>
`;

function resetStamp(at) {
    const minute = 60_000;
    return new Date(Math.ceil(at.getTime() / minute) * minute).toISOString().slice(0, 16) + 'Z';
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function readBody(request) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        request.on('data', (chunk) => chunks.push(chunk));
        request.on('end', () => {
            resolve(Buffer.concat(chunks).toString('utf8'));
        });
        request.on('error', reject);
    });
}
async function startSimulator(options = {}) {
    const flavour = options.flavour ?? 'cloud';
    const cloudId = options.cloudId ?? DEFAULT_CLOUD_ID;
    let site = normaliseSite(cloneSite(options.seed ?? defaultSeed()));
    const behaviour = {
        ...DEFAULT_BEHAVIOUR,
        ...options.apiBehaviour,
        maxResultsCap: { ...DEFAULT_BEHAVIOUR.maxResultsCap, ...options.apiBehaviour?.maxResultsCap },
    };
    const credentials = options.credentials ?? defaultCredentials();
    const faultConfig = { ...options.faults };
    if (options.latencyMs !== undefined && faultConfig.latency === undefined) {
        faultConfig.latency = { fixedMs: options.latencyMs };
    }
    const faults = new FaultEngine(faultConfig);
    const clock = createClock(options.clock);
    const requests = [];

    const startedAt = performance.now();
    const violations = [];
    const invariants = new Set();
    const sockets = new Set();
    const hung = new Set();
    const server = (0,external_node_http_.createServer)((request, response) => {
        void handle(request, response).catch((error) => {
            if (!response.headersSent) {
                send(response, errorResponse(500, [`Simulator error: ${String(error)}`]));
            }
            else {
                response.destroy();
            }
        });
    });
    server.on('connection', (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
    });
    function send(response, answer, truncate = false) {
        const headers = { ...answer.headers };
        let text;
        if (answer.raw !== undefined) {
            headers['Content-Type'] = answer.raw.contentType;
            text = answer.raw.text;
        }
        else if (answer.body !== undefined) {
            headers['Content-Type'] = 'application/json;charset=UTF-8';
            text = JSON.stringify(answer.body);
        }
        if (text !== undefined && truncate)
            text = text.slice(0, Math.max(1, Math.floor(text.length / 2)));
        const bytes = text === undefined ? undefined : Buffer.from(text, 'utf8');
        if (bytes !== undefined)
            headers['Content-Length'] = String(bytes.length);
        response.writeHead(answer.status, headers);
        response.end(bytes);
    }
    async function handle(request, response) {
        const started = performance.now();
        const method = (request.method ?? 'GET').toUpperCase();
        const url = new URL(request.url ?? '/', 'http://placeholder');
        const host = request.headers.host ?? `127.0.0.1:${String(port)}`;
        const rawBody = await readBody(request);

        let gateway = false;
        let restPath = url.pathname;
        let siteUrl = `http://${host}`;
        const viaGateway = GATEWAY_PATH.exec(url.pathname);
        if (viaGateway !== null) {
            gateway = true;
            restPath = viaGateway[2] ?? '/';
            siteUrl = `http://${host}/ex/jira/${viaGateway[1] ?? ''}`;
        }

        const api = REST_PATH.exec(restPath);
        const auditingPath = api === null ? AUDITING_PATH.exec(restPath) : null;
        const version = api?.[1] === '3' ? '3' : '2';
        const base = api !== null ? `/rest/api/${version}` : auditingPath !== null ? '/rest/auditing/1.0' : null;
        const subPath = api?.[2] ?? auditingPath?.[1] ?? '/';
        const found = base === null
            ? { allowed: [] }
            : matchRoute(method, subPath, auditingPath === null ? ROUTES : AUDITING_ROUTES);
        const route = found.match === undefined ? 'unmatched' : `${method} ${base ?? ''}${found.match.route.template}`;
        let credentialLabel = undefined;
        let delayMs = 0;
        const finish = (status, fault) => {
            const entry = {
                method,
                path: url.pathname,
                route,
                status,
                at: Math.round((started - startedAt) * 100) / 100,
                ms: Math.round((performance.now() - started) * 100) / 100,
            };
            if (fault !== undefined)
                entry.fault = fault;
            if (delayMs > 0)
                entry.delayMs = delayMs;
            if (credentialLabel !== undefined)
                entry.credential = credentialLabel;
            if (rawBody !== '')
                entry.body = rawBody;
            requests.push(entry);
        };
        let planHeaders = {};
        const answer = (result, fault) => {
            send(response, { ...result, headers: { ...planHeaders, ...result.headers } });
            finish(result.status, fault);
        };
        const plan = faults.plan(method, route);
        planHeaders = plan.headers ?? {};
        delayMs = Math.round(plan.delayMs * 100) / 100;
        if (delayMs > 0)
            await sleep(delayMs);
        const w = behaviour.errorWording;
        switch (plan.before) {
            case 'blocked-address':
                answer(errorResponse(403, [MESSAGES.blockedAddress(w)]), 'blocked-address');
                return;
            case 'rate-limit': {
                const limit = plan.rateLimit;
                const headers = {
                    'Retry-After': String(limit?.retryAfterSeconds ?? 1),
                    'X-RateLimit-Limit': String(limit?.limit ?? 0),
                    'X-RateLimit-Remaining': '0',
                    'X-RateLimit-Reset': resetStamp(limit?.resetAt ?? new Date()),
                    'X-RateLimit-NearLimit': 'true',
                    'RateLimit-Reason': 'jira-burst-based',
                };
                answer(errorResponse(429, [MESSAGES.rateLimited(w)], {}, headers), 'rate-limit');
                return;
            }
            case 'hang':

                hung.add(response);
                response.on('close', () => hung.delete(response));
                finish(0, 'hang');
                return;
            case 'server-error': {
                const status = plan.status ?? 503;
                const retryAfter = faults.current.serverErrors?.retryAfterSeconds;
                const headers = retryAfter === undefined ? undefined : { 'Retry-After': String(retryAfter) };
                if (status === 500)
                    answer(errorResponse(500, [MESSAGES.serverError(w)], {}, headers), 'server-error');
                else {
                    answer({
                        status,
                        raw: {
                            contentType: 'text/html;charset=UTF-8',
                            text: `<html><body><h1>${String(status)} Service Unavailable</h1></body></html>`,
                        },
                        ...(headers === undefined ? {} : { headers }),
                    }, 'server-error');
                }
                return;
            }
            case 'refusal': {
                const message = faults.current.refusals?.message ?? 'The request was refused.';
                const status = plan.status ?? 400;
                answer(faults.current.refusals?.html === true
                    ? {
                        status,
                        raw: {
                            contentType: 'text/html;charset=UTF-8',
                            text: `<html><body><h1>${String(status)}</h1><p>${message}</p></body></html>`,
                        },
                    }
                    : errorResponse(status, [message]), 'refusal');
                return;
            }
            case 'html-login':
                answer({ status: 200, raw: { contentType: 'text/html;charset=UTF-8', text: LOGIN_PAGE } }, 'html-login');
                return;
            default:
                break;
        }
        if (base === null || (gateway && viaGateway?.[1] !== cloudId)) {
            answer(errorResponse(404, [`null for uri: http://${host}${url.pathname}`]));
            return;
        }
        if (flavour === 'datacenter' && (version === '3' || gateway)) {
            answer(errorResponse(404, [`null for uri: http://${host}${url.pathname}`]));
            return;
        }

        if (flavour === 'cloud' &&
            version === '2' &&
            !behaviour.cloudServerInfoV2 &&
            found.match?.route.template === '/serverInfo') {
            answer(errorResponse(404, [`null for uri: http://${host}${url.pathname}`]));
            return;
        }

        const auth = authenticate(request.headers.authorization, credentials);
        if (auth.kind === 'missing' &&
            !gateway &&
            method === 'GET' &&
            found.match?.route.template === '/serverInfo') {

            answer(serverInfo(flavour, siteUrl, clock.now()));
            return;
        }
        if (auth.kind !== 'ok') {
            const headers = { 'WWW-Authenticate': 'Basic realm="protected-area"' };
            if (gateway) {
                answer({ status: 401, body: { code: 401, message: 'Unauthorized' }, headers });
                return;
            }
            const message = auth.kind === 'missing' ? MESSAGES.notAuthenticated(w) : MESSAGES.badCredentials(w);
            answer(errorResponse(401, [message], {}, headers));
            return;
        }
        const credential = auth.credential;
        credentialLabel = credential.label;
        if ((credential.scoped ?? false) !== gateway) {

            if (gateway)
                answer({ status: 401, body: { code: 401, message: 'Unauthorized' } });
            else
                answer(errorResponse(401, [MESSAGES.badCredentials(w)]));
            return;
        }
        if (found.match === undefined) {
            if (found.allowed.length > 0) {
                answer({ status: 405, headers: { Allow: found.allowed.join(', ') } });
            }
            else {
                answer(errorResponse(404, [`null for uri: http://${host}${url.pathname}`]));
            }
            return;
        }
        const matched = found.match;
        if ((matched.route.cloudOnly === true && flavour === 'datacenter') ||
            (matched.route.dataCenterOnly === true && flavour === 'cloud')) {
            answer(errorResponse(404, [`null for uri: http://${host}${url.pathname}`]));
            return;
        }

        const category = matched.route.category ?? categoryOf(method);
        if (!credential.categories.includes(category)) {
            if (gateway)
                answer({ status: 401, body: { code: 401, message: 'Unauthorized; scope does not match' } });
            else
                answer(errorResponse(403, [MESSAGES.categoryDenied(w, category)]));
            return;
        }
        if (matched.route.admin === true && !credential.admin) {
            answer(errorResponse(403, [MESSAGES.notAdmin(w)]));
            return;
        }

        let body;
        if (rawBody.trim() !== '') {
            const contentType = request.headers['content-type'] ?? '';
            if (!contentType.toLowerCase().includes('json')) {
                answer({ status: 415, body: { errorMessages: ['Unsupported Media Type'], errors: {} } });
                return;
            }
            try {
                body = JSON.parse(rawBody);
            }
            catch (error) {
                answer(errorResponse(400, [MESSAGES.badJson(w, error instanceof Error ? error.message : 'invalid')]));
                return;
            }
        }
        const ctx = {
            method,
            params: matched.params,
            query: url.searchParams,
            body,
            apiVersion: version,
            siteUrl,
            restUrl: `${siteUrl}${base}`,
            flavour,
            behaviour,
            site,
            credential,
            user: site.users.find((user) => user.accountId === credential.accountId),
            now: clock.now(),
            author: {
                accountId: credential.accountId,
                remoteAddress: (request.socket.remoteAddress ?? '127.0.0.1').replace(/^::ffff:/, ''),
                eventSource: 'REST',
                at: clock.now(),
            },
        };
        const result = matched.route.handler(ctx);
        const isWrite = category !== 'read';
        if (isWrite && result.status >= 200 && result.status < 300)
            runInvariants(method, route, url.pathname);
        if (plan.after === 'drop-after-commit') {
            finish(0, 'drop-after-commit');
            response.socket?.destroy();
            return;
        }
        if (plan.after === 'truncated-json' && result.body !== undefined) {
            send(response, { ...result, headers: { ...planHeaders, ...result.headers } }, true);
            finish(result.status, 'truncated-json');
            return;
        }
        answer(result);
    }
    function runInvariants(method, route, path) {
        for (const invariant of invariants) {
            try {
                invariant(site, { method, route, path });
            }
            catch (error) {
                violations.push({
                    method,
                    route,
                    path,
                    message: error instanceof Error ? error.message : String(error),
                });
            }
        }
    }
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
            server.off('error', reject);
            resolve();
        });
    });
    const address = server.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    const hostName = options.host ?? '127.0.0.1';
    const baseUrl = `http://${hostName.includes(':') ? `[${hostName}]` : hostName}:${String(port)}`;
    const examples = exampleCredentials(cloudId);
    const simulator = {
        baseUrl,
        port,
        flavour,
        cloudId,
        gatewayUrl: `${baseUrl}/ex/jira/${cloudId}`,
        credentials: examples,
        allCredentials: credentials,
        get state() {
            return site;
        },
        behaviour,
        requests,
        violations,
        countsByRoute() {
            const counts = {};
            for (const entry of requests)
                counts[entry.route] = (counts[entry.route] ?? 0) + 1;
            return counts;
        },
        clearLog() {
            requests.length = 0;
        },
        snapshot: () => cloneSite(site),
        clock,
        actAs: (who, actOptions) => outOfBand(() => site, clock, who, actOptions),
        get auditRecords() {
            return site.auditRecords ?? [];
        },
        recordAudit(record) {
            return appendAuditRecord(site, { ...record, created: record.created ?? clock.now().toISOString() });
        },
        restore(snapshot) {
            site = normaliseSite(cloneSite(snapshot));
        },
        get faults() {
            return faults.current;
        },
        setFaults(config) {
            faults.configure(config);
        },
        setBehaviour(changes) {
            Object.assign(behaviour, changes, {
                maxResultsCap: { ...behaviour.maxResultsCap, ...changes.maxResultsCap },
            });
        },
        onWrite(invariant) {
            invariants.add(invariant);
            return () => {
                invariants.delete(invariant);
            };
        },
        authHeader(kind = 'admin') {
            if (kind === 'bearer' || kind === 'scoped')
                return `Bearer ${examples[kind].token}`;
            const { email, apiToken } = examples[kind];
            return `Basic ${Buffer.from(`${email}:${apiToken}`).toString('base64')}`;
        },
        env(kind = 'admin') {
            const version = flavour === 'datacenter' ? '2' : '3';
            if (kind === 'bearer') {
                return {
                    JIRA_BASE_URL: baseUrl,
                    JIRA_BEARER_TOKEN: examples.bearer.token,
                    JIRA_API_VERSION: version,
                };
            }
            if (kind === 'scoped') {
                return {
                    JIRA_BASE_URL: `${baseUrl}/ex/jira/${cloudId}`,
                    JIRA_BEARER_TOKEN: examples.scoped.token,
                    JIRA_API_VERSION: version,
                };
            }
            const { email, apiToken } = examples[kind];
            return {
                JIRA_BASE_URL: baseUrl,
                JIRA_EMAIL: email,
                JIRA_API_TOKEN: apiToken,
                JIRA_API_VERSION: version,
            };
        },
        stop() {
            return new Promise((resolve) => {
                for (const response of hung)
                    response.destroy();
                for (const socket of sockets)
                    socket.destroy();
                server.close(() => {
                    resolve();
                });
            });
        },
    };
    return simulator;
}

;


const ADDONS_ROLE_ID = 10003;
const ADMINS_ROLE_ID = 10002;
const DEVELOPERS_ROLE_ID = 10001;

const PROJECT_SCHEME_BASE = 9000;

function uuid(next) {
    const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16));
    hex[12] = '4';
    hex[16] = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

function memberships(index, groups) {
    const first = groups[index % groups.length]?.name ?? 'jira-administrators';
    const second = index === 0 ? undefined : groups[(index * 7 + 3) % groups.length]?.name;
    return second === undefined || second === first ? [first] : [first, second];
}




function generatedActors(random, roles, groups, users) {
    const actors = {};
    for (const role of roles) {
        if (role.id === ADDONS_ROLE_ID)
            continue;
        if (role.id === ADMINS_ROLE_ID) {
            actors[String(role.id)] = {
                users: [users[0]?.accountId ?? ''],
                groups: [groups[0]?.groupId ?? ''],
            };
        }
        else if (role.id === DEVELOPERS_ROLE_ID) {
            const developerGroups = new Set([random.pick(groups).groupId, random.pick(groups).groupId]);
            actors[String(role.id)] = { users: [random.pick(users).accountId], groups: [...developerGroups] };
        }
        else if (random.chance(0.5)) {
            actors[String(role.id)] = { groups: [random.pick(groups).groupId] };
        }
        else {
            actors[String(role.id)] = { users: [random.pick(users).accountId] };
        }
    }
    return actors;
}





function generateSite(params = {}) {
    const random = createRandom(params.seed ?? 1);
    const schemeCount = params.schemes ?? 20;
    const grantsPerScheme = params.grantsPerScheme ?? 60;
    const groupCount = Math.max(1, params.groups ?? 50);
    const roleCount = Math.max(3, params.roles ?? 8);
    const projectCount = params.projects ?? 40;
    const userCount = Math.max(1, params.users ?? 30);
    const groups = Array.from({ length: groupCount }, (_, index) => ({
        name: index === 0 ? 'jira-administrators' : `team-${String(index).padStart(4, '0')}`,
        groupId: uuid(() => random.next()),
    }));
    const roles = [
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
    const users = Array.from({ length: userCount }, (_, index) => ({
        accountId: `712020:${uuid(() => random.next())}`,
        displayName: index === 0 ? 'Alex Admin' : `User ${String(index)}`,
        emailAddress: index === 0 ? 'admin@example.com' : `user${String(index)}@example.com`,

        active: index % 9 !== 8,
        accountType: 'atlassian',
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
    const schemes = [];
    for (let index = 0; index < schemeCount; index++) {
        const grants = [];
        const seen = new Set();
        const add = (permission, holder) => {
            const key = `${permission}|${holder.type}|${holder.ref ?? ''}`;
            if (seen.has(key))
                return;
            seen.add(key);
            grants.push({ id: nextGrantId++, permission, holder });
        };

        add('ADMINISTER_PROJECTS', { type: 'projectRole', ref: '10002' });
        let attempts = 0;
        while (grants.length < grantsPerScheme && attempts < grantsPerScheme * 20) {
            attempts++;
            const permission = random.pick(permissionKeys);
            const kind = random.int(10);
            let holder;
            if (kind < 4)
                holder = { type: 'group', ref: random.pick(groups).groupId };
            else if (kind < 7)
                holder = { type: 'projectRole', ref: String(random.pick(roles).id) };
            else if (kind < 8)
                holder = { type: 'user', ref: random.pick(users).accountId };
            else if (kind < 9)
                holder = { type: 'applicationRole' };
            else
                holder = { type: random.pick(['assignee', 'reporter', 'projectLead']) };
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

    const people = createRandom(((params.seed ?? 1) * 2654435761) ^ 0x5eed);
    const projectSchemes = [];
    const projects = Array.from({ length: projectCount }, (_, index) => {
        const project = {
            id: String(10000 + index),
            key: `P${String(index).padStart(4, '0')}`.replace(/\d/g, (digit) => String.fromCharCode(65 + Number(digit))),
            name: `Project ${String(index)}`,
            projectTypeKey: 'software',
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
        }
        else if (index < archived) {
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


var promises_ = __webpack_require__(1455);
;





const REQUIRED_LISTS = [
    'schemes',
    'groups',
    'roles',
    'users',
    'fields',
    'applicationRoles',
    'projects',
    'permissions',
];
function validateSeed(value, source = 'seed') {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new Error(`${source}: expected a JSON object with ${REQUIRED_LISTS.join(', ')} and defaultSchemeId`);
    }
    const record = value;
    const missing = REQUIRED_LISTS.filter((key) => !Array.isArray(record[key]));
    if (missing.length > 0) {
        throw new Error(`${source}: missing or not a list: ${missing.join(', ')} (see docs: the simulator's seed format)`);
    }
    if (typeof record['defaultSchemeId'] !== 'number') {
        throw new Error(`${source}: defaultSchemeId must be the id (a number) of the scheme projects fall back to`);
    }
    return value;
}
async function loadSeedFile(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new Error(`cannot read seed file ${path}: ${error instanceof Error ? error.message : String(error)}`);
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`seed file ${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    return validateSeed(parsed, path);
}

;















})

};
