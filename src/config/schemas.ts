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
  scheme: ValidateFunction;
  settings: ValidateFunction;
}

let validators: Validators | undefined;

/** The compiled validators: compiled once per process, on first use. */
export function getValidators(): Validators {
  if (validators !== undefined) return validators;
  const ajv = new Ajv2020({ strict: true, allErrors: true, verbose: true });
  ajv.addVocabulary(ANNOTATION_KEYWORDS);
  ajv.addSchema(holderSchema);
  ajv.addSchema(permissionsSchema);
  const scheme = ajv.compile(permissionSchemeSchema);
  const settings = ajv.compile(settingsSchema);
  validators = { scheme, settings };
  return validators;
}

export type { ErrorObject };
