import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { loadProject } from '../../src/config/load.js';
import { BUILT_IN_PERMISSIONS } from '../../src/model/permissions.js';
import { BROAD_ADMIN_PERMISSIONS } from '../../src/validate/rules/no-broad-admin.js';
import { bareLoad, esmBuildLoad } from '../lib/yaml-baseline.js';
import { alternate, cpuAndWallMs, median, round } from '../lib/measure.js';
import { canMeasureMemory, runProcess, type ProcessRun } from '../lib/process.js';
import { seconds, type Row, type ScenarioResult } from '../lib/result.js';
import { REPOSITORY_ROOT } from './startup.js';

/**
 * Issue 2's benchmark: validating a repository of 2,000 scheme files (40 permissions, 3 holders each)
 * against a bare js-yaml parse of the same files read from disk, in the same run.
 */

export interface ValidateParams {
  files: number;
  permissions: number;
  holders: number;
  repetitions: number;
}

export const VALIDATE_DEFAULTS: ValidateParams = { files: 2000, permissions: 40, holders: 3, repetitions: 5 };

/** Holder forms in rotation; broad-admin permissions skip the product-wide ones (lint would refuse them). */
function holderLines(fileIndex: number, permission: string, count: number): string[] {
  const n = fileIndex;
  const all = [
    `projectRole: Developers`,
    `group: {name: team-${String(n % 500).padStart(4, '0')}, id: 5b3c${String(n % 9000).padStart(4, '0')}-0000-4000-8000-00000000000${String(n % 10)}}`,
    `applicationRole: jira-software`,
    `projectRole: Administrators`,
    `user: 712020:${String(n).padStart(8, '0')}-aaaa-4bbb-8ccc-dddddddddddd`,
    `group: {id: 0c1d${String(n % 9000).padStart(4, '0')}-0000-4000-8000-000000000001}`,
    'assignee',
    'reporter',
    'projectLead',
  ];
  const allowed = BROAD_ADMIN_PERMISSIONS.has(permission)
    ? all.filter((form) => !form.startsWith('applicationRole'))
    : all;
  const start = (n + permission.length) % allowed.length;
  return Array.from({ length: count }, (_, k) => `    - ${allowed[(start + k) % allowed.length] ?? ''}`);
}

export function writeRepository(cwd: string, params: ValidateParams): void {
  const folder = join(cwd, 'jira-permissions');
  mkdirSync(folder, { recursive: true });
  const keys = BUILT_IN_PERMISSIONS.map((permission) => permission.key).slice(0, params.permissions);
  for (let index = 0; index < params.files; index++) {
    const lines = [
      '# yaml-language-server: $schema=../schemas/permission-scheme.schema.json',
      `name: Bench Scheme ${String(index).padStart(4, '0')}`,
      `description: Generated for the validation benchmark (${String(index)})`,
      'grants:',
    ];
    for (const key of keys) {
      lines.push(`  ${key}:`, ...holderLines(index, key, params.holders));
    }
    writeFileSync(join(folder, `scheme-${String(index).padStart(4, '0')}.yml`), `${lines.join('\n')}\n`);
  }
}

function bareParse(folder: string, load: typeof bareLoad = bareLoad): void {
  let keys = 0;
  for (const name of readdirSync(folder).sort()) {
    const value = load(readFileSync(join(folder, name), 'utf8'));
    if (typeof value === 'object' && value !== null) keys++;
  }
  if (keys === 0) throw new Error('nothing parsed');
}

/** The floor process: read + parse every file with js-yaml's CommonJS build, nothing else. */
const FLOOR_SCRIPT = join(REPOSITORY_ROOT, 'bench', 'floor', 'yaml-parse.cjs');

/**
 * `jira-perms validate` as a user runs it (the bundled CLI, a whole process) beside the floor process,
 * alternately: wall time and peak memory, each the median of `repetitions` after a warm-up.
 */
