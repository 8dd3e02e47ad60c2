import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { renderMarkdown, renderTable, type Row, type ScenarioResult } from './lib/result.js';
import { SCALE_SITE } from './lib/site.js';
import { cpuScenario } from './scenarios/cpu.js';
import {
  applyFloorScenario,
  applyScenario,
  planFolder,
  planScenario,
  prepareScale,
  SCALE_DEFAULTS,
  type ScaleContext,
  type ScaleParams,
} from './scenarios/scale.js';
import { findBundles, REPOSITORY_ROOT, startupScenario } from './scenarios/startup.js';
import { VALIDATE_DEFAULTS, validateScenario } from './scenarios/validate.js';

/**
 * `npm run bench`: every figure as a ratio to its bound or baseline, printed as a table and written to
 * bench/results.json. Options: --only validate,plan,apply,apply-floor,cpu,plan-dc,startup; --small (a tenth of the scale,
 * to try it quickly); --dist DIR (bundles to time; default: a fresh build in a temp folder); --concurrency N
 * (reads in flight for plan and the in-process apply; default the client's 10; apply beside its floor
 * always runs at the product's default settings).
 */

const SCENARIOS = ['validate', 'plan', 'apply', 'apply-floor', 'cpu', 'plan-dc', 'startup'] as const;
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
    'Usage: npm run bench -- [--only validate,plan,apply,apply-floor,cpu,plan-dc,startup] [--small] [--dist DIR] [--out FILE] [--concurrency N]\n',
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
  // Plan beside its floor process: medians of 3 at the small scale, one run each at full scale.
  rounds: small ? 3 : SCALE_DEFAULTS.rounds,
  concurrency: values.concurrency === undefined ? SCALE_DEFAULTS.concurrency : Number(values.concurrency),
};
if (!Number.isInteger(scaleParams.concurrency) || scaleParams.concurrency < 1) {
  process.stderr.write(
    '--concurrency takes a whole number of requests in flight, e.g. 10 (the client default)\n',
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

/** A scenario that failed: its row says why, the others still run, and the exit code is 1. */
function failed(name: string, error: unknown): ScenarioResult {
  const message = error instanceof Error ? error.message : String(error);
  process.exitCode = 1;
  log(`${name} failed: ${error instanceof Error ? (error.stack ?? message) : message}`);
  return {
    name,
    rows: [
      { scenario: name, measure: 'FAILED', value: message.split('\n')[0] ?? '', against: '', ratio: null },
    ],
    details: { error: message },
  };
}

async function attempt(name: string, work: () => Promise<ScenarioResult>): Promise<ScenarioResult> {
  try {
    return await work();
  } catch (error) {
    return failed(name, error);
  }
}

async function main(): Promise<void> {
  const workdir = mkdtempSync(join(tmpdir(), 'jira-perms-bench-'));
  const results: ScenarioResult[] = [];
  let scale: ScaleContext | undefined;
  const started = performance.now();
  // The bundles users run (built from the sources once, or --dist): every figure is a whole process.
  let bundles: string | undefined;
  const bundleDir = (): string => (bundles ??= findBundles(join(workdir, 'bundles'), values.dist).dir);
  const cli = (): string => join(bundleDir(), 'cli', 'index.js');
  try {
    if (only.has('validate')) {
      log(`validate: ${String(validateParams.files)} files`);
      results.push(
        await attempt('validate', () => validateScenario(join(workdir, 'validate'), validateParams, cli())),
      );
    }
    let planBoundMs: number | undefined;
    if (only.has('plan') || only.has('apply') || only.has('apply-floor') || only.has('cpu')) {
      const site = scaleParams.site;
      log(
        `scale site: ${String(site.schemes)} schemes × ${String(site.grantsPerScheme)} grants, ${String(site.projects)} projects; exporting it`,
      );
      try {
        scale = await prepareScale(workdir, scaleParams);
      } catch (error) {
        results.push(failed('scale site', error));
      }
    }
    if (scale !== undefined && only.has('plan')) {
      log(`plan at ${String(scaleParams.latencyMs)} ms per request`);
      const context = scale;
      const plan = await attempt('plan', () => planScenario(context, workdir, cli()));
      if (typeof plan.details.boundMs === 'number') planBoundMs = plan.details.boundMs;
      results.push(plan);
    }
    if (scale !== undefined && only.has('apply')) {
      log(
        `apply ${String(scaleParams.applyChanges)} changes at ${String(scaleParams.latencyMs)} ms per request`,
      );
      const context = scale;
      results.push(await attempt('apply', () => applyScenario(context, workdir)));
    }
    if (scale !== undefined && only.has('apply-floor')) {
      log(
        `apply ${String(scaleParams.floorAdds)} additions beside the apply floor process, at ${String(scaleParams.latencyMs)} ms per request`,
      );
      const context = scale;
      results.push(await attempt('apply-floor', () => applyFloorScenario(context, workdir, cli())));
    }
    if (scale !== undefined && only.has('cpu')) {
      log('CPU: load + validate + plan with no latency');
      const context = scale;
      results.push(
        await attempt('cpu', async () => {
          await context.sim.reset();
          await context.sim.setFaults({});
          const folder = planFolder(context, 'cpu', workdir);
          return cpuScenario(
            { cwd: folder.cwd, env: context.sim.env, files: folder.files, repetitions: 3 },
            planBoundMs,
          );
        }),
      );
    }
    if (only.has('plan-dc')) {
      // Stop the Cloud simulator first: one simulator process at a time on a small machine.
      await scale?.sim.stop();
      scale = undefined;
      log('Data Center site: the same, exported through REST 2 (groups by name)');
      results.push(
        await attempt('plan-dc', async () => {
          const context = await prepareScale(workdir, scaleParams, 'datacenter');
          try {
            return await planScenario(context, workdir, cli());
          } finally {
            await context.sim.stop();
          }
        }),
      );
    }
    if (only.has('startup')) {
      log('start-up of the bundles');
      results.push(
        await attempt('startup', () => startupScenario(join(workdir, 'startup'), 10, bundleDir())),
      );
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
