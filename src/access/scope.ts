import { grantKeys, type Holder } from '../model/holder.js';
import type { Plan, PlanChange } from '../model/plan.js';
import type { Grant, LiveScheme, ProjectRef } from '../model/scheme.js';
import { compareText } from '../plan/order.js';

/**
 * Which projects and permissions effective access must look at: every project whose scheme changes
 * (grants added or removed, or the project moved onto another scheme), and in it every permission whose
 * set of holders differs between the live scheme and the planned one. Pure: the plan, the live schemes
 * and the projects per scheme in; the grants before and after, per project and permission, out.
 */

/**
 * One permission in one project whose holders change: every holder before and after, not only the changed
 * ones. Read-only: a scope is shared by every project on its scheme, and `permissionParts` keeps its parts
 * by the scope object (src/access/compute.ts), so a change to one would leave them stale.
 */
export interface PermissionScope {
  readonly permission: string;
  /** The live scheme's grants of this permission (one per holder). */
  readonly before: readonly Grant[];
  /** The planned scheme's grants of this permission (one per holder). */
  readonly after: readonly Grant[];
}

export interface ProjectScope {
  project: ProjectRef;
  /** The scheme the project uses after the plan. */
  scheme: string;
  /** When the project moves: the scheme it uses now. */
  fromScheme?: string;
  /** Sorted by key. */
  permissions: PermissionScope[];
}

export interface ScopeInput {
  plan: Pick<Plan, 'changes'>;
  live: readonly LiveScheme[];
  /** Projects per live scheme id: at least for the schemes the plan changes. */
  projectsByScheme: ReadonlyMap<number, readonly ProjectRef[]>;
}

export function accessScope(input: ScopeInput): ProjectScope[] {
  const liveById = new Map(input.live.map((scheme) => [scheme.id, scheme]));
  const changes = input.plan.changes;
  const grantChanges = changes.filter(
    (change) => change.action === 'add-grant' || change.action === 'remove-grant',
  );
  const keyOf = grantKeys(knownHolders(input.live, grantChanges));

  /** The grants a scheme has after the plan: live ones, less the removed ones, plus the added ones. */
  // The grant changes per scheme (by id; a scheme to create by name), gathered once: a plan at scale
  // changes thousands of grants over a thousand schemes.
  const changesByScheme = new Map<string, typeof grantChanges>();
  const schemeKey = (scheme: string, schemeId: number | null): string =>
    schemeId === null ? `name:${scheme}` : `id:${String(schemeId)}`;
  for (const change of grantChanges) {
    const key = schemeKey(change.scheme, change.schemeId);
    const list = changesByScheme.get(key) ?? [];
    list.push(change);
    changesByScheme.set(key, list);
  }
  const plannedGrants = (scheme: string, schemeId: number | null): Grant[] => {
    const mine = changesByScheme.get(schemeKey(scheme, schemeId)) ?? [];
    const removed = new Set(
      mine.filter((change) => change.action === 'remove-grant').map((change) => change.grantId),
    );
    const live = schemeId === null ? [] : (liveById.get(schemeId)?.grants ?? []);
    const kept: Grant[] = live.filter((grant) => !removed.has(grant.id));
    const added = mine.flatMap((change): Grant[] =>
      change.action === 'add-grant' && change.permission !== undefined && change.holder !== undefined
        ? [
            {
              permission: change.permission,
              holder: change.holder,
              ...(change.label !== undefined ? { label: change.label } : {}),
            },
          ]
        : [],
    );
    return [...kept, ...added];
  };

  const scopes: ProjectScope[] = [];
  const projectById = new Map(
    [...input.projectsByScheme.values()].flatMap((projects) =>
      projects.map((project) => [project.id, project]),
    ),
  );
  const moves = changes.filter((change) => change.action === 'assign-project');
  const moved = new Set(moves.map((move) => move.projectId));
  const changedSchemes = new Map<number, string>();
  for (const change of grantChanges) {
    if (change.schemeId !== null) changedSchemes.set(change.schemeId, change.scheme);
  }
  for (const [schemeId, scheme] of changedSchemes) {
    const before = liveById.get(schemeId)?.grants ?? [];
    const after = plannedGrants(scheme, schemeId);
    // The same for every project on the scheme (read-only from here on): computed once per scheme.
    const permissions = changedPermissions(before, after, keyOf, touchedPermissions(before, after));
    if (permissions.length === 0) continue;
    for (const project of input.projectsByScheme.get(schemeId) ?? []) {
      if (moved.has(project.id)) continue;
      scopes.push({ project, scheme, permissions });
    }
  }
  for (const move of moves) {
    const from =
      move.fromSchemeId === null || move.fromSchemeId === undefined
        ? undefined
        : liveById.get(move.fromSchemeId);
    const permissions = changedPermissions(
      from?.grants ?? [],
      plannedGrants(move.scheme, move.schemeId),
      keyOf,
    );
    if (permissions.length === 0) continue;
    scopes.push({
      project: projectById.get(move.projectId ?? '') ?? { id: move.projectId ?? '', key: move.project ?? '' },
      scheme: move.scheme,
      ...((move.fromScheme ?? from?.name) === undefined
        ? {}
        : { fromScheme: move.fromScheme ?? from?.name ?? '' }),
      permissions,
    });
  }
  return scopes.sort((a, b) => compareText(a.project.key, b.project.key));
}

