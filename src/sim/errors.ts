import type { ApiBehaviour } from './types.js';

/** Jira's error body (`ErrorCollection`). */
export interface ErrorBody {
  errorMessages: string[];
  errors: Record<string, string>;
}

export interface SimResponse {
  status: number;
  /** JSON-serialised unless `raw` is set. Undefined means no body (204). */
  body?: unknown;
  /** Sent as-is with its content type (HTML login pages, plain text). */
  raw?: { contentType: string; text: string };
  headers?: Record<string, string>;
}

export function errorResponse(
  status: number,
  messages: string[],
  errors: Record<string, string> = {},
  headers?: Record<string, string>,
): SimResponse {
  const body: ErrorBody = { errorMessages: messages, errors };
  return headers === undefined ? { status, body } : { status, body, headers };
}

type Wording = ApiBehaviour['errorWording'];

/**
 * Every error sentence the simulator says, in two wordings. `jira` follows how Jira phrases them;
 * `terse` says the same thing differently, so tests prove the product keys on status codes and fields,
 * not on exact English.
 */
export const MESSAGES = {
  schemeNotFound: (w: Wording, id: string) =>
    w === 'jira' ? `Permission scheme with id ${id} not found.` : `No such permission scheme: ${id}`,
  grantNotFound: (w: Wording, id: string) =>
    w === 'jira' ? `Permission grant with id ${id} not found.` : `No such permission grant: ${id}`,
  grantNotFoundForDelete: (w: Wording, id: string) =>
    w === 'jira'
      ? `Permission grant with id ${id} does not exist in the permission scheme.`
      : `Grant ${id} is not in this scheme`,
  duplicateGrant: (w: Wording) =>
    w === 'jira'
      ? 'The permission grant you are trying to create already exists in this permission scheme.'
      : 'Duplicate permission grant',
  unknownPermission: (w: Wording, key: string) =>
    w === 'jira' ? `Permission with key '${key}' does not exist.` : `Invalid permission key: ${key}`,
  globalPermission: (w: Wording, key: string) =>
    w === 'jira'
      ? `Permission '${key}' is a global permission and cannot be granted in a permission scheme.`
      : `Not a project permission: ${key}`,
  missingPermission: (w: Wording) =>
    w === 'jira' ? 'The permission to grant must be provided.' : 'permission is required',
  missingHolder: (w: Wording) =>
    w === 'jira' ? 'The permission holder must be provided.' : 'holder is required',
  unknownHolderType: (w: Wording, type: string) =>
    w === 'jira' ? `Holder type '${type}' is not supported.` : `Invalid holder type: ${type}`,
  missingHolderParameter: (w: Wording, type: string) =>
    w === 'jira'
      ? `A parameter is required for the permission holder type '${type}'.`
      : `Holder ${type} needs a parameter`,
  groupNotFound: (w: Wording, ref: string) =>
    w === 'jira' ? `Group with name or id '${ref}' does not exist.` : `Unknown group: ${ref}`,
  roleNotFound: (w: Wording, ref: string) =>
    w === 'jira' ? `Project role with id '${ref}' does not exist.` : `Unknown project role: ${ref}`,
  userNotFound: (w: Wording, ref: string) =>
    w === 'jira' ? `User with accountId '${ref}' does not exist.` : `Unknown user: ${ref}`,
  fieldNotFound: (w: Wording, ref: string) =>
    w === 'jira' ? `Custom field with id '${ref}' does not exist.` : `Unknown custom field: ${ref}`,
  fieldWrongType: (w: Wording, ref: string, want: 'user' | 'group') =>
    w === 'jira'
      ? `Custom field '${ref}' is not a ${want} picker field.`
      : `Field ${ref} cannot hold ${want}s`,
  applicationRoleNotFound: (w: Wording, ref: string) =>
    w === 'jira' ? `Application role with key '${ref}' does not exist.` : `Unknown application: ${ref}`,
  schemeNameMissing: (w: Wording) =>
    w === 'jira' ? 'The name of the permission scheme must not be empty.' : 'name is required',
  schemeNameTaken: (w: Wording, name: string) =>
    w === 'jira'
      ? `A permission scheme with the name '${name}' already exists.`
      : `Name already in use: ${name}`,
  schemeInUse: (w: Wording, name: string, projects: string[]) =>
    w === 'jira'
      ? `Cannot delete permission scheme '${name}' because it is used by ${projects.length} project(s): ${projects.join(', ')}.`
      : `Scheme in use by ${projects.join(', ')}`,
  defaultSchemeDelete: (w: Wording) =>
    w === 'jira' ? 'The default permission scheme cannot be deleted.' : 'Cannot delete default scheme',
  projectNotFound: (w: Wording, ref: string) =>
    w === 'jira' ? `No project could be found with key '${ref}'.` : `No such project: ${ref}`,
  teamManagedProject: (w: Wording, key: string) =>
    w === 'jira'
      ? `Project '${key}' is team-managed. Team-managed projects don't use permission schemes; their access is managed in the project's settings.`
      : `Team-managed project: ${key}`,
  roleIdInvalid: (w: Wording, ref: string) =>
    w === 'jira' ? `The project role id '${ref}' is not a number.` : `Bad role id: ${ref}`,
  groupMissing: (w: Wording, cloud: boolean) =>
    w === 'jira'
      ? cloud
        ? 'Either the groupId or the groupname query parameter must be provided.'
        : "The 'groupname' query parameter must be provided."
      : 'group is required',
  groupBoth: (w: Wording) =>
    w === 'jira'
      ? 'The groupId and groupname query parameters cannot be used together.'
      : 'Use groupId or groupname, not both',
  noBrowseUsers: (w: Wording) =>
    w === 'jira'
      ? "You don't have the 'Browse users and groups' global permission, which this operation needs."
      : 'Browse users and groups permission required',
  onlyAdminsCheckOthers: (w: Wording) =>
    w === 'jira'
      ? 'Only Jira administrators can perform this operation.'
      : 'Administrator permission required',
  invalidAccountId: (w: Wording, ref: string) =>
    w === 'jira' ? `The account ID '${ref}' is invalid.` : `Unknown account: ${ref}`,
  unrecognisedPermission: (w: Wording) => (w === 'jira' ? 'Unrecognized permission' : 'Unknown permission'),
  tooManyIds: (w: Wording, what: string) =>
    w === 'jira' ? `A maximum of 1000 ${what} can be checked.` : `Too many ${what}`,
  projectPermissionsEmpty: (w: Wording) =>
    w === 'jira'
      ? 'At least one project permission must be provided in each projectPermissions entry.'
      : 'permissions is required',
  badDate: (w: Wording, name: string, value: string) =>
    w === 'jira' ? `Invalid date '${value}' for parameter '${name}'.` : `Bad ${name}: ${value}`,
  badJson: (w: Wording, detail: string) =>
    w === 'jira' ? `Unexpected character in request body: ${detail}` : `Malformed JSON: ${detail}`,
  notAuthenticated: (w: Wording) =>
    w === 'jira'
      ? 'You are not authenticated. Authentication required to perform this operation.'
      : 'Authentication required',
  badCredentials: (w: Wording) =>
    w === 'jira' ? 'Client must be authenticated to access this resource.' : 'Invalid credentials',
  notAdmin: (w: Wording) =>
    w === 'jira'
      ? 'You do not have permission to perform this action. The Administer Jira global permission is required.'
      : 'Administrator permission required',
  categoryDenied: (w: Wording, category: string) =>
    w === 'jira'
      ? `This API token is not allowed to perform '${category}' operations. An organization admin restricted its permissions; ask them to allow the '${category}' category, or use a token that has it.`
      : `Token lacks the ${category} category`,
  blockedAddress: (w: Wording) =>
    w === 'jira'
      ? "Your IP address isn't on your organization's IP allowlist. Contact your organization admin to access this site."
      : 'IP address not allowed',
  rateLimited: (w: Wording) => (w === 'jira' ? 'Rate limit exceeded. Try again later.' : 'Too many requests'),
  serverError: (w: Wording) => (w === 'jira' ? 'Internal server error' : 'Server error'),
} as const;
