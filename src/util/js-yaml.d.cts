import type * as JsYaml from 'js-yaml';

declare const lazy: {
  /** js-yaml (its CommonJS build), loaded on the first call. */
  jsYaml(): typeof JsYaml;
};

export = lazy;
