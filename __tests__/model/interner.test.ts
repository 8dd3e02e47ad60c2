import { describe, expect, it } from '@jest/globals';

import { Interner } from '../../src/model/interner.js';

describe('Interner', () => {
  it('gives one copy of equal strings and equal holders, and keeps different ones apart', () => {
    const interner = new Interner();
    const a = interner.holder({ type: 'group', parameter: 'devs', value: 'g-1' });
    expect(interner.holder({ type: 'group', parameter: 'devs', value: 'g-1' })).toBe(a);
    expect(a).toEqual({ type: 'group', parameter: 'devs', value: 'g-1' });
    // A missing part is not an empty one, and the parts do not run into each other.
    const onlyParameter = interner.holder({ type: 'user', parameter: 'x' });
    const onlyValue = interner.holder({ type: 'user', value: 'x' });
    expect(onlyParameter).toEqual({ type: 'user', parameter: 'x' });
    expect(onlyValue).toEqual({ type: 'user', value: 'x' });
    expect(onlyParameter).not.toBe(onlyValue);
    expect(interner.holder({ type: 'group', parameter: 'a\u0000b' })).not.toBe(
      interner.holder({ type: 'group', parameter: 'a', value: 'b' }),
    );
    // Parts that spell the separators themselves (any character can come from Jira) stay apart too.
    const absentParameter = interner.holder({ type: 'group', value: 'x' });
    expect(interner.holder({ type: 'group', parameter: '\u0001', value: 'x' })).not.toBe(absentParameter);
    expect(interner.holder({ type: 'g', parameter: 'a', value: 'b\u0000\u0001' })).not.toBe(
      interner.holder({ type: 'g', parameter: 'a\u0000b', value: '\u0001' }),
    );
    const label = ['group ', 'devs', ' (g-1)'].join('');
    expect(interner.text(label)).toBe('group devs (g-1)');
    expect(interner.text(`group devs (g-${String(1)})`)).toBe(interner.text(label));
  });

  it('replaces a grant’s strings and holder by the shared ones, in place', () => {
    const interner = new Interner();
    const first = interner.grant({
      id: 1,
      permission: 'BROWSE_PROJECTS',
      holder: { type: 'projectRole', parameter: '10002', value: '10002' },
      name: 'Developers',
      label: 'projectRole Developers (10002)',
    });
    const second = {
      id: 2,
      permission: 'BROWSE_PROJECTS',
      holder: { type: 'projectRole', parameter: '10002', value: '10002' },
      name: 'Developers',
      label: 'projectRole Developers (10002)',
    };
    const same = interner.grant(second);
    expect(same).toBe(second);
    expect(same.holder).toBe(first.holder);
    expect(same).toEqual({ ...first, id: 2 });
  });

  it('gives one frozen desired grant per permission, holder and name', () => {
    const interner = new Interner();
    const role = { type: 'projectRole', parameter: '10002', value: '10002' };
    const label = 'projectRole Developers (10002)';
    const first = interner.desiredGrant('BROWSE_PROJECTS', role, 'Developers', label);
    expect(first).toEqual({ permission: 'BROWSE_PROJECTS', holder: role, name: 'Developers', label });
    expect(interner.desiredGrant('BROWSE_PROJECTS', { ...role }, 'Developers', label)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(first.holder).toBe(interner.holder(role));
    // Another permission, or no name, is another grant; a name is never run into the permission.
    expect(interner.desiredGrant('ADD_COMMENTS', role, 'Developers', label)).not.toBe(first);
    const unnamed = interner.desiredGrant('BROWSE_PROJECTS', role, undefined, label);
    expect(unnamed).not.toBe(first);
    expect(unnamed).toEqual({ permission: 'BROWSE_PROJECTS', holder: role, label });
    expect('name' in unnamed).toBe(false);
    expect(interner.desiredGrant('A","B', role, undefined, label)).not.toBe(
      interner.desiredGrant('A', role, 'B', label),
    );
  });
});
