/**
 * The action's entry: read the inputs once, mask the secrets before anything else, then run one
 * command step. The steps call the same typed command functions as the command line.
 */
import * as core from '@actions/core';
import { context } from '@actions/github';
import { tmpdir } from 'node:os';

import { onSecretRegistered, registerSecret } from '../jira/secrets.js';
import type { ActionCommand } from './inputs.js';
import { getErrorMessage, jiraEnvironment, readInputs, runnerInputReader, secretValues } from './inputs.js';
import { fail, type StepContext } from './runner.js';
import { applyStep } from './steps/apply.js';
import { doctorStep } from './steps/doctor.js';
import { exportStep } from './steps/export.js';
import { planStep } from './steps/plan.js';
import { validateStep } from './steps/validate.js';

const STEPS: Record<ActionCommand, (step: StepContext) => Promise<void>> = {
  validate: validateStep,
  plan: planStep,
  apply: applyStep,
  export: exportStep,
  doctor: doctorStep,
};

function repositoryOf(): StepContext['repository'] {
  try {
    return context.repo;
  } catch {
    return undefined;
  }
}

export async function run(): Promise<void> {
  // Mask first: every secret the product registers (here, or later in the Jira client) reaches the
  // runner's masker before a line that could hold it is printed.
  const unsubscribe = onSecretRegistered((secret) => {
    core.setSecret(secret);
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
    const step: StepContext = {
      inputs,
      workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
      env: jiraEnvironment(inputs.jira),
      signal: controller.signal,
      eventName: context.eventName,
      payload: context.payload,
      ref: context.ref,
      repository: repositoryOf(),
      apiUrl: context.apiUrl,
      tempDir: process.env.RUNNER_TEMP ?? tmpdir(),
    };
    await STEPS[inputs.command](step);
  } catch (error) {
    fail(getErrorMessage(error));
  } finally {
    process.removeListener('SIGINT', interrupt);
    process.removeListener('SIGTERM', interrupt);
    unsubscribe();
  }
}
