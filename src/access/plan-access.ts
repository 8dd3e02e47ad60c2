import type { AccessReport } from '../model/access.js';
import { computeAccess } from './compute.js';
import { readPeople, type AccessReader, type ReadProgress } from './read.js';
import { accessScope, type ScopeInput } from './scope.js';

/**
 * Effective access for a plan: which projects and permissions change (pure), the people reads they need
 * (and only those), then who gains and who loses (pure). No changed permission, no read.
 */
export async function planAccess(
  input: ScopeInput,
  reader: AccessReader,
  progress?: ReadProgress,
): Promise<AccessReport> {
  const scopes = accessScope(input);
  if (scopes.length === 0) return { changes: [], summary: { peopleGaining: 0, peopleLosing: 0 } };
  const wanted = scopes.map((scope) => ({
    project: scope.project,
    grants: scope.permissions.flatMap((permission) => [...permission.before, ...permission.after]),
  }));
  return computeAccess(scopes, await readPeople(wanted, reader, progress));
}
