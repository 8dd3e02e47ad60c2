/** The JSON schemas the package publishes, as documents (no validator here: see schemas.ts). */

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
export const ANNOTATION_KEYWORDS = ['enumDescriptions', 'x-category', 'x-product'] as const;
