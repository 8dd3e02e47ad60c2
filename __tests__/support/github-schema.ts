import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';

import { referencePath } from './reference.js';

/**
 * Validators for the component schemas of GitHub's REST description (the subset the action uses),
 * so tests can check the stand-in's answers against GitHub's own description.
 */

const NAME = 'github-rest-comments-subset.json';

type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * Ajv reads OpenAPI's `nullable` only next to a `type`, and never lets null past an `enum`; the
 * description also puts it beside `allOf` and `$ref`. Those become `anyOf: [the schema, {type: null}]`.
 */
function nullables(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(nullables);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, JsonValue> = {};
  for (const [key, child] of Object.entries(value)) out[key] = nullables(child);
  if (out['nullable'] !== true) return out;
  // A nullable enum (`state_reason`) takes null too, as GitHub sends it.
  const allowed = out['enum'];
  if (Array.isArray(allowed) && !allowed.includes(null)) out['enum'] = [...allowed, null];
  if ('type' in out) return out;
  const { nullable: _nullable, ...rest } = out;
  return { anyOf: [rest, { type: 'null' }] };
}

let ajv: Ajv | undefined;

/** A validator for `#/components/schemas/{name}` (Ajv understands OpenAPI's `nullable`). */
export function githubSchema(name: string): ValidateFunction {
  if (ajv === undefined) {
    ajv = new Ajv({ strict: false, allErrors: true });
    addFormatsModule.default(ajv);
    ajv.addFormat('int64', true);
    ajv.addFormat('int32', true);
    const document = nullables(JSON.parse(readFileSync(referencePath(NAME), 'utf8')) as JsonValue) as object;
    ajv.addSchema({ ...document, $id: 'github' });
  }
  const validate = ajv.getSchema(`github#/components/schemas/${name}`);
  if (validate === undefined) throw new Error(`no schema ${name} in ${NAME}`);
  return validate;
}

/** Validation errors of `value` against the named component (empty when valid). */
export function githubErrors(name: string, value: unknown): string[] {
  const validate = githubSchema(name);
  return validate(value)
    ? []
    : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
}
