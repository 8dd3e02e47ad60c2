import { intParam, siteIndex, type RequestContext } from '../context.js';
import { errorResponse, MESSAGES, type SimResponse } from '../errors.js';
import { jiraTime } from '../render.js';
import type { SimAuditRecord, SimUser } from '../types.js';

/**
 * The audit log. Cloud: `GET /rest/api/3/auditing/record` (`offset`, `limit` default 1000, `filter`,
 * `from`, `to`; newest first). Data Center: `GET /rest/auditing/1.0/events` (`offset`, `limit`,
 * `from`, `to`, `categories`, `actions`, `search`, `userIds`; `entities` newest first, `pagingInfo`).
 * Both need Administer Jira.
 */

type Json = Record<string, unknown>;

/** An instant from a query parameter: ISO 8601 or epoch milliseconds. */
function instant(ctx: RequestContext, name: string): number | null | SimResponse {
  const raw = ctx.query.get(name);
  if (raw === null || raw === '') return null;
  const value = /^\d+$/.test(raw) ? Number(raw) : Date.parse(raw);
  if (Number.isNaN(value))
    return errorResponse(400, [MESSAGES.badDate(ctx.behaviour.errorWording, name, raw)]);
  return value;
}

function isResponse(value: number | null | SimResponse): value is SimResponse {
  return typeof value === 'object' && value !== null;
}

/** Records created in [from, to], newest first (ties: the later record first). */
function window(
  records: readonly SimAuditRecord[],
  from: number | null,
  to: number | null,
): SimAuditRecord[] {
  return records
    .filter((record) => {
      const at = Date.parse(record.created);
      return (from === null || at >= from) && (to === null || at <= to);
    })
    .sort((a, b) => Date.parse(b.created) - Date.parse(a.created) || b.id - a.id);
}

function author(ctx: RequestContext, record: SimAuditRecord): SimUser | undefined {
  return siteIndex(ctx).usersById.get(record.authorAccountId);
}

/** Every text the Cloud `filter` is documented to match against. */
function searchable(ctx: RequestContext, record: SimAuditRecord): string[] {
  const texts = [
    record.summary,
    record.category,
    record.eventSource,
    record.objectItem.name,
    record.objectItem.typeName,
    record.remoteAddress,
    ...record.changedValues.flatMap((value) => [value.changedFrom ?? '', value.changedTo ?? '']),
  ];
  if (record.objectItem.typeName === 'USER') texts.push(record.objectItem.id);
  if (ctx.flavour === 'datacenter') {
    texts.push(...record.associatedItems.map((item) => item.name), author(ctx, record)?.name ?? '');
  }
  return texts.map((text) => text.toLowerCase());
}

function renderCloudRecord(ctx: RequestContext, record: SimAuditRecord): Json {
  const out: Json = {
    id: record.id,
    summary: record.summary,
    remoteAddress: record.remoteAddress,
    created: jiraTime(record.created),
    category: record.category,
    eventSource: record.eventSource,
  };
  // The reference's example record has authorAccountId; its schema forgot it.
  if (ctx.behaviour.auditAuthorAccountId) out['authorAccountId'] = record.authorAccountId;
  if (record.description !== undefined) out['description'] = record.description;
  out['objectItem'] = { ...record.objectItem };
  out['changedValues'] = record.changedValues.map((value) => ({ ...value }));
  out['associatedItems'] = record.associatedItems.map((item) => ({ ...item }));
  if (record.omitFields?.includes('id') === true) delete out['id'];
  if (record.omitFields?.includes('created') === true) delete out['created'];
  return out;
}

export function auditRecords(ctx: RequestContext): SimResponse {
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
  if (isResponse(from)) return from;
  const to = instant(ctx, 'to');
  if (isResponse(to)) return to;
  // `from` must be before `to`, or nothing is returned (as the reference says).
  const inWindow =
    from !== null && to !== null && from > to ? [] : window(ctx.site.auditRecords ?? [], from, to);
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
      // AuditRecords' `total` is "the total number of audit items returned": the matching records, or
      // (pageMarkers=pageTotal) this page's.
      total: ctx.behaviour.pageMarkers === 'pageTotal' ? records.length : matching.length,
      records: records.map((record) => renderCloudRecord(ctx, record)),
    },
  };
}

const I18N_KEYS: Record<string, string> = {
  Permission: 'admin.common.words.permission',
  Type: 'admin.common.words.type',
  Value: 'admin.common.words.value',
  Name: 'common.words.name',
  Description: 'common.words.description',
};

/** Data Center names users by a numeric id (the digits of their key) in audit authors. */
function userNumber(user: SimUser | undefined): string {
  return (user?.key ?? '').replace(/\D/g, '') || '-2';
}

function renderEvent(ctx: RequestContext, record: SimAuditRecord): Json {
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

function list(ctx: RequestContext, name: string): string[] {
  return ctx.query
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim().toLowerCase())
    .filter((value) => value !== '');
}

export function auditEvents(ctx: RequestContext): SimResponse {
  const asked = intParam(ctx.query, 'offset', 0);
  const limit = intParam(ctx.query, 'limit', 200);
  if (asked === undefined || limit === undefined || asked < 0 || limit < 1) {
    return errorResponse(400, ['offset must be 0 or more and limit 1 or more.']);
  }
  const offset = ctx.behaviour.auditOffset === 'ignored' ? 0 : asked;
  const from = instant(ctx, 'from');
  if (isResponse(from)) return from;
  const to = instant(ctx, 'to');
  if (isResponse(to)) return to;
  const categories = list(ctx, 'categories');
  const actions = list(ctx, 'actions');
  const userIds = list(ctx, 'userIds');
  const search = (ctx.query.get('search') ?? '').trim().toLowerCase();
  const matching = window(ctx.site.auditRecords ?? [], from, to).filter(
    (record) =>
      (categories.length === 0 || categories.includes(record.category.toLowerCase())) &&
      (actions.length === 0 || actions.includes(record.summary.toLowerCase())) &&
      (userIds.length === 0 || userIds.includes(userNumber(author(ctx, record)))) &&
      (search === '' || searchable(ctx, record).some((text) => text.includes(search))),
  );
  const page = matching.slice(offset, offset + limit);
  const lastPage = offset + page.length >= matching.length;
  const pagingInfo: Json = { limit, size: page.length, lastPage };
  if (!lastPage) {
    const next = new URLSearchParams(ctx.query);
    next.set('offset', String(offset + page.length));
    next.set('limit', String(limit));
    pagingInfo['nextPageLink'] = `${ctx.restUrl}/events?${next.toString()}`;
  }
  return { status: 200, body: { entities: page.map((record) => renderEvent(ctx, record)), pagingInfo } };
}
