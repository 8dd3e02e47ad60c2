import { diagnoseNetwork } from './diagnostics.js';
import type { DiagnosticContext } from './diagnostics.js';
import { JiraError } from './errors.js';
import type { JiraHttp, Query } from './http.js';
import { arrayField, boolField, intField, isObject } from './json.js';

/**
 * Reads every page of a Jira "page bean" (`{startAt, maxResults, total, isLast, nextPage, values}`).
 * Follows Jira's own markers whatever page size the server grants (it may cap below what was asked), and
 * checks that it got everything it was promised: a gap, an overlap or a short read fails the call.
 */

/** What one page says about the end of the list. */
export interface PageEndMarkers {
  /** Items on this page. */
  count: number;
  /** Items read so far, this page included. */
  read: number;
  /** `isLast`, when the page has it. */
  isLast?: boolean;
  /** Whether this page has a `nextPage` link. */
  hasNextPage: boolean;
  /** Whether any page so far (this one included) had a `nextPage` link. */
  sawNextPage: boolean;
  /** `total`, when it can be the whole list's size (not once it proved to be a page's count). */
  total?: number;
  /**
   * Whether a page so far had a `total` larger than its own count: then `total` is the whole list's size
   * (a page's count is never larger than itself).
   */
  totalIsWhole?: boolean;
  /** The `maxResults` the server granted, when it says. */
  granted?: number;
}

/**
 * Whether a page ends the list. The PageBean schema describes `isLast` ("whether this is the last page"),
 * `nextPage` ("if there is another page of results, the URL of the next page") and `total` only as "the
 * number of items returned", which a server may fill with this page's count. So, in order: an empty page
 * ends it; `isLast` decides when present; else `nextPage` does, once a page has carried one; else a
 * `total` shown to be the whole list's size (`totalIsWhole`) ends it once that many were read, so an
 * exact multiple of the page costs no request more; else a page shorter than the granted `maxResults`
 * ends it, and a full one asks for the next (a single full page whose `total` equals its count may be
 * the whole list or the page's count: it asks once more). With no marker at all, a page shorter than
 * asked may only be the server's own cap, so only an empty page proves the end (one request more, never
 * a silently short list).
 */
export function pageEnds(page: PageEndMarkers): boolean {
  if (page.count === 0) return true;
  if (page.isLast !== undefined) return page.isLast;
  if (page.sawNextPage) return !page.hasNextPage;
  if (page.total !== undefined && page.totalIsWhole === true) return page.read >= page.total;
  if (page.granted !== undefined) return page.count < page.granted;
  return false;
}

/**
 * What tells a page from the one before when a server ignores the position asked for and sends the same
 * page again: its size and its first and last items, without serialising the whole page.
 */
export function pageFingerprint(items: readonly unknown[]): string {
  return JSON.stringify([items.length, items[0], items.at(-1)]);
}

export interface PageOptions {
  /** Page size to ask for (the server may grant fewer). */
  pageSize: number;
  /** Safety stop against a server that never says it is done. */
  maxPages?: number;
  /**
   * Called with each page's items as it arrives, before the next page is asked for: a caller can start
   * the reads each item needs while the later pages are still coming (the whole list still fails if a
   * later page shows it incomplete). The items handed over are not kept (at 3,000 projects, each raw
   * project with its lead and avatar links, they outlived every read they started): the list resolves
   * empty.
   */
  onPage?: (values: readonly unknown[]) => void;
}

export interface PageCall {
  http: JiraHttp;
  path: string;
  query?: Query;
  context: DiagnosticContext;
}

function incomplete(call: PageCall, detail: string, startAt: number): JiraError {
  return new JiraError(
    diagnoseNetwork(
      {
        method: 'GET',
        path: `${call.http.apiPath(call.path)}?startAt=${String(startAt)}`,
        kind: 'incomplete',
        outcome: 'rejected',
        detail,
      },
      call.context,
    ),
  );
}

