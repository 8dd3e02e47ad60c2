import type { CallOutcome, JiraWriter, NewScheme, PermissionCatalogueEntry } from '../../src/jira/api.js';
import { grantKey } from '../../src/model/holder.js';
import type { Grant, LiveGrant, LiveScheme, ProjectRef } from '../../src/model/scheme.js';

/**
 * An in-memory JiraWriter for the executor's pure unit tests (ordering, journal, retry decisions). The
 * HTTP tests use the real client against the simulator; this one only lets a test script each call's
 * answer exactly.
 */

export class FakeJiraError extends Error {
  constructor(
    message: string,
    readonly outcome: CallOutcome,
    readonly status?: number,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

export type WriteCall =
  | { op: 'create'; name: string }
  | { op: 'update'; schemeId: number }
  | { op: 'add'; schemeId: number; key: string }
  | { op: 'remove'; schemeId: number; grantId: number }
  | { op: 'delete'; schemeId: number }
  | { op: 'assign'; project: string; schemeId: number };

/**
 * A scripted fault for one write: `before` fails without doing it, `after` does it then fails (a commit
 * whose answer was lost), `hang` never answers.
 */
export type Fault =
  { when: 'before'; error: FakeJiraError } | { when: 'after'; error: FakeJiraError } | { when: 'hang' };

export class FakeJira implements JiraWriter {
  readonly apiVersion = '3' as const;
  readonly calls: WriteCall[] = [];
  readonly schemes = new Map<number, LiveScheme>();
  projects = new Map<number, ProjectRef[]>();
  /** Grants Jira adds on its own to every new scheme. */
  defaultGrants: Grant[] = [];
  /** Grants Jira silently drops from a create request. */
  dropOnCreate = new Set<string>();
  private faults: { match: (call: WriteCall) => boolean; fault: Fault }[] = [];
  private nextScheme = 20000;
  private nextGrant = 50000;

  constructor(schemes: LiveScheme[] = []) {
    for (const scheme of schemes) this.schemes.set(scheme.id, structuredClone(scheme));
  }

  fail(match: (call: WriteCall) => boolean, fault: Fault): void {
    this.faults.push({ match, fault });
  }

  writes(op?: WriteCall['op']): WriteCall[] {
    return op === undefined ? this.calls : this.calls.filter((call) => call.op === op);
  }

  private async write<T>(call: WriteCall, effect: () => T): Promise<T> {
    this.calls.push(call);
    const index = this.faults.findIndex((candidate) => candidate.match(call));
    const found = index === -1 ? undefined : this.faults.splice(index, 1)[0];
    if (found?.fault.when === 'hang') return new Promise<T>(() => undefined);
    if (found?.fault.when === 'before') throw found.fault.error;
    const value = effect();
    if (found?.fault.when === 'after') throw found.fault.error;
    return Promise.resolve(value);
  }

  listPermissionSchemes(): Promise<LiveScheme[]> {
    return Promise.resolve([...this.schemes.values()].map((scheme) => structuredClone(scheme)));
  }

  getPermissionScheme(schemeId: number): Promise<LiveScheme | undefined> {
    const scheme = this.schemes.get(schemeId);
    return Promise.resolve(scheme === undefined ? undefined : structuredClone(scheme));
  }

  getPermissionCatalogue(): Promise<PermissionCatalogueEntry[]> {
    return Promise.resolve([]);
  }

  getProjectsByScheme(): Promise<Map<number, ProjectRef[]>> {
    return Promise.resolve(new Map(this.projects));
  }

  getProjectSchemeId(projectKeyOrId: string): Promise<number> {
    for (const [schemeId, projects] of this.projects) {
      if (projects.some((p) => p.key === projectKeyOrId || p.id === projectKeyOrId))
        return Promise.resolve(schemeId);
    }
    return Promise.reject(new FakeJiraError('no such project', 'rejected', 404));
  }

  assignPermissionScheme(projectKeyOrId: string, schemeId: number): Promise<void> {
    return this.write({ op: 'assign', project: projectKeyOrId, schemeId }, () => {
      if (!this.schemes.has(schemeId)) throw new FakeJiraError('no such scheme', 'rejected', 404);
      let moved: ProjectRef | undefined;
      for (const [id, projects] of this.projects) {
        const index = projects.findIndex((p) => p.key === projectKeyOrId || p.id === projectKeyOrId);
        if (index === -1) continue;
        [moved] = projects.splice(index, 1);
        this.projects.set(id, projects);
      }
      if (moved === undefined) throw new FakeJiraError('no such project', 'rejected', 404);
      this.projects.set(schemeId, [...(this.projects.get(schemeId) ?? []), moved]);
    });
  }

  private grant(grant: Grant): LiveGrant {
    return { id: this.nextGrant++, permission: grant.permission, holder: { ...grant.holder } };
  }

  createPermissionScheme(scheme: NewScheme): Promise<LiveScheme> {
    return this.write({ op: 'create', name: scheme.name }, () => {
      const kept = scheme.grants.filter(
        (grant) => !this.dropOnCreate.has(grantKey(grant.permission, grant.holder)),
      );
      const live: LiveScheme = {
        id: this.nextScheme++,
        name: scheme.name,
        grants: [...kept, ...this.defaultGrants].map((grant) => this.grant(grant)),
      };
      if (scheme.description !== undefined) live.description = scheme.description;
      this.schemes.set(live.id, live);
      return structuredClone(live);
    });
  }

  updatePermissionSchemeDetails(
    schemeId: number,
    details: { name: string; description?: string },
  ): Promise<void> {
    return this.write({ op: 'update', schemeId }, () => {
      const scheme = this.schemes.get(schemeId);
      if (scheme === undefined) throw new FakeJiraError('no such scheme', 'rejected', 404);
      scheme.name = details.name;
      if (details.description !== undefined) scheme.description = details.description;
    });
  }

  createPermissionGrant(schemeId: number, grant: Grant): Promise<LiveGrant> {
    const key = grantKey(grant.permission, grant.holder);
    return this.write({ op: 'add', schemeId, key }, () => {
      const scheme = this.schemes.get(schemeId);
      if (scheme === undefined) throw new FakeJiraError('no such scheme', 'rejected', 404);
      if (scheme.grants.some((live) => grantKey(live.permission, live.holder) === key)) {
        throw new FakeJiraError('The permission grant already exists', 'rejected', 400);
      }
      const live = this.grant(grant);
      scheme.grants.push(live);
      return structuredClone(live);
    });
  }

  deletePermissionGrant(schemeId: number, grantId: number): Promise<void> {
    return this.write({ op: 'remove', schemeId, grantId }, () => {
      const scheme = this.schemes.get(schemeId);
      const index = scheme?.grants.findIndex((grant) => grant.id === grantId) ?? -1;
      if (scheme === undefined || index === -1) throw new FakeJiraError('no such grant', 'rejected', 400);
      scheme.grants.splice(index, 1);
    });
  }

  deletePermissionScheme(schemeId: number): Promise<void> {
    return this.write({ op: 'delete', schemeId }, () => {
      if (!this.schemes.delete(schemeId)) throw new FakeJiraError('no such scheme', 'rejected', 404);
    });
  }
}
