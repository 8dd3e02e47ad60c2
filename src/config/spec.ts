import type { HolderSpec, GrantSpec, SchemeSpec } from '../model/spec.js';
import { GrantPlaces, LocatedGrant } from './located-grant.js';
import type { Offsets, PositionMap } from './positions.js';
import { getValidators } from './schemas.js';
import { builtInPermission } from '../model/permissions.js';

/** The shape of a scheme file that passed the schema (the schema guarantees every cast below). */
interface ValidSchemeFile {
  name: string;
  description?: string;
  id?: number;
  grants: Record<string, unknown[]>;
  projects?: string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The readable part of a file that failed the schema, in the shape of a valid one: the name and id when
 * they are valid (else no name, no id), and under each permission that lists holders, the holders that
 * are valid on their own.
 */
function readablePart(value: unknown): ValidSchemeFile {
  const file = isRecord(value) ? value : {};
  const { holder: validHolder } = getValidators();
  const grants: Record<string, unknown[]> = {};
  // Indices matter (they locate each holder), so an invalid holder leaves a hole rather than a shift.
  if (isRecord(file.grants)) {
    for (const [permission, holders] of Object.entries(file.grants)) {
      if (Array.isArray(holders))
        grants[permission] = holders.map((holder: unknown) => (validHolder(holder) ? holder : undefined));
    }
  }
  const name = typeof file.name === 'string' && /\S/.test(file.name) ? file.name : '';
  const readable: ValidSchemeFile = { name, grants };
  if (typeof file.description === 'string') readable.description = file.description;
  if (typeof file.id === 'number' && Number.isSafeInteger(file.id) && file.id >= 0) readable.id = file.id;
  return readable;
}

/**
 * Turns a file that passed the schema into a SchemeSpec, with a location for every grant. With
 * `partial`, the file failed the schema and only its readable part is taken (for the lint rules that
 * judge grants one by one; such a spec is never planned).
 */
export function toSchemeSpec(
  value: unknown,
  positions: PositionMap,
  options: { partial?: boolean; sharing?: SpecSharing } = {},
): SchemeSpec {
  const file = options.partial === true ? readablePart(value) : (value as ValidSchemeFile);
  const grants: GrantSpec[] = [];
  // Walk the position tree alongside the value instead of looking every grant up from the root: this
  // runs once per holder of every file, the loader's hottest loop. Grants keep offsets; their lines and
  // columns are found only for those that get a finding (see LocatedGrant).
  let count = 0;
  for (const permission in file.grants) count += file.grants[permission]?.length ?? 0;
  const places = new GrantPlaces(positions.lines(), count);
  const sameHolders: HolderSpec[] = [];
  const grantsNode = positions.node(['grants']).node;
  for (const written in file.grants) {
    const holders = file.grants[written] ?? [];
    // The built-in key's own string: the one written is a slice that would keep the file's text alive.
    const permission = builtInPermission(written)?.key ?? written;
    const permissionNode = grantsNode.entries?.get(written);
    const keyAt: Offsets =
      permissionNode?.keyStart !== undefined && permissionNode.keyEnd !== undefined
        ? [permissionNode.keyStart, permissionNode.keyEnd]
        : positions.keyOffsets(['grants', written]);
    for (let index = 0; index < holders.length; index++) {
      const holder = holders[index];
      if (holder === undefined) continue;
      const item = permissionNode?.items?.[index];
      let start: number, end: number;
      if (item !== undefined) ({ start, end } = item);
      else [start, end] = positions.offsets(['grants', written, index]);
      const row = places.add(start, end, keyAt[0], keyAt[1]);
      grants.push(
        new LocatedGrant(
          permission,
          sharedHolderSpec(toHolderSpec(holder), sameHolders, options.sharing),
          places,
          row,
        ),
      );
    }
  }
  const spec: SchemeSpec = {
    file: positions.file,
    name: detached(file.name),
    grants,
    nameLocation: positions.locate(['name']),
  };
  if (file.description !== undefined) spec.description = detached(file.description);
  if (file.id !== undefined) {
    spec.id = file.id;
    spec.idLocation = positions.locate(['id']);
  }
  if (file.projects !== undefined) {
    const projectsNode = positions.node(['projects']).node;
    spec.projects = file.projects.map((key, index) => {
      const item = projectsNode.items?.[index];
      return {
        key,
        location:
          item !== undefined ? positions.range(item.start, item.end) : positions.locate(['projects', index]),
      };
    });
    spec.projectsLocation = positions.locateKey(['projects']);
  }
  return spec;
}

/**
 * The holders written as a bare word, one shared (frozen) spec each: every file lists them, and every
 * spec lives until the run ends. Nothing changes a HolderSpec after the loader made it.
 */
const BARE_HOLDERS: ReadonlyMap<string, HolderSpec> = new Map(
  (
    ['anyone', 'assignee', 'reporter', 'projectLead', 'sd.customer.portal.only', 'applicationRole'] as const
  ).map((type) => [type, Object.freeze({ type })]),
);

/** How many distinct holders of one file are remembered for sharing (a bound on the search for one). */
const SHARED_HOLDERS = 16;

/**
 * `spec`, or an equal spec made earlier for the same file (among the last {@link SHARED_HOLDERS}): a file
 * names the same group or user under many permissions, and every spec lives until the run ends, where the
 * one just made dies young (cheap to collect). Compared field by field: no key string per holder.
 */
function sharedHolderSpec(spec: HolderSpec, made: HolderSpec[], sharing?: SpecSharing): HolderSpec {
  if (BARE_HOLDERS.get(spec.type) === spec) return spec;
  for (const earlier of made) if (sameHolderSpec(earlier, spec)) return earlier;
  if (made.length === SHARED_HOLDERS) made.shift();
  const kept = sharing === undefined ? detachedHolderSpec(spec) : sharing.holder(spec);
  made.push(kept);
  return kept;
}

/**
 * One copy of each holder spec (and of each of its texts) across the files of one load: the files of a
 * site name the same groups, roles and users, and every spec lives until the run ends. At 1,000 files
 * of 60 grants, 26,000 copies of 2,000 group ids (each a copy and a view of it, see {@link detached})
 * and 28,000 of their names became one each. Asked only for a holder the file's own window of recent
 * ones (see {@link sharedHolderSpec}) did not have.
 */
export class SpecSharing {
  /**
   * The specs kept, by their first text (see {@link holderText}): no key string is built per holder (a
   * JSON key for each was a sixth of making the specs), and specs that share a text are told apart field
   * by field, so two different holders never meet.
   */
  readonly #holders = new Map<string, HolderSpec[]>();

