import type compiled from '../generated/schema-validators.cjs';

declare const lazy: {
  /** The compiled validators, loaded on the first call. */
  validators(): typeof compiled;
};

export = lazy;
