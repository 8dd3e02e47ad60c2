import { createRequire } from 'node:module';

import { load as esmLoad, type load as Load } from 'js-yaml';

/**
 * The baseline parser: js-yaml's CommonJS build, which parses 2-3× faster on Node 20 than the ESM build
 * that `import` selects. A baseline must be the fastest bare parse available, whichever build the
 * product itself reaches, or the ratio flatters the product.
 */
export const bareLoad: typeof Load = (createRequire(import.meta.url)('js-yaml') as { load: typeof Load })
  .load;

/** The ESM build, as a plain `import` reaches it: recorded beside the baseline for comparison. */
export const esmBuildLoad: typeof Load = esmLoad;
