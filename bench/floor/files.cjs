// The scheme files under a folder, as the floor processes read them: every .yml/.yaml file, depth
// first, in name order. Shared by the floors of validate and plan.
'use strict';
const { readdirSync } = require('node:fs');
const { join } = require('node:path');

function schemeFiles(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return schemeFiles(path);
      return /\.ya?ml$/.test(entry.name) ? [path] : [];
    });
}

module.exports = { schemeFiles };
