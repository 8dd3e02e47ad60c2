import { readFile } from 'node:fs/promises';
import type { SiteData } from './types.js';

/**
 * Seed files are JSON in the `SiteData` shape. The check here is structural (the arrays a site needs),
 * enough to turn a wrong file into a clear message instead of a crash mid-request.
 */

const REQUIRED_LISTS = [
  'schemes',
  'groups',
  'roles',
  'users',
  'fields',
  'applicationRoles',
  'projects',
  'permissions',
] as const;

export function validateSeed(value: unknown, source = 'seed'): SiteData {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(
      `${source}: expected a JSON object with ${REQUIRED_LISTS.join(', ')} and defaultSchemeId`,
    );
  }
  const record = value as Record<string, unknown>;
  const missing = REQUIRED_LISTS.filter((key) => !Array.isArray(record[key]));
  if (missing.length > 0) {
    throw new Error(
      `${source}: missing or not a list: ${missing.join(', ')} (see docs: the simulator's seed format)`,
    );
  }
  if (typeof record['defaultSchemeId'] !== 'number') {
    throw new Error(
      `${source}: defaultSchemeId must be the id (a number) of the scheme projects fall back to`,
    );
  }
  return value as SiteData;
}

export async function loadSeedFile(path: string): Promise<SiteData> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new Error(
      `cannot read seed file ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(
      `seed file ${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return validateSeed(parsed, path);
}
