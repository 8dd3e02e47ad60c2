import { deleteAccessHint, writeAccessHint } from '../apply/failure.js';
import type { JiraWriter } from '../jira/api.js';
import { JiraError, errorMessage } from '../jira/errors.js';

/**
 * `doctor --write-check`: proves that the token may write and delete permission schemes, the two
 * kinds of access apply needs beyond reading, and leaves nothing behind.
 *
 * 1. Probes that change nothing: an update and a delete of a scheme id no site has. A 404 (or 400) means
 *    the request passed the access checks and only the scheme was missing; 401/403 means the access is
 *    refused. A refusal stops here, before anything is created: a scheme the token could create but not
 *    delete would stay behind.
 * 2. The proof: a throwaway scheme `jira-perms doctor check <time>` (no grants, no project uses it) is
 *    created, deleted, and read again to see it is gone.
 */

/** No Jira site has a permission scheme with this id (ids count up from 10000). */
export const PROBE_SCHEME_ID = Number.MAX_SAFE_INTEGER;

export interface WriteCheckResult {
  status: 'pass' | 'fail';
  detail: string;
  fix?: string;
  needs?: string;
}

type ProbeOutcome =
  { kind: 'allowed' } | { kind: 'refused'; error: JiraError } | { kind: 'failed'; error: unknown };

function refused(error: unknown): error is JiraError {
  return error instanceof JiraError && (error.status === 401 || error.status === 403);
}

async function probe(call: () => Promise<unknown>): Promise<ProbeOutcome> {
  try {
    await call();
    return { kind: 'allowed' };
  } catch (error) {
    if (refused(error)) return { kind: 'refused', error };
    if (error instanceof JiraError && (error.status === 404 || error.status === 400))
      return { kind: 'allowed' };
    return { kind: 'failed', error };
  }
}

function failed(what: string, error: unknown, extra = ''): WriteCheckResult {
  const said =
    error instanceof JiraError && error.jiraMessage !== undefined ? ` (Jira said: ${error.jiraMessage})` : '';
  const detail =
    error instanceof JiraError
      ? `${what}: ${error.call}: ${error.summary}${said}${extra}`
      : `${what}: ${errorMessage(error)}${extra}`;
  const result: WriteCheckResult = { status: 'fail', detail };
  if (error instanceof JiraError) {
    if (error.fixes.length > 0) result.fix = error.fixes.join('\n');
    if (error.needs !== undefined) result.needs = error.needs;
  }
  return result;
}

function refusal(write: ProbeOutcome, del: ProbeOutcome): WriteCheckResult {
  const status = (outcome: ProbeOutcome): string =>
    outcome.kind === 'refused' ? String(outcome.error.status) : 'allowed';
  const answers = `PUT: ${status(write)}, DELETE: ${status(del)}`;
  const nothing = 'Nothing was created.';
  const fixes: string[] = [];
  const needs: string[] = [];
  if (write.kind === 'refused') {
    fixes.push(writeAccessHint());
    if (write.error.needs !== undefined) needs.push(write.error.needs);
  }
  if (del.kind === 'refused') {
    fixes.push(deleteAccessHint('scheme'));
    if (del.error.needs !== undefined) needs.push(del.error.needs);
  }
  let detail: string;
  if (write.kind === 'refused' && del.kind === 'refused') {
    detail = `the token may neither write nor delete permission schemes (${answers}): apply cannot change anything. ${nothing}`;
  } else if (write.kind === 'refused') {
    detail = `the token may not write permission schemes (${answers}): apply cannot create schemes or add grants. ${nothing}`;
  } else {
    detail =
      `the token may write but not delete permission schemes (${answers}): apply would add grants, then stop at the first removal. ` +
      `${nothing} (a throwaway scheme it could not delete would have stayed behind)`;
  }
  return {
    status: 'fail',
    detail,
    fix: fixes.join('\n'),
    ...(needs.length > 0 ? { needs: needs.join('; ') } : {}),
  };
}

const LEFT_BEHIND_FIX =
  'Delete it in Jira (Settings → Issues → Permission schemes) or with a token that may delete; no project uses it.';

/** Finds a scheme created by a request whose answer was lost, and deletes it. */
async function cleanUpByName(writer: JiraWriter, name: string): Promise<string> {
  try {
    const found = (await writer.listPermissionSchemes()).filter((scheme) => scheme.name === name);
    for (const scheme of found) await writer.deletePermissionScheme(scheme.id);
    return found.length === 0 ? ' It was not created.' : ' It was created after all, and is deleted again.';
  } catch (error) {
    return ` Whether it was created is unknown (${errorMessage(error)}): look for "${name}" in Jira and delete it.`;
  }
}

export async function runWriteCheck(writer: JiraWriter, now: Date): Promise<WriteCheckResult> {
  const name = `jira-perms doctor check ${now.toISOString().replace(/\.\d+Z$/, 'Z')}`;
  const write = await probe(() => writer.updatePermissionSchemeDetails(PROBE_SCHEME_ID, { name }));
  if (write.kind === 'failed') return failed('the write probe failed', write.error, ' Nothing was created.');
  const del = await probe(() => writer.deletePermissionScheme(PROBE_SCHEME_ID));
  if (del.kind === 'failed') return failed('the delete probe failed', del.error, ' Nothing was created.');
  if (write.kind === 'refused' || del.kind === 'refused') return refusal(write, del);

  let id: number;
  try {
    const created = await writer.createPermissionScheme({
      name,
      description:
        'Made by jira-perms doctor --write-check to prove write and delete access, and deleted at once.',
      grants: [],
    });
    id = created.id;
  } catch (error) {
    if (refused(error)) return refusal({ kind: 'refused', error }, del);
    const unknown = error instanceof JiraError && error.outcome === 'unknown';
    return failed(
      `creating the throwaway scheme "${name}" failed`,
      error,
      unknown ? await cleanUpByName(writer, name) : ' Nothing was created.',
    );
  }

  try {
    await writer.deletePermissionScheme(id);
  } catch (error) {
    const gone =
      error instanceof JiraError &&
      error.outcome === 'unknown' &&
      (await writer.getPermissionScheme(id).catch(() => null)) === undefined;
    if (!gone) {
      const result = failed(
        `created the throwaway scheme "${name}" (id ${String(id)}) but could not delete it`,
        error,
        ' It is left behind.',
      );
      result.fix = [LEFT_BEHIND_FIX, result.fix ?? ''].filter((line) => line !== '').join('\n');
      return result;
    }
  }
  const still = await writer.getPermissionScheme(id).catch(() => null);
  if (still !== undefined) {
    return {
      status: 'fail',
      detail: `deleted the throwaway scheme "${name}" (id ${String(id)}), but ${still === null ? 'could not read it back' : 'Jira still lists it'}`,
      fix: LEFT_BEHIND_FIX,
    };
  }
  return {
    status: 'pass',
    detail: `created and deleted the throwaway scheme "${name}" (id ${String(id)}): the token may write and delete permission schemes`,
  };
}
