import { isBuiltInPermission } from '../model/permissions.js';

/**
 * Whether `value` is surely a valid scheme file (schemas/permission-scheme.schema.json), for the forms
 * files are written in: built-in permission keys, and every holder form the contract lists. Answers
 * true only where the schema's validator (ajv's standalone code in src/generated) would: it says
 * false at anything it does not check itself, and the caller then asks that validator, whose answers
 * and errors stay the reference. A test checks the implication on thousands of generated values.
 *
 * ajv's code allocates an options object and a path per holder and per branch tried; this allocates
 * nothing, and every file of a run goes through it.
 */
export function surelyValidScheme(value: Record<string, unknown>): boolean {
  let name = false;
  let grants = false;
  for (const key in value) {
    const field = value[key];
    switch (key) {
      case 'name':
        if (!isText(field)) return false;
        name = true;
        break;
      case 'description':
        if (typeof field !== 'string') return false;
        break;
      case 'id':
        // `integer`, 0 to 2^53 - 1.
        if (typeof field !== 'number' || !Number.isSafeInteger(field) || field < 0) return false;
        break;
      case 'projects':
        if (!Array.isArray(field)) return false;
        for (const project of field as unknown[]) {
          if (typeof project !== 'string' || !PROJECT_KEY.test(project)) return false;
        }
        break;
      case 'grants':
        if (!isMapping(field) || !surelyValidGrants(field)) return false;
        grants = true;
        break;
      default:
        return false;
    }
  }
  return name && grants;
}

/** The schema's pattern for a project key (ajv builds its patterns with the `u` flag). */
const PROJECT_KEY = /^[A-Za-z][A-Za-z0-9_]*$/u;
/** `minLength: 1` and `pattern: "\\S"`: some character that is not white space. */
const NOT_BLANK = /\S/u;
/** An account id: `^[^@\\s]+$`. */
const ACCOUNT_ID = /^[^@\s]+$/u;
/** An email address: `^[^@\\s]+@[^@\\s]+$`. */
const EMAIL = /^[^@\s]+@[^@\s]+$/u;

const BARE_HOLDERS: ReadonlySet<unknown> = new Set([
  'anyone',
  'assignee',
  'reporter',
  'projectLead',
  'sd.customer.portal.only',
  'applicationRole',
]);

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): boolean {
  return typeof value === 'string' && NOT_BLANK.test(value);
}

/** A positive `integer` up to 2^53 - 1 (a project role's id). */
function isRoleId(value: unknown): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;
}

function surelyValidGrants(grants: Record<string, unknown>): boolean {
  for (const permission in grants) {
    // App-defined keys (the schema's second form) are left to the schema's validator.
    if (!isBuiltInPermission(permission)) return false;
    const holders = grants[permission];
    if (!Array.isArray(holders) || holders.length === 0) return false;
    for (const holder of holders as unknown[]) if (!surelyValidHolder(holder)) return false;
  }
  return true;
}

function surelyValidHolder(holder: unknown): boolean {
  if (typeof holder === 'string') return BARE_HOLDERS.has(holder);
  if (!isMapping(holder)) return false;
  let type: string | undefined;
  for (const key in holder) {
    // Exactly one key.
    if (type !== undefined) return false;
    type = key;
  }
  if (type === undefined) return false;
  const parameter = holder[type];
  switch (type) {
    case 'applicationRole':
    case 'userCustomField':
    case 'groupCustomField':
      return isText(parameter);
    case 'group':
      return isText(parameter) || (isMapping(parameter) && surelyValidGroup(parameter));
    case 'projectRole':
      return isText(parameter) || isRoleId(parameter) || (isMapping(parameter) && surelyValidRole(parameter));
    case 'user':
      return (
        (typeof parameter === 'string' && ACCOUNT_ID.test(parameter)) ||
        (isMapping(parameter) && surelyValidUser(parameter))
      );
    default:
      return false;
  }
}

/** `{id, name}`, at least one, each not blank. */
function surelyValidGroup(group: Record<string, unknown>): boolean {
  let fields = 0;
  for (const key in group) {
    if ((key !== 'id' && key !== 'name') || !isText(group[key])) return false;
    fields++;
  }
  return fields > 0;
}

/** `{id}` or `{name}`, exactly one. */
function surelyValidRole(role: Record<string, unknown>): boolean {
  let fields = 0;
  for (const key in role) {
    const field = role[key];
    if (key === 'id' ? !isRoleId(field) : key !== 'name' || !isText(field)) return false;
    fields++;
  }
  return fields === 1;
}

/** `{accountId}` or `{email}`, exactly one. */
function surelyValidUser(user: Record<string, unknown>): boolean {
  let fields = 0;
  for (const key in user) {
    const field = user[key];
    if (typeof field !== 'string') return false;
    if (key === 'accountId' ? !ACCOUNT_ID.test(field) : key !== 'email' || !EMAIL.test(field)) return false;
    fields++;
  }
  return fields === 1;
}
