import { describe, expect, it } from '@jest/globals';

import { assignFileNames, slugify } from '../../src/export/file-names.js';

describe('slugify', () => {
  it.each([
    ['Default Permission Scheme', 'default-permission-scheme'],
    [
      'Jira Service Management Permission Scheme for IT Help',
      'jira-service-management-permission-scheme-for-it-help',
    ],
    ['  Équipe Développement / Ops!! ', 'equipe-developpement-ops'],
    ['a/../../etc/passwd', 'a-etc-passwd'],
    ['C:\\Windows\\System32', 'c-windows-system32'],
    ['日本語', ''],
    ['---', ''],
  ])('%j -> %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('stays short, cut at a word boundary', () => {
    const slug = slugify(
      'A very long scheme name that goes on and on about what the scheme is for and who owns it',
    );
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toBe('a-very-long-scheme-name-that-goes-on-and-on-about-what-the');
  });
});

describe('assignFileNames', () => {
  it('names each scheme after its name', () => {
    const names = assignFileNames([
      { id: 10000, name: 'Default Permission Scheme' },
      { id: 10001, name: 'Software Development' },
    ]);
    expect(names.get(10000)).toBe('default-permission-scheme.yml');
    expect(names.get(10001)).toBe('software-development.yml');
  });

  it('resolves collisions by id: the oldest scheme keeps the plain name, whatever the input order', () => {
    const schemes = [
      { id: 10005, name: 'Software: Dev' },
      { id: 10002, name: 'software dev' },
      { id: 10009, name: 'SOFTWARE-DEV' },
    ];
    const names = assignFileNames(schemes);
    expect(names.get(10002)).toBe('software-dev.yml');
    expect(names.get(10005)).toBe('software-dev-10005.yml');
    expect(names.get(10009)).toBe('software-dev-10009.yml');
    expect(assignFileNames([...schemes].reverse())).toEqual(names);
  });

  it('never hands out a suffixed name that another scheme has as its plain name', () => {
    const names = assignFileNames([
      { id: 1, name: 'ops' },
      { id: 2, name: 'Ops' },
      { id: 3, name: 'ops 2' },
    ]);
    expect(names.get(3)).toBe('ops-2.yml');
    expect(names.get(2)).toBe('ops-2-2.yml');
    expect(new Set(names.values()).size).toBe(3);
  });

  it('uses the id for names with nothing usable and for Windows device names', () => {
    const names = assignFileNames([
      { id: 7, name: '日本語' },
      { id: 8, name: 'CON' },
      { id: 9, name: '' },
    ]);
    expect(names.get(7)).toBe('scheme-7.yml');
    expect(names.get(8)).toBe('con-8.yml');
    expect(names.get(9)).toBe('scheme-9.yml');
  });

  it('gives unique, safe names for many colliding schemes', () => {
    const schemes = Array.from({ length: 200 }, (_, index) => ({
      id: 1000 + index,
      name: index % 3 === 0 ? 'Same' : `Same ${index % 7}`,
    }));
    const names = [...assignFileNames(schemes).values()];
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(200);
    for (const name of names) expect(name).toMatch(/^[a-z0-9][a-z0-9-]*\.yml$/);
  });
});
