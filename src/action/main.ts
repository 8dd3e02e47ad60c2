import * as core from '@actions/core';

// Placeholder until the action face lands; replaced by its owner.
export function run(): Promise<void> {
  core.setFailed('the action is not built yet');
  return Promise.resolve();
}
