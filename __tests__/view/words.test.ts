/** `count` groups whole numbers itself (no Intl at start-up): it must read exactly as Intl's en-US. */
import { describe, expect, it } from '@jest/globals';

import { count, plural } from '../../src/view/words.js';

describe('count', () => {
  it('groups digits exactly as Intl.NumberFormat en-US does', () => {
    const intl = new Intl.NumberFormat('en-US');
    const values = [
      0, -0, 1, 12, 123, 999, 1000, 1200, 12_345, 100_000, 999_999, 1_000_000, 3_060, -1, -1234,
    ];
    values.push(Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 1.5, 1234.5678, 2 ** 60, Number.NaN);
    for (let value = 1; value < 1e15; value = value * 7 + 3) values.push(value);
    for (const value of values)
      expect(`${String(value)} ${count(value)}`).toBe(`${String(value)} ${intl.format(value)}`);
    expect(count(1200)).toBe('1,200');
  });

  it('keeps plural counts as plain digits', () => {
    expect(plural(5363, 'change')).toBe('5363 changes');
    expect(plural(1, 'policy', 'policies')).toBe('1 policy');
  });
});
