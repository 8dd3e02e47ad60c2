import type { AuditAuthor } from './audit.js';
import type {
  ApiBehaviour,
  Flavour,
  SimCredential,
  SimField,
  SimGroup,
  SimRole,
  SimUser,
  SiteData,
} from './types.js';

/** What a route handler gets: the parsed request and the site it may read or change. */
export interface RequestContext {
  method: string;
  /** Path parameters from the route template. */
  params: Record<string, string>;
  query: URLSearchParams;
  /** Parsed JSON body (undefined when there was none). */
  body: unknown;
  apiVersion: '2' | '3';
  /** `http://host[:port]` plus any `/ex/jira/{cloudId}` prefix: the root `self` links start from. */
  siteUrl: string;
  /** `siteUrl + /rest/api/{version}`. */
  restUrl: string;
  flavour: Flavour;
  behaviour: ApiBehaviour;
  site: SiteData;
  credential: SimCredential;
  user: SimUser | undefined;
  /** The simulator's clock at the request. */
  now: Date;
  /** Who an accepted write is attributed to in the audit log: the credential's account. */
  author: AuditAuthor;
}

export function expandSet(query: URLSearchParams): Set<string> {
  const raw = query.getAll('expand').join(',');
  return new Set(
    raw
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part !== ''),
  );
}

/** Integer query parameter with a default; undefined when present but not a number. */
export function intParam(query: URLSearchParams, name: string, fallback: number): number | undefined {
  const raw = query.get(name);
  if (raw === null || raw === '') return fallback;
  if (!/^-?\d+$/.test(raw)) return undefined;
  return Number(raw);
}

/** Lookups by id for one request (state can be changed by tests between requests, so never kept longer). */
export interface SiteIndex {
  groupsById: Map<string, SimGroup>;
  usersById: Map<string, SimUser>;
  rolesById: Map<string, SimRole>;
  fieldsById: Map<string, SimField>;
}

const indexes = new WeakMap<RequestContext, SiteIndex>();

export function siteIndex(ctx: RequestContext): SiteIndex {
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
