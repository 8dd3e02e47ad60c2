import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { mb, median, round } from '../lib/measure.js';
import { seconds, type ScenarioResult } from '../lib/result.js';
import type { CpuJob, CpuReport } from './cpu-worker.js';

/** Load + validate + plan with no latency, against bare parsing of the same bytes, in a process of its own. */
export async function cpuScenario(job: CpuJob, planBoundMs: number | undefined): Promise<ScenarioResult> {
  const child = fork(fileURLToPath(new URL('./cpu-worker.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const reply = await new Promise<{ ok: boolean; report?: CpuReport; error?: string }>((resolve, reject) => {
    child.once('message', (message: { ok: boolean; report?: CpuReport; error?: string }) => {
      resolve(message);
    });
    child.once('exit', (code) => {
      reject(new Error(`the CPU worker exited (${String(code)}) without a report`));
    });
    child.send(job);
  });
  if (!reply.ok || reply.report === undefined) throw new Error(`CPU worker: ${reply.error ?? 'failed'}`);
  const report = reply.report;
  const planCpu = median(report.planCpuMs);
  const baseline = median(report.baselineCpuMs);
  const rows: ScenarioResult['rows'] = [
    {
      scenario: 'CPU, no latency',
      measure: 'load+validate+plan CPU',
      value: seconds(planCpu),
      against: `${seconds(baseline)} js-yaml + JSON.parse of the same bytes`,
      ratio: round(planCpu / baseline),
    },
    {
      scenario: 'CPU, no latency',
      measure: 'peak memory (max RSS)',
      value: `${String(mb(report.maxRssBytes))} MB`,
      against: `${String(mb(report.responseBytes))} MB of answers`,
      ratio: round(report.maxRssBytes / report.responseBytes),
    },
  ];
  if (planBoundMs !== undefined) {
    rows.push({
      scenario: 'CPU, no latency',
      measure: 'CPU share of the plan bound',
      value: seconds(planCpu),
      against: `${seconds(planBoundMs)} plan bound at 50 ms`,
      ratio: round(planCpu / planBoundMs),
    });
  }
  return {
    name: 'cpu',
    rows,
    details: {
      ...report,
      medianPlanCpuMs: planCpu,
      medianPlanWallMs: median(report.planWallMs),
      medianBaselineCpuMs: baseline,
      medianYamlCpuMs: median(report.yamlCpuMs),
      medianJsonCpuMs: median(report.jsonCpuMs),
      maxRssMB: mb(report.maxRssBytes),
    },
  };
}
