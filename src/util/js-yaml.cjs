// js-yaml's CommonJS build, reached through a CommonJS file so that bundlers and Node pick its
// "require" entry. Measured on Node 20: it parses 2-3x faster than the ESM build that `import` selects
// (README, Performance).
//
// Loaded on first use, not with this file: js-yaml builds its schemas when it loads, and most runs read
// every scheme file without it (src/config/yaml-fast.ts). A `require` inside a function stays lazy in
// the bundles too (ncc keeps the module, and runs it when the function first asks).
'use strict';

let loaded;

exports.jsYaml = function jsYaml() {
  if (loaded === undefined) loaded = require('js-yaml');
  return loaded;
};
