import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';

import holderSchema from '../../schemas/holder.schema.json' with { type: 'json' };
import permissionSchemeSchema from '../../schemas/permission-scheme.schema.json' with { type: 'json' };
import permissionsSchema from '../../schemas/permissions.schema.json' with { type: 'json' };
import settingsSchema from '../../schemas/settings.schema.json' with { type: 'json' };

export const SCHEMA_IDS = {
  holder: holderSchema.$id,
  permissions: permissionsSchema.$id,
  permissionScheme: permissionSchemeSchema.$id,
  settings: settingsSchema.$id,
} as const;

/** The published schemas, as the package ships them (for tests and for `$schema` hints). */
export const SCHEMAS = {
  holder: holderSchema,
  permissions: permissionsSchema,
  permissionScheme: permissionSchemeSchema,
  settings: settingsSchema,
} as const;

/**
 * Keywords the schemas carry for editors and for people (VS Code's `enumDescriptions`; the category and
 * product of each built-in permission). Registered so that strict mode accepts them; they validate nothing.
 */
const ANNOTATION_KEYWORDS = ['enumDescriptions', 'x-category', 'x-product'];

export interface Validators {
  /** Scheme file, stopping at the first error: the fast yes/no every file goes through. */
  schemeCheck: ValidateFunction;
  /** Scheme file, every error (for files that failed the check; see collectSchemeErrors). */
  scheme: ValidateFunction;
  /** One holder entry, every error. */
  holder: ValidateFunction;
  settings: ValidateFunction;
}

let validators: Validators | undefined;

function newAjv(allErrors: boolean): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors, verbose: allErrors });
  ajv.addVocabulary(ANNOTATION_KEYWORDS);
  ajv.addSchema(holderSchema);
  ajv.addSchema(permissionsSchema);
  return ajv;
}

/** The compiled validators: compiled once per process, on first use. */
export function getValidators(): Validators {
  if (validators !== undefined) return validators;
  const all = newAjv(true);
  const holder = all.getSchema(holderSchema.$id);
  if (holder === undefined) throw new Error('holder.schema.json did not compile');
  validators = {
    schemeCheck: newAjv(false).compile(permissionSchemeSchema),
    scheme: all.compile(permissionSchemeSchema),
    holder,
    settings: all.compile(settingsSchema),
  };
  return validators;
}

const escapePointer = (segment: string): string => segment.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * Every schema error of a scheme file that failed {@link Validators.schemeCheck}, collected piece by
 * piece: the file without its grants, then each permission's list, then each holder entry on its own.
 * One whole-file pass would do, but ajv concatenates the error arrays of every failing `$ref` call, which
 * is quadratic in the number of failing holders; pieces keep it linear. Stops once `holderLimit` holder
 * entries have failed (a file with that many mistakes is likely not a scheme file).
 */
export function collectSchemeErrors(value: unknown, holderLimit: number): ErrorObject[] {
  const { scheme, holder } = getValidators();
  const errors: ErrorObject[] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    scheme(value);
    return [...(scheme.errors ?? [])];
  }
  const file = value as Record<string, unknown>;
  const grants = file.grants;
  const grantsIsMapping = typeof grants === 'object' && grants !== null && !Array.isArray(grants);
  if (!scheme(grantsIsMapping ? { ...file, grants: {} } : file)) errors.push(...(scheme.errors ?? []));
  if (!grantsIsMapping) return errors;
  let failedHolders = 0;
  for (const [permission, holders] of Object.entries(grants as Record<string, unknown>)) {
    const base = `/grants/${escapePointer(permission)}`;
    if (!Array.isArray(holders) || holders.length === 0) {
      // The list itself is wrong (not a list, or empty): check it alone, in a file that is otherwise fine.
      if (!scheme({ name: 'x', grants: { [permission]: holders } })) {
        errors.push(...(scheme.errors ?? []).filter((error) => error.instancePath.startsWith(base)));
      }
      continue;
    }
    for (let index = 0; index < holders.length; index++) {
      if (holder(holders[index])) continue;
      const at = `${base}/${index}`;
      for (const error of holder.errors ?? [])
        errors.push({ ...error, instancePath: at + error.instancePath });
      if (++failedHolders >= holderLimit) return errors;
    }
  }
  return errors;
}

export type { ErrorObject };
