import type { SimPermission } from '../types.js';

/**
 * The permission catalogue a Cloud site answers on `/permissions`: the project permissions of Jira's
 * permission-scheme reference, a few global permissions (which permission schemes cannot grant), and
 * keys that installed apps define (`<app key>__<permission key>`).
 */

const PROJECT_PERMISSIONS: readonly [string, string, string][] = [
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

const GLOBAL_PERMISSIONS: readonly [string, string, string][] = [
  ['ADMINISTER', 'Administer Jira', 'Create and administer projects, issue types, fields and schemes.'],
  ['SYSTEM_ADMIN', 'Jira System Administrators', 'Ability to perform all administration functions.'],
  ['USER_PICKER', 'Browse users and groups', 'Ability to select a user or group from a popup window.'],
  ['CREATE_SHARED_OBJECTS', 'Share dashboards and filters', 'Ability to share dashboards and filters.'],
  ['BULK_CHANGE', 'Make bulk changes', 'Ability to modify a collection of issues at once.'],
];

/** App-defined project permissions (Connect/Forge apps name them `<app>__<key>`). */
export const APP_PERMISSIONS: readonly [string, string, string][] = [
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

export function defaultCatalogue(): SimPermission[] {
  return [
    ...GLOBAL_PERMISSIONS.map(([key, name, description]) => ({
      key,
      name,
      description,
      type: 'GLOBAL' as const,
    })),
    ...[...PROJECT_PERMISSIONS, ...APP_PERMISSIONS].map(([key, name, description]) => ({
      key,
      name,
      description,
      type: 'PROJECT' as const,
    })),
  ];
}

export const PROJECT_PERMISSION_KEYS: readonly string[] = PROJECT_PERMISSIONS.map(([key]) => key);
