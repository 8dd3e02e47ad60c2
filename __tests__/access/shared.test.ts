import { describe, expect, it } from '@jest/globals';

import { NONE, SharedEntries, sharedList } from '../../src/access/shared.js';
import type { Holder } from '../../src/model/holder.js';

const devs: Holder = { type: 'group', parameter: 'devs', value: 'gid-devs' };

describe('shared report parts', () => {
  it('one frozen empty list: a reader that pushes into it fails instead of changing every change', () => {
    expect(sharedList([])).toBe(NONE);
    expect(Object.isFrozen(NONE)).toBe(true);
    expect(() => (NONE as unknown as string[]).push('x')).toThrow(TypeError);
    expect(NONE).toHaveLength(0);
    const list = sharedList(['a']);
    expect(Object.isFrozen(list)).toBe(true);
    expect(() => (list as string[]).push('b')).toThrow(TypeError);
  });

  it('equal entries are one frozen object; any field that differs in the JSON makes another', () => {
    const shared = new SharedEntries();
    const entry = shared.entry(devs, 'group devs', 'live', 'not read', true);
    expect(entry).toEqual({
      holder: devs,
      label: 'group devs',
      side: 'live',
      reason: 'not read',
      notRead: true,
    });
    expect(Object.isFrozen(entry)).toBe(true);
    // Equal holders from different grants (another scheme's) share the entry.
    expect(shared.entry({ ...devs }, 'group devs', 'live', 'not read', true)).toBe(entry);
    const others = [
      shared.entry(devs, 'group devs', 'both', 'not read', true),
      shared.entry(devs, 'group devs', 'live', 'not read', false),
      shared.entry(devs, 'group devs', 'live', '403', true),
      shared.entry(devs, 'group devs (gid-devs)', 'live', 'not read', true),
      shared.entry({ type: 'group', parameter: 'devs' }, 'group devs', 'live', 'not read', true),
      shared.entry({ type: 'group', parameter: 'devs', value: '' }, 'group devs', 'live', 'not read', true),
    ];
    expect(new Set([entry, ...others]).size).toBe(7);
    // A refusal has no notRead field at all (as the JSON).
    expect('notRead' in others[1]!).toBe(false);
  });

  it('equal lists of entries are one frozen list; order matters', () => {
    const shared = new SharedEntries();
    const a = shared.entry(devs, 'group devs', 'live', 'x', false);
    const b = shared.entry(devs, 'group devs', 'planned', 'x', false);
    const list = shared.list([a, b]);
    expect(shared.list([a, b])).toBe(list);
    expect(shared.list([b, a])).not.toBe(list);
    expect(shared.list([b, a])).toEqual([b, a]);
    expect(Object.isFrozen(list)).toBe(true);
    expect(shared.list([])).toBe(NONE);
    // An entry made elsewhere is kept, not shared with another list.
    const foreign = { holder: devs, label: 'group devs', side: 'live' as const, reason: 'x' };
    expect(shared.list([foreign])).toEqual([foreign]);
    expect(shared.list([{ ...foreign, reason: 'y' }])).toEqual([{ ...foreign, reason: 'y' }]);
  });
});
