import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

import { referencePath } from '../support/reference.js';

/**
 * Validates simulator answers against Atlassian's OpenAPI description of the same operations
 * (the subset copied into `__tests__/reference/`).
 */

const SCHEMA_ID = 'https://jira-perms.test/openapi.json';

type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** OpenAPI 3.0 → JSON Schema: refs pointed at our schema id, `nullable` turned into a null type. */
function convert(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(convert);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, JsonValue> = {};
  for (const [key, child] of Object.entries(value)) {
    if (key === '$ref' && typeof child === 'string' && child.startsWith('#/components/schemas/')) {
      out[key] = `${SCHEMA_ID}${child}`;
    } else if (key === 'nullable' || key === 'example' || key === 'xml') {
      continue;
    } else {
      out[key] = convert(child);
    }
  }
  if (value['nullable'] === true && typeof value['type'] === 'string') out['type'] = [value['type'], 'null'];
  return out;
}

interface Operation {
  responses: Record<string, { content?: Record<string, { schema?: JsonValue }> }>;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, JsonValue> };
}

export class OpenApi {
  readonly document: OpenApiDocument;
  private readonly ajv: Ajv;
  private readonly cache = new Map<string, ValidateFunction>();

  constructor() {
    this.document = JSON.parse(
      readFileSync(referencePath('jira-platform-openapi-subset.json'), 'utf8'),
    ) as OpenApiDocument;
    this.ajv = new Ajv({ strict: false, allErrors: true });
    const addFormats = addFormatsModule as unknown as { default: (ajv: Ajv) => void };
    addFormats.default(this.ajv);
    const schemas: Record<string, JsonValue> = {};
    for (const [name, schema] of Object.entries(this.document.components.schemas))
      schemas[name] = convert(schema);
    this.ajv.addSchema({ $id: SCHEMA_ID, components: { schemas } });
  }

  /** The documented response schema, or undefined when the operation documents none for that status. */
  responseSchema(method: string, path: string, status: number): JsonValue | undefined {
    const operation = this.document.paths[path]?.[method.toLowerCase()];
    if (operation === undefined) throw new Error(`the reference has no operation ${method} ${path}`);
    const response = operation.responses[String(status)];
    const schema = response?.content?.['application/json']?.schema;
    return schema === undefined ? undefined : convert(schema);
  }

  /** Whether the operation documents this status code at all. */
  documentsStatus(method: string, path: string, status: number): boolean {
    return this.document.paths[path]?.[method.toLowerCase()]?.responses[String(status)] !== undefined;
  }

  private compile(key: string, schema: JsonValue): ValidateFunction {
    let validate = this.cache.get(key);
    if (validate === undefined) {
      validate = this.ajv.compile(schema as object);
      this.cache.set(key, validate);
    }
    return validate;
  }

  /** Validation errors (empty when valid) of `body` against the operation's response for `status`. */
  check(method: string, path: string, status: number, body: unknown): string[] {
    const schema = this.responseSchema(method, path, status);
    const validate =
      schema === undefined
        ? this.component('ErrorCollection')
        : this.compile(`${method} ${path} ${String(status)}`, schema);
    return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
  }

  /** A validator for one component schema, e.g. `GroupName`. */
  component(name: string): ValidateFunction {
    return this.compile(`component ${name}`, { $ref: `${SCHEMA_ID}#/components/schemas/${name}` });
  }

  checkComponent(name: string, value: unknown): string[] {
    const validate = this.component(name);
    return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
  }
}