  holder(spec: HolderSpec): HolderSpec {
    const known = this.#holders.get(holderText(spec));
    if (known !== undefined) {
      for (const earlier of known) if (sameHolderSpec(earlier, spec)) return earlier;
    }
    const kept = detachedHolderSpec(spec);
    if (known !== undefined) known.push(kept);
    // The kept spec's own copy of the text as the key: the one looked up may be a view into the file.
    else this.#holders.set(holderText(kept), [kept]);
    return kept;
  }
}

/** The text a holder spec is filed under in {@link SpecSharing}: its id, name or key, or its type. */
function holderText(spec: HolderSpec): string {
  const fields = spec as HolderFields;
  return (
    fields.id ?? fields.accountId ?? fields.name ?? fields.key ?? fields.email ?? fields.field ?? spec.type
  );
}

/** `spec` with its texts copied out of the file's text (see {@link detached}). */
function detachedHolderSpec(spec: HolderSpec): HolderSpec {
  const fields = spec as HolderSpec & HolderFields;
  for (const field of ['key', 'name', 'id', 'accountId', 'email', 'field'] as const) {
    const value = fields[field];
    if (value !== undefined) fields[field] = detached(value);
  }
  return spec;
}

/**
 * A copy of `text` that does not hold on to the string it was cut from. V8 keeps a substring of 13
 * characters or more as a view into the whole string: one group id kept in a spec would keep its file's
 * whole text alive, and every text kept is copied by the collector (twice) as the run goes on. Joining
 * the text to another makes a new string; cutting it off again flattens that new one into a copy.
 */
function detached(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}

type HolderFields = Partial<Record<'key' | 'name' | 'id' | 'accountId' | 'email' | 'field', string>>;

/**
 * Whether two specs are equal: toHolderSpec adds the fields of one type in one order, and never one
 * whose value is undefined, so equal fields mean equal specs.
 */
function sameHolderSpec(a: HolderSpec, b: HolderSpec): boolean {
  if (a.type !== b.type) return false;
  const x = a as HolderFields;
  const y = b as HolderFields;
  return (
    x.name === y.name &&
    x.id === y.id &&
    x.accountId === y.accountId &&
    x.email === y.email &&
    x.key === y.key &&
    x.field === y.field
  );
}

/** One holder entry, in any of its written forms, as a HolderSpec. */
export function toHolderSpec(holder: unknown): HolderSpec {
  if (typeof holder === 'string') {
    const bare = BARE_HOLDERS.get(holder);
    if (bare !== undefined) return bare;
    return { type: holder as 'anyone' | 'assignee' | 'reporter' | 'projectLead' | 'sd.customer.portal.only' };
  }
  const entry = holder as Record<string, unknown>;
  // The first (the schema allows only) key, without Object.entries' two arrays per holder.
  let type = '';
  let parameter: unknown;
  for (const key in entry) {
    type = key;
    parameter = entry[key];
    break;
  }
  switch (type) {
    case 'applicationRole':
      return { type, key: String(parameter) };
    case 'group': {
      if (typeof parameter === 'string') return { type, name: parameter };
      const group = parameter as { name?: string; id?: string };
      const spec: HolderSpec = { type };
      if (group.name !== undefined) spec.name = group.name;
      if (group.id !== undefined) spec.id = group.id;
      return spec;
    }
    case 'projectRole': {
      if (typeof parameter === 'string') return { type, name: parameter };
      if (typeof parameter === 'number') return { type, id: String(parameter) };
      const role = parameter as { name?: string; id?: number };
      return role.id !== undefined ? { type, id: String(role.id) } : { type, name: role.name ?? '' };
    }
    case 'user': {
      if (typeof parameter === 'string') return { type, accountId: parameter };
      const user = parameter as { accountId?: string; email?: string };
      return user.email !== undefined
        ? { type, email: user.email }
        : { type, accountId: user.accountId ?? '' };
    }
    case 'userCustomField':
    case 'groupCustomField':
      return { type, field: String(parameter) };
    default:
      throw new Error(`toHolderSpec: holder type "${type}" passed the schema but is not handled`);
  }
}
