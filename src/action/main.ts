/**
 * The action's entry: read the inputs once, mask the secrets before anything else, then run one
 * command step. The steps call the same typed command functions as the command line.
 */
import { tmpdir } from 'node:os';

import { onSecretRegistered, registerSecret } from '../jira/secrets.js';
import { log } from '../view/workflow.js';
import type { ActionCommand } from './inputs.js';
import { getErrorMessage, jiraEnvironment, readInputs, runnerInputReader, secretValues } from './inputs.js';
import { runContext } from './context.js';
import { fail, type StepContext } from './runner.js';
import { setSecret } from './toolkit.js';

type Step = (step: StepContext) => Promise<void>;

/** Each command's step, loaded when it runs: a validate run never loads the Jira client or Octokit. */
const STEPS: Record<ActionCommand, () => Promise<Step>> = {
  validate: async () => (await import('./steps/validate.js')).validateStep,
  plan: async () => (await import('./steps/plan.js')).planStep,
  apply: async () => (await import('./steps/apply.js')).applyStep,
  export: async () => (await import('./steps/export.js')).exportStep,
  doctor: async () => (await import('./steps/doctor.js')).doctorStep,
  drift: async () => (await import('./steps/drift.js')).driftStep,
};

function optionalText(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

/** The run's id (`GITHUB_RUN_ID`), for a link to the run. */
function runIdOf(value: string | undefined): number | undefined {
  const id = Number(value);
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

export async function run(): Promise<void> {
  // Mask first: every secret the product registers (here, or later in the Jira client) reaches the
  // runner's masker before a line that could hold it is printed.
  const unsubscribe = onSecretRegistered((secret) => {
    setSecret(secret);
  });
  const controller = new AbortController();
  const interrupt = () => {
    controller.abort(new Error('interrupted'));
  };
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  try {
    const read = runnerInputReader();
    for (const secret of secretValues(read)) registerSecret(secret);
    const inputs = readInputs(read);
    const run = runContext(process.env, log);
    const step: StepContext = {
      inputs,
      workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
      env: jiraEnvironment(inputs.jira),
      signal: controller.signal,
      ...run,
      tempDir: process.env.RUNNER_TEMP ?? tmpdir(),
      sha: optionalText(process.env.GITHUB_SHA),
      serverUrl: optionalText(process.env.GITHUB_SERVER_URL) ?? 'https://github.com',
      runId: runIdOf(process.env.GITHUB_RUN_ID),
    };
    const runStep = await STEPS[inputs.command]();
    await runStep(step);
  } catch (error) {
    fail(getErrorMessage(error));
  } finally {
    process.removeListener('SIGINT', interrupt);
    process.removeListener('SIGTERM', interrupt);
    unsubscribe();
  }
}
