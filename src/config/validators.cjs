// The compiled schema validators (src/generated/schema-validators.cjs, with ajv's runtime helpers),
// loaded on first use rather than with the loader: every file the hand-written check of
// scheme-check.ts answers for is valid without them, and most runs never call them. A `require` inside
// a function stays lazy in the bundles too (ncc keeps the module, and runs it when first asked).
'use strict';

let loaded;

exports.validators = function validators() {
  if (loaded === undefined) loaded = require('../generated/schema-validators.cjs');
  return loaded;
};
