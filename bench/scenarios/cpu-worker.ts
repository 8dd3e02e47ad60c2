import { commandDeps } from '../../src/commands/deps.js';
import { readFileSync } from 'node:fs';

import { runPlan } from '../../src/commands/plan.js';
import { bareLoad } from '../lib/yaml-baseline.js';
import { cpuAndWallMs, round } from '../lib/measure.js';

/**
 * Runs in its own process (forked by cpu.ts) so that its peak memory is the plan's alone and its CPU
 * time is not shared with the simulator. Measures load + validate + resolve + plan against a Jira
 * with no latency, then a bare js-yaml parse of the same files and a bare JSON.parse of the very
 * answers the plan received.
 */

export interface CpuJob {
  cwd: string;
  env: Record<string, string>;
  files: string[];
  repetitions: number;
}

export interface CpuReport {
  planCpuMs: number[];
  planWallMs: number[];
  changes: number;
  maxRssBytes: number;
  heapUsedAfterBytes: number;
  baselineCpuMs: number[];
  yamlCpuMs: number[];
  jsonCpuMs: number[];
  responses: number;
  responseBytes: number;
}

async function plan(job: CpuJob): Promise<number> {
  const result = await runPlan({}, commandDeps({ cwd: job.cwd, env: job.env }));
  if (result.status !== 'planned') throw new Error(`plan failed: ${result.error ?? result.status}`);
  return result.plan?.changes.length ?? 0;
}

/** One more plan, with fetch wrapped to keep a copy of every answer's text (not timed). */
async function captureResponses(job: CpuJob): Promise<string[]> {
  const original = globalThis.fetch;
  const bodies: string[] = [];
  globalThis.fetch = async (...args: Parameters<typeof fetch>) => {
    const response = await original(...args);
    bodies.push(await response.clone().text());
    return response;
  };
  try {
    await plan(job);
  } finally {
    globalThis.fetch = original;
  }
  return bodies.filter((body) => body.trim() !== '');
}

function parseYaml(files: readonly string[]): void {
  for (const file of files) bareLoad(readFileSync(file, 'utf8'));
}

function parseJson(bodies: readonly string[]): void {
  for (const body of bodies) JSON.parse(body);
}

async function run(job: CpuJob): Promise<CpuReport> {
  let changes = await plan(job); // warm-up: modules loaded, code compiled
  const planCpuMs: number[] = [];
  const planWallMs: number[] = [];
  for (let index = 0; index < job.repetitions; index++) {
    const measured = await cpuAndWallMs(async () => {
      changes = await plan(job);
    });
    planCpuMs.push(round(measured.cpuMs, 1));
    planWallMs.push(round(measured.wallMs, 1));
  }
  const maxRssBytes = process.resourceUsage().maxRSS * 1024;
  const heapUsedAfterBytes = process.memoryUsage().heapUsed;

  const bodies = await captureResponses(job);
  parseYaml(job.files);
  parseJson(bodies);
  const yamlCpuMs: number[] = [];
  const jsonCpuMs: number[] = [];
  const baselineCpuMs: number[] = [];
  for (let index = 0; index < job.repetitions + 2; index++) {
    const yaml = (
      await cpuAndWallMs(() => {
        parseYaml(job.files);
      })
    ).cpuMs;
    const json = (
      await cpuAndWallMs(() => {
        parseJson(bodies);
      })
    ).cpuMs;
    yamlCpuMs.push(round(yaml, 1));
    jsonCpuMs.push(round(json, 1));
    baselineCpuMs.push(round(yaml + json, 1));
  }
  return {
    planCpuMs,
    planWallMs,
    changes,
    maxRssBytes,
    heapUsedAfterBytes,
    baselineCpuMs,
    yamlCpuMs,
    jsonCpuMs,
    responses: bodies.length,
    responseBytes: bodies.reduce((sum, body) => sum + Buffer.byteLength(body), 0),
  };
}

process.once('message', (job: CpuJob) => {
  run(job).then(
    (report) => {
      process.send?.({ ok: true, report }, () => process.exit(0));
    },
    (error: unknown) => {
      process.send?.({ ok: false, error: error instanceof Error ? error.stack : String(error) }, () =>
        process.exit(1),
      );
    },
  );
});
