import type { ErrorObject } from 'ajv';

import type compiled from '../generated/schema-validators.cjs';

import lazy from './validators.cjs';

import { ANNOTATION_KEYWORDS, SCHEMA_IDS, SCHEMAS } from './schema-documents.js';

/** A validator as ajv's standalone code builds it: a plain function, with its last errors on itself. */
export type Validator = (typeof compiled)['scheme'];

export interface Validators {
  /** Scheme file, stopping at the first error: the fast yes/no every file goes through. */
  schemeCheck: Validator;
  /** Scheme file, every error (for files that failed the check; see collectSchemeErrors). */
  scheme: Validator;
  /** One holder entry, every error. */
  holder: Validator;
  settings: Validator;
}

/**
 * The validators, compiled from schemas/ at build time (scripts/schema-validators.ts, ajv's standalone
 * mode): compiling them at run time cost every run about a fifth of validating 2,000 files. Loaded on
 * the first call (see validators.cjs).
 */
export function getValidators(): Validators {
  return lazy.validators();
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
export { ANNOTATION_KEYWORDS, SCHEMA_IDS, SCHEMAS };
