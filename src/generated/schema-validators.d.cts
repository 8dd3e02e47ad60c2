import type { ErrorObject } from 'ajv';

/** A validator compiled by ajv's standalone mode: a plain function, its errors on itself. */
interface CompiledValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

declare const validators: {
  readonly schemeCheck: CompiledValidator;
  readonly scheme: CompiledValidator;
  readonly holder: CompiledValidator;
  readonly settings: CompiledValidator;
};

export = validators;
