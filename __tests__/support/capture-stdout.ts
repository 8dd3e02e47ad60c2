/** What the code under test writes to stdout, kept instead of printed (the one writer is `process.stdout.write`). */
import { jest } from '@jest/globals';

export function captureStdout(): { text: () => string; restore: () => void } {
  let written = '';
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written += String(chunk);
    return true;
  });
  return {
    text: () => written,
    restore: () => {
      spy.mockRestore();
    },
  };
}
