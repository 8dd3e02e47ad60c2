import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import { surelyValidScheme } from '../../src/config/scheme-check.js';
import { getValidators } from '../../src/config/schemas.js';
import { readSchemeYaml } from '../../src/config/yaml-fast.js';
import { mutated, random } from './generated-yaml.js';

type Next = () => number;

function pick<T>(next: Next, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)] as T;
}

/** Values the schema accepts and values it refuses by one detail, for every field and holder form. */
const TEXTS: readonly unknown[] = [
  'Developers',
  'a',
  ' x ',
  '',
  ' ',
  '\t',
  '\u00a0',
  '\u3000',
  'a b',
  'a@b',
  'a@b.c',
  '@b',
  'a@',
  'a@@b',
  'é',
  '712020:0000-aaaa',
  'x y@z',
  '1',
  0,
  1,
  -1,
  1.5,
  2 ** 53,
  2 ** 53 - 1,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  -0,
  true,
  null,
  [],
  ['a'],
  {},
];

function text(next: Next): unknown {
  return next() < 0.6 ? pick(next, TEXTS.slice(0, 3)) : pick(next, TEXTS);
}

function objectOf(next: Next, keys: readonly string[], most: number): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  const count = Math.floor(next() * (most + 1));
  for (let index = 0; index < count; index++) value[pick(next, keys)] = text(next);
  return value;
}

const HOLDER_TYPES = [
  'group',
  'projectRole',
  'user',
  'applicationRole',
  'userCustomField',
  'groupCustomField',
  'anyone',
  'assignee',
  'reporter',
  'projectLead',
  'sd.customer.portal.only',
  'other',
];

function holder(next: Next): unknown {
  const form = next();
  if (form < 0.25) return pick(next, [...HOLDER_TYPES, 'Anyone', '', 1, null]);
  const type = pick(next, HOLDER_TYPES);
  let parameter: unknown;
  const kind = next();
  if (kind < 0.5) parameter = text(next);
  else if (kind < 0.9) parameter = objectOf(next, ['id', 'name', 'accountId', 'email', 'key'], 2);
  else parameter = pick(next, [[], ['a'], null, 10002]);
  const value: Record<string, unknown> = { [type]: parameter };
  if (next() < 0.05) value[pick(next, HOLDER_TYPES)] = text(next);
  return next() < 0.03 ? [value] : value;
}

const PERMISSIONS = [
  'BROWSE_PROJECTS',
  'ADMINISTER_PROJECTS',
  'EDIT_ISSUES',
  'com.example__approve',
  'BROWSE',
  'x y',
];

function scheme(next: Next): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  if (next() < 0.95) value.name = text(next);
  if (next() < 0.3) value.description = pick(next, ['', 'About', 1, null]);
  if (next() < 0.3) value.id = pick(next, [0, 1, 10001, -1, 1.5, '1', 2 ** 53, 2 ** 53 - 1, -0]);
  if (next() < 0.3) {
    value.projects =
      next() < 0.9
        ? Array.from({ length: Math.floor(next() * 3) }, () =>
            pick(next, ['ALPHA', 'a_1', '1A', 'A-B', '', 1, 'É']),
          )
        : 'ALPHA';
  }
  if (next() < 0.97) {
    const grants: Record<string, unknown> = {};
    const count = Math.floor(next() * 4);
    for (let index = 0; index < count; index++) {
      grants[pick(next, PERMISSIONS)] =
        next() < 0.95
          ? Array.from({ length: Math.floor(next() * 4) }, () => holder(next))
          : pick(next, [null, 'assignee', {}]);
    }
    value.grants = next() < 0.97 ? grants : pick(next, [[], null, 'x']);
  }
  if (next() < 0.05) value[pick(next, ['extra', 'grant', 'Name', '$schema'])] = 'x';
  return value;
}

describe('the hand-written scheme check', () => {
  const { schemeCheck } = getValidators();

  it('says valid only where the schema validator does, for generated values', () => {
    const next = random(20261202);
    let sure = 0;
    let valid = 0;
    const rounds = 20000;
    for (let round = 0; round < rounds; round++) {
      const value = scheme(next);
      const quick = surelyValidScheme(value);
      const reference = schemeCheck(value);
      if (reference) valid++;
      if (quick) {
        sure++;
        expect([round, value, reference]).toEqual([round, value, true]);
      }
    }
    // It answers for most valid values, and the generator makes both kinds.
    expect(sure).toBeGreaterThan(valid / 2);
    expect(valid).toBeGreaterThan(rounds / 20);
    expect(valid).toBeLessThan(rounds - rounds / 20);
  });

  it('says valid only where the schema validator does, for mutated copies of the valid fixtures', () => {
    const folder = join(import.meta.dirname, '..', 'fixtures', 'valid');
    const seeds = ['holder-forms.yml', 'core-schema.yml', 'all-permissions.yml'].map((file) =>
      readFileSync(join(folder, file), 'utf8'),
    );
    const next = random(18);
    let sure = 0;
    for (let round = 0; round < 4000; round++) {
      const parsed = readSchemeYaml(mutated(seeds[round % seeds.length] ?? '', next));
      if (parsed === undefined || !surelyValidScheme(parsed.value)) continue;
      sure++;
      expect([round, schemeCheck(parsed.value)]).toEqual([round, true]);
    }
    expect(sure).toBeGreaterThan(400);
  });

  it('answers for every valid fixture that uses built-in permission keys only', () => {
    const folder = join(import.meta.dirname, '..', 'fixtures', 'valid');
    const files = readdirSync(folder).filter(
      (file) => file === 'holder-forms.yml' || file === 'core-schema.yml',
    );
    expect(files.length).toBe(2);
    for (const file of files) {
      const parsed = readSchemeYaml(readFileSync(join(folder, file), 'utf8'));
      expect([file, parsed !== undefined && surelyValidScheme(parsed.value)]).toEqual([file, true]);
    }
  });
});
