import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { describe, expect, it } from '@jest/globals';

import {
  fieldIdSpelling,
  grantKey,
  grantKeys,
  grantLabel,
  holderKey,
  holderLabel,
  matchesHolderRef,
  restTwoSpelling,
  sameWrittenHolder,
  wireSpelling,
  writtenHolderIdentities,
} from '../../src/model/holder.js';

describe('holder identity', () => {
  it('is the same for every spelling of one holder', () => {
    expect(holderKey({ type: 'projectRole', parameter: '10002', value: '10002' })).toBe(
      holderKey({ type: 'projectRole', parameter: '10002' }),
    );
    expect(holderKey({ type: 'group', parameter: 'old-name', value: 'g-1' })).toBe(
      holderKey({ type: 'group', parameter: 'new-name', value: 'g-1' }),
    );
    expect(holderKey({ type: 'group', parameter: 'devs' })).not.toBe(
      holderKey({ type: 'group', value: 'devs' }),
    );
    expect(holderKey({ type: 'reporter', parameter: 'ignored' })).toBe('reporter');
  });

  it('learns a group id from other holders, so a name-only holder matches its id', () => {
    const keyOf = grantKeys([{ holder: { type: 'group', parameter: 'devs', value: 'g-1' } }]);
    expect(keyOf({ permission: 'BROWSE_PROJECTS', holder: { type: 'group', parameter: 'devs' } })).toBe(
      grantKey('BROWSE_PROJECTS', { type: 'group', value: 'g-1' }),
    );
    expect(keyOf({ permission: 'BROWSE_PROJECTS', holder: { type: 'group', parameter: 'ops' } })).toBe(
      grantKey('BROWSE_PROJECTS', { type: 'group', parameter: 'ops' }),
    );
  });

  it('folds the written spellings of one holder together', () => {
    expect(
      sameWrittenHolder(
        { type: 'projectRole', id: '10002' },
        { type: 'projectRole', name: 'x', id: '10002' },
      ),
    ).toBe(true);
    expect(sameWrittenHolder({ type: 'group', name: 'Devs' }, { type: 'group', name: ' devs ' })).toBe(true);
    expect(writtenHolderIdentities({ type: 'group', name: 'Devs', id: 'g-1' })).toEqual([
      'group#id:g-1',
      'group#name:devs',
    ]);
  });
});

describe('holder labels', () => {
  it('say the name and the id, or what the holder is', () => {
    expect(holderLabel({ type: 'group', parameter: 'devs', value: 'g-1' })).toBe('group devs (g-1)');
    expect(holderLabel({ type: 'group', value: 'g-1' }, 'devs')).toBe('group devs (g-1)');
    expect(holderLabel({ type: 'group', parameter: 'devs' })).toBe('group devs');
    expect(holderLabel({ type: 'projectRole', parameter: '10002', value: '10002' }, 'Developers')).toBe(
      'projectRole Developers (10002)',
    );
    expect(holderLabel({ type: 'projectRole', parameter: '10002', value: '10002' })).toBe(
      'projectRole 10002',
    );
    expect(holderLabel({ type: 'applicationRole' })).toBe('applicationRole (any logged-in user)');
    expect(holderLabel({ type: 'assignee' })).toBe('assignee');
    expect(grantLabel({ holder: { type: 'user', parameter: 'a-1' }, name: 'Ada' })).toBe('user Ada (a-1)');
    expect(grantLabel({ holder: { type: 'user', parameter: 'a-1' }, label: 'given' })).toBe('given');
  });
});

describe('holders named in settings', () => {
  it('match by id, or by name without case, never by label', () => {
    const addons = { holder: { type: 'projectRole', parameter: '10003', value: '10003' } };
    expect(matchesHolderRef(addons, { type: 'projectRole', id: '10003' })).toBe(true);
    expect(matchesHolderRef({ ...addons, name: 'Add-ons' }, { type: 'projectRole', name: 'add-ons' })).toBe(
      true,
    );
    expect(
      matchesHolderRef({ ...addons, label: 'projectRole add-ons (10003)' } as typeof addons, {
        type: 'projectRole',
        name: 'add-ons',
      }),
    ).toBe(false);
    expect(
      matchesHolderRef({ holder: { type: 'group', parameter: 'Apps' } }, { type: 'group', name: 'apps' }),
    ).toBe(true);
    expect(matchesHolderRef(addons, { type: 'group', id: '10003' })).toBe(false);
  });
});

describe("Jira's spelling", () => {
  it('spells REST 2 holders by parameter, field ids in full, and writes without value on REST 2', () => {
    expect(restTwoSpelling({ type: 'group', value: 'devs' })).toEqual({ type: 'group', parameter: 'devs' });
    expect(fieldIdSpelling({ type: 'userCustomField', parameter: '10020', value: '10020' })).toEqual({
      type: 'userCustomField',
      parameter: 'customfield_10020',
      value: 'customfield_10020',
    });
    expect(wireSpelling({ type: 'group', parameter: 'devs', value: 'g-1' }, false)).toEqual({
      type: 'group',
      parameter: 'devs',
    });
    expect(wireSpelling({ type: 'group', value: 'g-1' }, true)).toEqual({ type: 'group', value: 'g-1' });
  });
});

describe('one holder module', () => {
  it('has no second copy of holder identity or labels anywhere in src/ (the simulator stands apart)', () => {
    const root = join(import.meta.dirname, '..', '..', 'src');
    const files = (readdirSync(root, { recursive: true }) as string[])
      .filter((file) => file.endsWith('.ts'))
      .map((file) => join(root, file))
      .filter((file) => !relative(root, file).startsWith('sim'));
    const copies = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const found = [
        ...text.matchAll(
          /function\s+(holderKey|grantKey|holderLabel|grantLabel|holderIdentit\w*|\w*[Hh]olderKey)\b/g,
        ),
      ];
      return found.map((match) => `${relative(root, file)}: ${match[1] ?? ''}`);
    });
    expect(copies.filter((copy) => !copy.startsWith('model/holder.ts'))).toEqual([]);
    expect(files.map((file) => readFileSync(file, 'utf8')).join('\n')).not.toMatch(/nameInLabel|label\s*===/);
  });
});
