import { writeFileSync } from 'node:fs';

import { SCHEMA_VALIDATORS_FILE, schemaValidatorsSource } from './schema-validators.js';

// `npm run schemas:compile`: rewrites the validators' standalone code after a change to schemas/.
writeFileSync(SCHEMA_VALIDATORS_FILE, schemaValidatorsSource());
process.stdout.write(`wrote ${SCHEMA_VALIDATORS_FILE}\n`);
