import { describe, expect, it } from '@jest/globals';

import { BUILT_IN_PERMISSIONS, permissionOrder } from '../../src/model/permissions.js';

describe('permissionOrder', () => {
  it('puts built-ins in reference order (each key once), then app-defined keys by name', () => {
    const keys = BUILT_IN_PERMISSIONS.map((permission) => permission.key);
    expect(new Set(keys).size).toBe(keys.length);
    const shuffled = ['com.app:ZETA', ...[...keys].reverse(), 'com.app:ALPHA', keys[3] ?? ''];
    expect(shuffled.sort(permissionOrder)).toEqual([
      ...keys.slice(0, 4),
      keys[3],
      ...keys.slice(4),
      'com.app:ALPHA',
      'com.app:ZETA',
    ]);
    expect(permissionOrder('X', 'X')).toBe(0);
    expect(permissionOrder(keys[0] ?? '', 'A')).toBeLessThan(0);
  });
});
