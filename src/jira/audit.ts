/**
 * Jira's audit log, read for one time window and normalised to one record shape for both deployments:
 * Cloud `GET /rest/api/N/auditing/record` (pages by `offset`/`limit`, newest first) and Data Center
 * `GET /rest/auditing/1.0/events` (Atlassian's auditing plugin, `entities` with `pagingInfo`).
 *
 * Reading the log needs the Administer Jira global permission, and Jira Cloud refuses it (403) when every
 * product of the site is on a Free plan. Neither is an error for the callers: the log is then
 * `unavailable`, with the reason in words, and drift is still reported without names.
 */
import { diagnoseNetwork, type DiagnosticContext } from './diagnostics.js';
import { JiraError } from './errors.js';
import type { JiraHttp, Query } from './http.js';
import { arrayField, boolField, idField, intField, isObject, objectField, stringField } from './json.js';
import { ShapeError } from './normalise.js';
import { pageEnds, pageFingerprint } from './paginate.js';
import type { JsonObject } from './json.js';

/** An object a record is about (`SCHEME`, `PROJECT`, ...), or one associated with it. */
export interface AuditItem {
  id?: string;
  name: string;
  /** `SCHEME`, `PROJECT`, `USER`, ... as Jira types it. */
  type?: string;
}

/** One changed value: `Permission` from `""` to `Delete Issues`. Absent sides were null. */
export interface AuditChange {
  field: string;
  from?: string;
  to?: string;
}

export interface AuditAuthor {
  /** Cloud: the author's account id. Data Center: the user's numeric id as the log gives it. */
  accountId?: string;
  /** Data Center: the username. Cloud: filled in later from the account id, where the directory knows it. */
  name?: string;
}

export interface AuditRecord {
  id: string;
  /** When it happened, as an ISO 8601 instant in UTC. */
  at: string;
  /** `Permission scheme updated`, `Permission scheme added to project`, ... */
  summary: string;
  category?: string;
  author: AuditAuthor;
  object?: AuditItem;
  associated: AuditItem[];
  changes: AuditChange[];
  /** `REST`, `Browser`, ... (Cloud `eventSource`, Data Center `method`). */
  source?: string;
}

export interface AuditWindow {
  from: Date;
  to: Date;
}

export type AuditLog =
  | {
      status: 'read';
      records: AuditRecord[];
      /** True when the log held more records than were read (the newest were kept). */
      truncated: boolean;
      /**
       * Records left out because they had no readable time or id (AuditRecordBean marks no field
       * required): one odd record must not cost the whole log. Absent when none was.
       */
      skipped?: number;
    }
  | {
      status: 'unavailable';
      /** Why there are no records, for people: "the token cannot read the audit log (403): ...". */
      reason: string;
    };

/** What reads the audit log: the Jira client. */
export interface JiraAuditReader {
  /** The audit records of the window; a refusal is `unavailable`, not a throw. */
  readAuditLog(window: AuditWindow): Promise<AuditLog>;
  /** Jira's own clock (`serverTime` of serverInfo), when it says; windows are anchored on it. */
  getServerTime(): Promise<Date | undefined>;
}

/** The Cloud page size: Jira's default and the most it documents no limit for. */
const CLOUD_PAGE = 1000;
/** Data Center's page size (its default is 200). */
const DATA_CENTER_PAGE = 500;
/**
 * Enough for any permissions history of a month; a stop for a log that never ends. It bounds the records
 * Jira sent (the offset), unreadable ones too: counting only those kept read a log of unreadable records
 * whole, and never left a server that ignores the offset and repeats them.
 */
export const MAX_AUDIT_RECORDS = 20_000;

/** Whether reading stops at the cap: `sent` is every record Jira sent so far, the skipped ones too. */
export function auditCapReached(sent: number): boolean {
  return sent >= MAX_AUDIT_RECORDS;
}

/**
 * Jira's timestamps: `2026-11-18T08:30:00.000+0000` (Cloud, Data Center REST) or ISO 8601 with `Z` or
 * `+00:00`. Returns the instant as an ISO string in UTC, or undefined when it cannot be read.
 */
