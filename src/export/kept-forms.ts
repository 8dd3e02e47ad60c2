import { checkSchemeText } from '../config/load.js';
import type { JiraDirectory } from '../jira/api.js';
import { resolveSchemes } from '../jira/resolve.js';
import { grantKey, PARAMETERLESS_HOLDER_TYPES } from '../model/holder.js';
import type { HolderSpec } from '../model/spec.js';
import type { FileHolderValue } from './scheme-document.js';

/**
 * `export --force` over files people wrote: a holder they wrote their way (`group: jira-devs` rather
 * than `{name, id}`, `user: {email: ...}` rather than an account id, a role by id) is kept as written
 * when it names the grant Jira has. Which grant a holder names is decided by the resolver plan uses,
 * so "the same grant" means exactly what an empty plan means.
 */

/** What a holder entry of a file says after its type (undefined for a bare word). */
function writtenValue(holder: HolderSpec): FileHolderValue | undefined {
  if (PARAMETERLESS_HOLDER_TYPES.has(holder.type)) return undefined;
  switch (holder.type) {
    case 'applicationRole':
      return holder.key;
    case 'group':
      if (holder.name !== undefined && holder.id !== undefined) return { name: holder.name, id: holder.id };
      return holder.id !== undefined ? { id: holder.id } : (holder.name ?? '');
    case 'projectRole':
      if (holder.name !== undefined) return holder.name;
      return { id: /^[0-9]+$/u.test(holder.id ?? '') ? Number(holder.id) : (holder.id ?? '') };
    case 'user':
      return holder.email !== undefined ? { email: holder.email } : (holder.accountId ?? '');
    case 'userCustomField':
    case 'groupCustomField':
      return holder.field;
    default:
      return undefined;
  }
}

export interface KeptForm {
  value: FileHolderValue | undefined;
}

/**
 * For the existing files export replaces: grant key (`permission|holder`, as the planner matches grants)
 * -> the holder as the file writes it. Files that do not load, and holders that do not resolve, keep
 * nothing: export writes its own form for those grants.
 */
export async function keptHolderForms(
  files: readonly { path: string; text: string }[],
  directory: JiraDirectory,
  customPermissions: readonly string[],
): Promise<Map<string, Map<string, KeptForm>>> {
  const allowed = new Set(customPermissions);
  const loaded = files.flatMap((file) => {
    const spec = checkSchemeText(file.text, file.path, allowed).spec;
    return spec === undefined ? [] : [{ path: file.path, spec }];
  });
  const kept = new Map<string, Map<string, KeptForm>>();
  if (loaded.length === 0) return kept;
  const resolved = await resolveSchemes(
    loaded.map((file) => file.spec),
    directory,
    { customPermissions, checkPermissionCatalogue: false },
  );
  for (const [index, scheme] of resolved.schemes.entries()) {
    const path = loaded[index]?.path ?? '';
    const forms = new Map<string, KeptForm>();
    for (const [grantIndex, grant] of scheme.grants.entries()) {
      // The file grant it was resolved from (one of spec.grants), index for index.
      const written = scheme.grantSources?.[grantIndex];
      if (written !== undefined)
        forms.set(grantKey(grant.permission, grant.holder), { value: writtenValue(written.holder) });
    }
    kept.set(path, forms);
  }
  return kept;
}
