import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { exportFiles, readerFor, temporaryDir, treeOf, withSimulator } from './helpers.js';

/**
 * The files export writes for the simulator's default seed, byte for byte. They were read as a reader
 * would read them; a change here is a change in what every adopting team gets, so it should be looked at.
 * Regenerate after an intended change with:
 *
 *   UPDATE_GOLDEN=1 npm run test:unit -- __tests__/export/golden.test.ts
 */

const GOLDEN = path.join(import.meta.dirname, '..', 'golden', 'export');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

describe('golden files', () => {
  it('exports the default seed exactly as the golden files say', async () => {
    const temporary = temporaryDir();
    cleanups.push(temporary.remove);
    await withSimulator(undefined, async (sim) => {
      await exportFiles({ cwd: temporary.dir, jira: readerFor(sim) });
    });
    // The schema copies are the tool's own schemas (checked in schema-copies.test.ts), not export's output.
    const written = Object.fromEntries(
      Object.entries(treeOf(temporary.dir)).filter(([file]) => !file.startsWith('.jira-permissions/')),
    );
    if (UPDATE) {
      rmSync(GOLDEN, { recursive: true, force: true });
      for (const [file, text] of Object.entries(written)) {
        mkdirSync(path.dirname(path.join(GOLDEN, file)), { recursive: true });
        writeFileSync(path.join(GOLDEN, file), text);
      }
    }
    const golden = treeOf(GOLDEN);
    expect(Object.keys(written)).toEqual(Object.keys(golden));
    for (const [file, text] of Object.entries(golden))
      expect(`${file}:\n${written[file] ?? ''}`).toBe(`${file}:\n${text}`);
  });
});
