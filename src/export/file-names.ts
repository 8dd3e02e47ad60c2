/**
 * File names for exported schemes: derived from the scheme's name so people find a scheme by its name,
 * the same on every run (re-exporting the same site writes the same paths), and safe on every file
 * system the repository might be checked out on (Windows included, case-insensitive ones included).
 */

const MAX_SLUG_LENGTH = 60;

/** Device names Windows refuses as file names, whatever the extension. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/u;

/**
 * A scheme name as a file-name stem: lower case, accents removed, every run of other characters turned
 * into one `-`, at most 60 characters, cut at a word boundary where one is near. Empty when nothing of
 * the name survives (a name in a script with no Latin letters, for example): the caller then uses the id.
 */
export function slugify(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  if (ascii.length <= MAX_SLUG_LENGTH) return ascii;
  const cut = ascii.slice(0, MAX_SLUG_LENGTH);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash >= MAX_SLUG_LENGTH / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/u, '');
}

export interface NamedScheme {
  id: number;
  name: string;
}

/**
 * A file name (`<slug>.yml`) for every scheme, unique across all of them. When names collide (same slug,
 * or a name with nothing usable in it), the scheme with the lowest id keeps the plain name and the others
 * get their id appended: ids never change and older schemes usually have lower ids, so a scheme created
 * later does not rename the files of existing ones. Pass every live scheme, not just the ones being
 * written, so that filtering with `--scheme` never changes a name.
 */
export function assignFileNames(schemes: readonly NamedScheme[]): Map<number, string> {
  const byId = [...schemes].sort((a, b) => a.id - b.id);
  const stems = new Map<number, string>();
  const taken = new Set<string>();
  const deferred: { scheme: NamedScheme; base: string }[] = [];

  for (const scheme of byId) {
    const slug = slugify(scheme.name);
    const base = slug === '' ? 'scheme' : slug;
    if (slug === '' || WINDOWS_RESERVED.test(slug) || taken.has(slug)) {
      deferred.push({ scheme, base });
      continue;
    }
    taken.add(slug);
    stems.set(scheme.id, slug);
  }

  // Second pass, so a suffixed name never takes a plain name another scheme would have had.
  for (const { scheme, base } of deferred) {
    let stem = `${base}-${scheme.id}`;
    for (let n = 2; taken.has(stem); n++) stem = `${base}-${scheme.id}-${n}`;
    taken.add(stem);
    stems.set(scheme.id, stem);
  }

  return new Map([...stems].map(([id, stem]) => [id, `${stem}.yml`]));
}