export function jiraInstant(text: string): string | undefined {
  const normalised = text.trim().replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const time = Date.parse(normalised);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function item(raw: unknown, typeKey: string): AuditItem | undefined {
  if (!isObject(raw)) return undefined;
  const name = stringField(raw, 'name');
  if (name === undefined) return undefined;
  const out: AuditItem = { name };
  const id = idField(raw, 'id');
  const type = stringField(raw, typeKey);
  if (id !== undefined) out.id = id;
  if (type !== undefined) out.type = type;
  return out;
}

function items(raw: unknown[] | undefined, typeKey: string): AuditItem[] {
  return (raw ?? []).map((entry) => item(entry, typeKey)).filter((entry) => entry !== undefined);
}

function change(raw: unknown, keys: { field: string; from: string; to: string }): AuditChange | undefined {
  if (!isObject(raw)) return undefined;
  const field = stringField(raw, keys.field);
  if (field === undefined) return undefined;
  const out: AuditChange = { field };
  const from = stringField(raw, keys.from);
  const to = stringField(raw, keys.to);
  if (from !== undefined) out.from = from;
  if (to !== undefined) out.to = to;
  return out;
}

function changes(
  raw: unknown[] | undefined,
  keys: { field: string; from: string; to: string },
): AuditChange[] {
  return (raw ?? []).map((entry) => change(entry, keys)).filter((entry) => entry !== undefined);
}

function instantOf(record: JsonObject, key: string): string {
  const text = stringField(record, key);
  const at = text === undefined ? undefined : jiraInstant(text);
  if (at === undefined) throw new ShapeError(`an audit record has no readable "${key}" time`);
  return at;
}

/** One Cloud `AuditRecordBean`. */
export function normaliseCloudRecord(raw: unknown): AuditRecord {
  if (!isObject(raw)) throw new ShapeError('an audit record is not an object');
  const id = idField(raw, 'id');
  if (id === undefined) throw new ShapeError('an audit record has no id');
  const author: AuditAuthor = {};
  // The documented example carries authorAccountId; the schema has only the deprecated authorKey.
  const accountId = stringField(raw, 'authorAccountId') ?? stringField(raw, 'authorKey');
  if (accountId !== undefined && accountId !== '') author.accountId = accountId;
  const record: AuditRecord = {
    id,
    at: instantOf(raw, 'created'),
    summary: stringField(raw, 'summary') ?? '',
    author,
    associated: items(arrayField(raw, 'associatedItems'), 'typeName'),
    changes: changes(arrayField(raw, 'changedValues'), {
      field: 'fieldName',
      from: 'changedFrom',
      to: 'changedTo',
    }),
  };
  const category = stringField(raw, 'category');
  const object = item(objectField(raw, 'objectItem'), 'typeName');
  const source = stringField(raw, 'eventSource');
  if (category !== undefined) record.category = category;
  if (object !== undefined) record.object = object;
  if (source !== undefined) record.source = source;
  return record;
}

/** One Data Center audit event: the first affected object is what it is about, the rest associated. */
export function normaliseDataCenterEvent(raw: unknown, index: number): AuditRecord {
  if (!isObject(raw)) throw new ShapeError('an audit event is not an object');
  const type = objectField(raw, 'type') ?? {};
  const authorRaw = objectField(raw, 'author') ?? {};
  const author: AuditAuthor = {};
  const name = stringField(authorRaw, 'name');
  const accountId = idField(authorRaw, 'id');
  if (name !== undefined && name !== '') author.name = name;
  if (accountId !== undefined) author.accountId = accountId;
  const affected = items(arrayField(raw, 'affectedObjects'), 'type');
  const at = instantOf(raw, 'timestamp');
  const record: AuditRecord = {
    // Events carry no id of their own: time and position in the answer tell them apart.
    id: `${at}#${String(index)}`,
    at,
    summary: stringField(type, 'action') ?? '',
    author,
    associated: affected.slice(1),
    changes: changes(arrayField(raw, 'changedValues'), { field: 'key', from: 'from', to: 'to' }),
  };
  const category = stringField(type, 'category');
  const source = stringField(raw, 'method');
  if (category !== undefined) record.category = category;
  if (affected[0] !== undefined) record.object = affected[0];
  if (source !== undefined) record.source = source;
  return record;
}

/** Why the log could not be read, in words people can act on. */
export function unavailableReason(error: unknown): string | undefined {
  if (!(error instanceof JiraError)) return undefined;
  if (error.status === 403 || error.status === 401) {
    return (
      `the token cannot read the audit log (${String(error.status)}): reading it needs the Administer Jira ` +
      'global permission, and Jira Cloud refuses it on sites where every product is on a Free plan'
    );
  }
  if (error.status === 404) {
    return 'this Jira has no audit log API at that address (404)';
  }
  return undefined;
}

export interface AuditSource {
  http: JiraHttp;
  dataCenter: boolean;
  context: DiagnosticContext;
}

/** Runs `parse` over a page; an answer of the wrong shape is a JiraError naming the call. */
function parsePage<T>(source: AuditSource, shownPath: string, body: unknown, parse: (body: unknown) => T): T {
  try {
    return parse(body);
  } catch (error) {
    if (!(error instanceof ShapeError)) throw error;
    throw new JiraError(
      diagnoseNetwork(
        {
          method: 'GET',
          path: shownPath,
          kind: 'unexpected-shape',
          outcome: 'rejected',
          detail: error.message,
        },
        source.context,
      ),
    );
  }
}

function windowQuery(window: AuditWindow): Query {
  return { from: window.from.toISOString(), to: window.to.toISOString() };
}

/**
 * Whether another page of Cloud's audit log follows. AuditRecords describes `total` as "the total number
 * of audit items returned", which may be this page's count. A page whose `total` is larger than its own
 * count shows it is the whole log's size (`totalIsWhole`, kept for the pages after): then the log ends
 * once that many were read, so an exact multiple of the page costs no request more. Otherwise a `total`
 * proves nothing: a page as long as the `limit` ("the requested or default limit") asks for the next, a
 * shorter or empty one ends it; a single full page whose `total` equals its count is the one case where
 * both readings fit, and it asks once more.
 */
export function cloudAuditContinues(page: {
  count: number;
  read: number;
  total?: number | undefined;
  limit: number;
  totalIsWhole: boolean;
}): boolean {
  // The page bean's rule, for a page that carries neither `isLast` nor `nextPage`.
  return !pageEnds({
    count: page.count,
    read: page.read,
    hasNextPage: false,
    sawNextPage: false,
    ...(page.total === undefined ? {} : { total: page.total, totalIsWhole: page.totalIsWhole }),
    granted: page.limit,
  });
}

/** Each record normalised, or left out (and counted) when it has no readable time or id. */
function readableRecords(
  list: readonly unknown[],
  normalise: (raw: unknown, index: number) => AuditRecord,
): {
  records: AuditRecord[];
  skipped: number;
} {
  const records: AuditRecord[] = [];
  let skipped = 0;
  list.forEach((raw, index) => {
    try {
      records.push(normalise(raw, index));
    } catch (error) {
      if (!(error instanceof ShapeError)) throw error;
      skipped++;
    }
  });
  return { records, skipped };
}

/** The log as read, with the count of records left out when there were any. */
function readLog(records: AuditRecord[], truncated: boolean, skipped: number): AuditLog {
  return { status: 'read', records, truncated, ...(skipped > 0 ? { skipped } : {}) };
}

async function readCloud(source: AuditSource, window: AuditWindow): Promise<AuditLog> {
  const records: AuditRecord[] = [];
  let skipped = 0;
  let totalIsWhole = false;
  let previousPage: string | undefined;
  // `filter` narrows to records mentioning permissions (summary "Permission scheme ...", category
  // "permissions"): a month of a busy site's log holds far more about users and fields.
  for (let offset = 0; ;) {
    const query: Query = { ...windowQuery(window), offset, limit: CLOUD_PAGE, filter: 'permission' };
    const response = await source.http.get('/auditing/record', query);
    const page = parsePage(source, source.http.apiPath('/auditing/record'), response.body, (body) => {
      const list = isObject(body) ? arrayField(body, 'records') : undefined;
      if (!isObject(body) || list === undefined) throw new ShapeError('expected {"records": [...]}');
      return {
        total: intField(body, 'total'),
        limit: intField(body, 'limit'),
        count: list.length,
        fingerprint: pageFingerprint(list),
        ...readableRecords(list, normaliseCloudRecord),
      };
    });
    // A server that ignores `offset` sends the first page again. Its total would then be "reached" by
    // copies of that page, and the log taken for complete: say it was cut short instead.
    if (page.count > 0 && page.fingerprint === previousPage) return readLog(records, true, skipped);
    previousPage = page.fingerprint;
    records.push(...page.records);
    skipped += page.skipped;
    // The offset counts every record Jira sent, the skipped ones too.
    offset += page.count;
    if (page.total !== undefined && page.total > page.count) totalIsWhole = true;
    const more = cloudAuditContinues({
      count: page.count,
      read: offset,
      total: page.total,
      limit: page.limit ?? CLOUD_PAGE,
      totalIsWhole,
    });
    if (!more) return readLog(records, false, skipped);
    if (auditCapReached(offset)) return readLog(records, true, skipped);
  }
}

async function readDataCenter(source: AuditSource, window: AuditWindow): Promise<AuditLog> {
  const path = '/rest/auditing/1.0/events';
  const records: AuditRecord[] = [];
  let skipped = 0;
  for (let offset = 0; ;) {
    const query: Query = { ...windowQuery(window), offset, limit: DATA_CENTER_PAGE };
    const response = await source.http.getBelowSite(path, query);
    const page = parsePage(source, path, response.body, (body) => {
      const list = isObject(body) ? arrayField(body, 'entities') : undefined;
      if (!isObject(body) || list === undefined) throw new ShapeError('expected {"entities": [...]}');
      const paging = objectField(body, 'pagingInfo');
      return {
        lastPage: paging === undefined ? true : boolField(paging, 'lastPage') !== false,
        count: list.length,
        ...readableRecords(list, (entry, index) => normaliseDataCenterEvent(entry, offset + index)),
      };
    });
    records.push(...page.records);
    skipped += page.skipped;
    offset += page.count;
    if (page.lastPage || page.count === 0) return readLog(records, false, skipped);
    if (auditCapReached(offset)) return readLog(records, true, skipped);
  }
}

/** Every record of the window, newest first; a refusal is `unavailable` with its reason. */
export async function readAuditLog(source: AuditSource, window: AuditWindow): Promise<AuditLog> {
  try {
    const log = source.dataCenter ? await readDataCenter(source, window) : await readCloud(source, window);
    if (log.status === 'read') log.records.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
    return log;
  } catch (error) {
    const reason = unavailableReason(error);
    if (reason === undefined) throw error;
    return { status: 'unavailable', reason };
  }
}