/**
 * Every holder the live schemes and the grant changes name, one at a time: at scale a list of them all
 * was two arrays of 60,000 grants, each too large for the young generation (allocated straight into the
 * large-object space, pages of their own), made only to be walked once.
 */
function* knownHolders(
  live: readonly LiveScheme[],
  changes: readonly Pick<PlanChange, 'permission' | 'holder'>[],
): Generator<{ holder: Holder }> {
  for (const scheme of live) yield* scheme.grants;
  for (const change of changes) {
    if (change.permission !== undefined && change.holder !== undefined) yield { holder: change.holder };
  }
}

/**
 * The permissions that may differ between a scheme's live grants and its planned ones: those of the
 * grants one side has and the other does not. At scale a scheme changes a few of its 60 grants, and
 * comparing every permission of 1,000 schemes made 40 MB of keys and maps for nothing. The planned
 * grants are the live ones (the same objects, in order) less those removed, plus those added: walked
 * side by side, a live grant that is not next on the planned side was removed, and what is left of the
 * planned side was added. Had the planned side another order, more would be marked, never fewer (a
 * permission whose grants are the same objects in the same order on both sides is never marked, and
 * only such a permission is left out), so the answer stays right, only slower.
 */
function touchedPermissions(before: readonly Grant[], after: readonly Grant[]): Set<string> {
  const touched = new Set<string>();
  let next = 0;
  for (const grant of before) {
    if (after[next] === grant) next += 1;
    else touched.add(grant.permission);
  }
  for (; next < after.length; next += 1) touched.add(after[next]?.permission ?? '');
  return touched;
}

/**
 * Permissions whose holder sets differ, each with every holder on both sides (duplicates dropped);
 * `only`: the permissions that may differ (the others are the same on both sides).
 */
export function changedPermissions(
  before: readonly Grant[],
  after: readonly Grant[],
  keyOf: (grant: Grant) => string,
  only?: ReadonlySet<string>,
): PermissionScope[] {
  const byPermission = (grants: readonly Grant[]): Map<string, Map<string, Grant>> => {
    const map = new Map<string, Map<string, Grant>>();
    for (const grant of grants) {
      if (only !== undefined && !only.has(grant.permission)) continue;
      const holders = map.get(grant.permission) ?? new Map<string, Grant>();
      const key = keyOf(grant);
      if (!holders.has(key)) holders.set(key, grant);
      map.set(grant.permission, holders);
    }
    return map;
  };
  const was = byPermission(before);
  const will = byPermission(after);
  const permissions = [...new Set([...was.keys(), ...will.keys()])].sort(compareText);
  const result: PermissionScope[] = [];
  for (const permission of permissions) {
    const left = was.get(permission) ?? new Map<string, Grant>();
    const right = will.get(permission) ?? new Map<string, Grant>();
    const same = left.size === right.size && [...left.keys()].every((key) => right.has(key));
    if (!same) result.push({ permission, before: [...left.values()], after: [...right.values()] });
  }
  return result;
}