async function wholeProcess(
  cwd: string,
  cli: string,
  repetitions: number,
  files: number,
): Promise<{ rows: Row[]; details: Record<string, unknown> }> {
  const env = { PATH: process.env.PATH ?? '', HOME: cwd };
  const runs = { product: [] as ProcessRun[], floor: [] as ProcessRun[] };
  for (let index = 0; index <= repetitions; index++) {
    const product = await runProcess([cli, 'validate'], { cwd, env });
    const floor = await runProcess([FLOOR_SCRIPT, join(cwd, 'jira-permissions')], { cwd, env });
    if (product.code !== 0) {
      throw new Error(`jira-perms validate exited ${String(product.code)}: ${product.stderr.slice(0, 300)}`);
    }
    if (floor.code !== 0) throw new Error(`the floor process failed: ${floor.stderr.slice(0, 300)}`);
    if (index === 0) continue; // warm-up: file cache
    runs.product.push(product);
    runs.floor.push(floor);
  }
  const wall = (list: ProcessRun[]): number => median(list.map((run) => run.wallMs));
  const rss = (list: ProcessRun[]): number => median(list.map((run) => run.peakRssMb ?? Number.NaN));
  const scenario = `validate ${String(files)} files, whole process`;
  const rows: Row[] = [
    {
      scenario,
      measure: `wall time, median of ${String(repetitions)}`,
      value: seconds(wall(runs.product)),
      against: `${seconds(wall(runs.floor))} floor: read + js-yaml CJS parse, whole process`,
      ratio: round(wall(runs.product) / wall(runs.floor)),
      target: 1.5,
    },
  ];
  if (canMeasureMemory()) {
    rows.push({
      scenario,
      measure: 'peak RSS (GNU time %M)',
      value: `${String(rss(runs.product))} MB`,
      against: `${String(rss(runs.floor))} MB floor`,
      ratio: round(rss(runs.product) / rss(runs.floor)),
      target: 3,
    });
  }
  return {
    rows,
    details: {
      productWallMs: runs.product.map((run) => round(run.wallMs, 1)),
      floorWallMs: runs.floor.map((run) => round(run.wallMs, 1)),
      productPeakRssMb: runs.product.map((run) => run.peakRssMb),
      floorPeakRssMb: runs.floor.map((run) => run.peakRssMb),
    },
  };
}

export async function validateScenario(
  cwd: string,
  params: ValidateParams,
  cli: string,
): Promise<ScenarioResult> {
  writeRepository(cwd, params);
  const first = await loadProject({ cwd });
  const errors = first.findings.filter((finding) => finding.severity === 'error');
  if (errors.length > 0 || first.schemes.length !== params.files) {
    throw new Error(
      `the generated repository does not validate cleanly (${String(errors.length)} errors, ${String(first.schemes.length)} schemes): ${errors[0]?.message ?? ''}`,
    );
  }
  // CPU time is compared (a busy machine stretches wall time unevenly); wall time is kept for the record.
  const wall = { validate: [] as number[], parse: [] as number[] };
  const samples = await alternate(
    params.repetitions,
    async () => {
      const measured = await cpuAndWallMs(() => loadProject({ cwd }));
      wall.validate.push(round(measured.wallMs, 1));
      return measured.cpuMs;
    },
    async () => {
      const measured = await cpuAndWallMs(() => {
        bareParse(join(cwd, 'jira-permissions'));
      });
      wall.parse.push(round(measured.wallMs, 1));
      return measured.cpuMs;
    },
  );
  // The ESM build's parse, for the record (the product reaches whichever build its imports select).
  const esmSamples: number[] = [];
  for (let index = 0; index < params.repetitions; index++) {
    const measured = await cpuAndWallMs(() => {
      bareParse(join(cwd, 'jira-permissions'), esmBuildLoad);
    });
    esmSamples.push(round(measured.cpuMs, 1));
  }
  const validateMs = median(samples.a);
  const parseMs = median(samples.b);
  const whole = await wholeProcess(cwd, cli, params.repetitions, params.files);
  const grants = params.files * params.permissions * params.holders;
  return {
    name: 'validate',
    rows: [
      ...whole.rows,
      {
        scenario: `validate ${String(params.files)} files`,
        measure: `in process: loadProject CPU, median of ${String(params.repetitions)}`,
        value: seconds(validateMs),
        against: `${seconds(parseMs)} read + js-yaml load (CJS build)`,
        ratio: round(validateMs / parseMs),
        target: 1.5,
      },
    ],
    details: {
      params,
      grants,
      wholeProcess: whole.details,
      findings: countBy(first.findings.map((finding) => `${finding.severity} ${finding.ruleId}`)),
      validateCpuMs: samples.a.map((value) => round(value, 1)),
      bareParseCpuMs: samples.b.map((value) => round(value, 1)),
      medianValidateCpuMs: round(validateMs, 1),
      medianBareParseCpuMs: round(parseMs, 1),
      ratio: round(validateMs / parseMs, 3),
      baselineBuild: 'js-yaml CommonJS build (dist/js-yaml.cjs.js)',
      esmBuildParseCpuMs: esmSamples,
      ratioToEsmBuildParse: round(validateMs / median(esmSamples), 3),
      // Includes the warm-up sample of each (the first).
      validateWallMs: wall.validate,
      bareParseWallMs: wall.parse,
      wallRatio: round(median(wall.validate.slice(1)) / median(wall.parse.slice(1)), 3),
    },
  };
}

function countBy(keys: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}
