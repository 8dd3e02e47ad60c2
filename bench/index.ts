import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { renderMarkdown, renderTable, type Row, type ScenarioResult } from './lib/result.js';
import { SCALE_SITE } from './lib/site.js';
import { cpuScenario } from './scenarios/cpu.js';
import {
  applyScenario,
  planFolder,
  planScenario,
  prepareScale,
  SCALE_DEFAULTS,
  type ScaleContext,
  type ScaleParams,
} from './scenarios/scale.js';
import { REPOSITORY_ROOT, startupScenario } from './scenarios/startup.js';
import { VALIDATE_DEFAULTS, validateScenario } from './scenarios/validate.js';

/**
 * `npm run bench`: every figure as a ratio to its bound or baseline, printed as a table and written to
 * bench/results.json. Options: --only validate,plan,apply,cpu,startup; --small (a tenth of the scale,
 * to try it quickly); --dist DIR (bundles to time; default: a fresh build in a temp folder); --concurrency N
 * (reads in flight for plan and apply; default the client's 4).
 */

const SCENARIOS = ['validate', 'plan', 'apply', 'cpu', 'startup'] as const;
type Scenario = (typeof SCENARIOS)[number];

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    small: { type: 'boolean', default: false },
    dist: { type: 'string' },
    out: { type: 'string' },
    concurrency: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  process.stdout.write(
    'Usage: npm run bench -- [--only validate,plan,apply,cpu,startup] [--small] [--dist DIR] [--out FILE] [--concurrency N]\n',
  );
  process.exit(0);
}

const only = new Set(
  (values.only ?? SCENARIOS.join(',')).split(',').map((name) => name.trim()) as Scenario[],
);
for (const name of only) {
  if (!SCENARIOS.includes(name)) {
    process.stderr.write(`unknown scenario "${name}": choose from ${SCENARIOS.join(', ')}\n`);
    process.exit(1);
  }
}

const small = values.small;
const scaleParams: ScaleParams = {
  ...SCALE_DEFAULTS,
  site: small
    ? { schemes: 100, grantsPerScheme: 60, groups: 200, roles: 50, projects: 300, users: 200 }
    : SCALE_SITE,
  applyChanges: small ? 100 : SCALE_DEFAULTS.applyChanges,
  concurrency: values.concurrency === undefined ? SCALE_DEFAULTS.concurrency : Number(values.concurrency),
};
if (!Number.isInteger(scaleParams.concurrency) || scaleParams.concurrency < 1) {
  process.stderr.write(
    '--concurrency takes a whole number of reads in flight, e.g. 4 (the client default)\n',
  );
  process.exit(1);
}
const validateParams = small ? { ...VALIDATE_DEFAULTS, files: 200 } : VALIDATE_DEFAULTS;

function machine(): Record<string, unknown> {
  return {
    cores: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

function log(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

async function main(): Promise<void> {
  const workdir = mkdtempSync(join(tmpdir(), 'jira-perms-bench-'));
  const results: ScenarioResult[] = [];
  let scale: ScaleContext | undefined;
  const started = performance.now();
  try {
    if (only.has('validate')) {
      log(`validate: ${String(validateParams.files)} files`);
      results.push(await validateScenario(join(workdir, 'validate'), validateParams));
    }
    let planBoundMs: number | undefined;
    if (only.has('plan') || only.has('apply') || only.has('cpu')) {
      const site = scaleParams.site;
      log(
        `scale site: ${String(site.schemes)} schemes × ${String(site.grantsPerScheme)} grants, ${String(site.projects)} projects; exporting it`,
      );
      scale = await prepareScale(workdir, scaleParams);
    }
    if (scale !== undefined && only.has('plan')) {
      log(`plan at ${String(scaleParams.latencyMs)} ms per request`);
      const plan = await planScenario(scale, workdir);
      planBoundMs = plan.details.boundMs as number;
      results.push(plan);
    }
    if (scale !== undefined && only.has('apply')) {
      log(
        `apply ${String(scaleParams.applyChanges)} changes at ${String(scaleParams.latencyMs)} ms per request`,
      );
      results.push(await applyScenario(scale, workdir));
    }
    if (scale !== undefined && only.has('cpu')) {
      log('CPU: load + validate + plan with no latency');
      await scale.sim.reset();
      await scale.sim.setFaults({});
      const folder = planFolder(scale, 'cpu', workdir);
      results.push(
        await cpuScenario(
          { cwd: folder.cwd, env: scale.sim.env, files: folder.files, repetitions: 3 },
          planBoundMs,
        ),
      );
    }
    if (only.has('startup')) {
      log('start-up of the bundles');
      results.push(await startupScenario(join(workdir, 'startup'), 10, values.dist));
    }
  } finally {
    await scale?.sim.stop();
    rmSync(workdir, { recursive: true, force: true });
  }

  const rows: Row[] = results.flatMap((result) => result.rows);
  const info = machine();
  const output = {
    date: new Date().toISOString(),
    machine: info,
    small,
    totalSeconds: Math.round((performance.now() - started) / 1000),
    rows,
    table: renderMarkdown(rows),
    scenarios: Object.fromEntries(results.map((result) => [result.name, result.details])),
  };
  const out = values.out ?? join(REPOSITORY_ROOT, 'bench', 'results.json');
  writeFileSync(out, `${JSON.stringify(output, null, 2)}\n`);
  process.stdout.write(
    `\n${renderTable(rows)}\n\nMachine: ${String(info.cores)} cores, ${String(info.cpu)}, Node ${String(info.node)}. ` +
      `Total ${String(output.totalSeconds)} s. Details: ${out}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