export async function readAllPages(call: PageCall, options: PageOptions): Promise<unknown[]> {
  const values: unknown[] = [];
  let count = 0;
  const maxPages = options.maxPages ?? 10_000;
  let startAt = 0;
  let announcedTotal: number | undefined;
  let previousPage: string | undefined;
  let totalsArePerPage = false;
  let totalIsWhole = false;
  let sawNextPage = false;
  const ask = (from: number): ReturnType<JiraHttp['get']> =>
    call.http.get(call.path, { ...call.query, startAt: from, maxResults: options.pageSize });
  let pending = ask(0);
  for (let page = 0; page < maxPages; page++) {
    const response = await pending;
    const body = response.body;
    const pageValues = isObject(body) ? arrayField(body, 'values') : undefined;
    if (!isObject(body) || pageValues === undefined) {
      throw incomplete(call, 'the answer is not a page ({"values": [...]})', startAt);
    }
    const grantedStart = intField(body, 'startAt');
    if (grantedStart !== undefined && grantedStart !== startAt) {
      throw incomplete(
        call,
        `asked for items from ${String(startAt)}, got a page starting at ${String(grantedStart)}`,
        startAt,
      );
    }
    const total = intField(body, 'total');
    // The PageBean schema describes `total` as "the number of items returned": a server may mean this
    // page's count rather than the whole list's. A total smaller than what this page reaches cannot be
    // the whole list's, so from then on totals are ignored and isLast (or an empty page) decides.
    if (total !== undefined && total < startAt + pageValues.length) totalsArePerPage = true;
    if (totalsArePerPage) announcedTotal = undefined;
    else if (total !== undefined) {
      if (announcedTotal !== undefined && total !== announcedTotal) {
        throw incomplete(
          call,
          `the total changed from ${String(announcedTotal)} to ${String(total)} while reading`,
          startAt,
        );
      }
      announcedTotal = total;
      if (total > pageValues.length) totalIsWhole = true;
    }
    const granted = intField(body, 'maxResults');
    const isLast = boolField(body, 'isLast');
    const nextPage = body['nextPage'];
    const hasNextPage = typeof nextPage === 'string' && nextPage !== '';
    if (hasNextPage) sawNextPage = true;
    // One by one: spreading a page into push() overflows the stack past about 100,000 items.
    if (options.onPage === undefined) for (const value of pageValues) values.push(value);
    count += pageValues.length;
    startAt += pageValues.length;

    // A server that ignores startAt answers the same page again: stop rather than read it forever, and
    // before asking whether the list is done, since a total of two pages is reached by the repeat too.
    const fingerprint = pageFingerprint(pageValues);
    if (fingerprint === previousPage) {
      throw incomplete(
        call,
        'the same page came back for a later startAt (the server ignores startAt)',
        startAt,
      );
    }
    previousPage = fingerprint;

    const done = pageEnds({
      count: pageValues.length,
      read: startAt,
      ...(isLast === undefined ? {} : { isLast }),
      hasNextPage,
      sawNextPage,
      ...(announcedTotal === undefined ? {} : { total: announcedTotal, totalIsWhole }),
      ...(granted === undefined ? {} : { granted }),
    });

    if (done) {
      options.onPage?.(pageValues);
      // `isLast: true` is Jira's own word that nothing follows: a total that differs may count what the
      // answer leaves out (inactive members) or be this page's count, so it is not held against it. Without
      // it, a list that ended short of the total it announced (an empty page, no next page) is incomplete.
      if (isLast !== true && announcedTotal !== undefined && count !== announcedTotal) {
        throw incomplete(
          call,
          `Jira announced ${String(announcedTotal)} items but returned ${String(count)}`,
          startAt,
        );
      }
      return values;
    }
    if (page + 1 >= maxPages) break;
    // The next page is asked for before the caller hears of this one: the reads `onPage` starts queue
    // behind it, so the next page is not left to go out alone after them (at 10 in flight and 50 items
    // a page, one round trip in six carried a single request).
    pending = ask(startAt);
    pending.catch(() => undefined); // awaited at the top of the loop
    options.onPage?.(pageValues);
  }
  throw incomplete(call, `more than ${String(maxPages)} pages`, startAt);
}
