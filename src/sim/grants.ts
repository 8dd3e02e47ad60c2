import type { RequestContext } from './context.js';
import { MESSAGES } from './errors.js';
import type { SimHolder } from './types.js';

/**
 * Reads a grant from a request body and resolves its holder against the site, the way Jira validates
 * one: an unknown permission key, holder type, group, role, user or field is a 400.
 */

export type ParsedGrant =
  { ok: true; permission: string; holder: SimHolder } | { ok: false; message: string };

const PARAMETERLESS = new Set(['anyone', 'assignee', 'reporter', 'projectLead', 'sd.customer.portal.only']);
const WITH_PARAMETER = new Set(['group', 'projectRole', 'user', 'userCustomField', 'groupCustomField']);

function text(value: unknown): string | undefined {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseGrant(ctx: RequestContext, input: unknown): ParsedGrant {
  const w = ctx.behaviour.errorWording;
  if (!isRecord(input)) return { ok: false, message: MESSAGES.missingPermission(w) };
  const permission = text(input['permission']);
  if (permission === undefined) return { ok: false, message: MESSAGES.missingPermission(w) };
  const known = ctx.site.permissions.find((entry) => entry.key === permission);
  if (known === undefined) return { ok: false, message: MESSAGES.unknownPermission(w, permission) };
  if (known.type === 'GLOBAL') return { ok: false, message: MESSAGES.globalPermission(w, permission) };
  const holderInput = input['holder'];
  if (!isRecord(holderInput)) return { ok: false, message: MESSAGES.missingHolder(w) };
  const holder = resolveHolder(ctx, holderInput);
  if (typeof holder === 'string') return { ok: false, message: holder };
  return { ok: true, permission, holder };
}

/** A resolved holder, or the error message. */
function resolveHolder(ctx: RequestContext, input: Record<string, unknown>): SimHolder | string {
  const w = ctx.behaviour.errorWording;
  const type = text(input['type']);
  if (type === undefined) return MESSAGES.missingHolder(w);
  const parameter = text(input['parameter']);
  // Cloud identifies by `value` when given (names can change); Data Center has no value.
  const value = ctx.flavour === 'cloud' ? text(input['value']) : undefined;
  if (PARAMETERLESS.has(type)) return { type };
  if (type === 'applicationRole') {
    const key = parameter ?? value;
    if (key === undefined) return { type };
    if (!ctx.site.applicationRoles.some((role) => role.key === key)) {
      return MESSAGES.applicationRoleNotFound(w, key);
    }
    return { type, ref: key };
  }
  if (!WITH_PARAMETER.has(type)) return MESSAGES.unknownHolderType(w, type);
  const ref = value ?? parameter;
  if (ref === undefined) return MESSAGES.missingHolderParameter(w, type);
  switch (type) {
    case 'group': {
      const group =
        value !== undefined
          ? ctx.site.groups.find((candidate) => candidate.groupId === value)
          : ctx.site.groups.find((candidate) => candidate.name === parameter);
      return group === undefined ? MESSAGES.groupNotFound(w, ref) : { type, ref: group.groupId };
    }
    case 'projectRole': {
      const role = ctx.site.roles.find((candidate) => String(candidate.id) === ref);
      return role === undefined ? MESSAGES.roleNotFound(w, ref) : { type, ref: String(role.id) };
    }
    case 'user': {
      const user = ctx.site.users.find((candidate) =>
        ctx.flavour === 'cloud'
          ? candidate.accountId === ref
          : candidate.key === ref || candidate.name === ref || candidate.accountId === ref,
      );
      return user === undefined ? MESSAGES.userNotFound(w, ref) : { type, ref: user.accountId };
    }
    default: {
      // userCustomField / groupCustomField: a custom field of the matching picker kind.
      const field = ctx.site.fields.find((candidate) => candidate.id === ref && candidate.custom);
      if (field === undefined) return MESSAGES.fieldNotFound(w, ref);
      const want = type === 'userCustomField' ? 'user' : 'group';
      const holds = field.schema.type === 'array' ? field.schema.items : field.schema.type;
      if (holds !== want) return MESSAGES.fieldWrongType(w, ref, want);
      return { type, ref: field.id };
    }
  }
}
