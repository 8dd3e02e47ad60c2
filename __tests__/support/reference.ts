import { join, resolve } from 'node:path';

/**
 * The API descriptions the tests validate against, copied into the repository (see
 * `__tests__/reference/README.md` for source, version and licence), so that no test reads a file
 * outside the repository.
 */
export type ReferenceName =
  'jira-platform-openapi-subset.json' | 'github-rest-comments-subset.json' | 'sarif-schema-2.1.0.json';

const REFERENCE_DIR = resolve(import.meta.dirname, '..', 'reference');

export function referencePath(name: ReferenceName): string {
  return join(REFERENCE_DIR, name);
}
