import { commandDeps, jiraOf } from '../../src/commands/deps.js';
import { afterEach, describe, expect, it } from '@jest/globals';

import type { ExportResult } from '../../src/commands/export.js';
import { runPlan, type PlanResult } from '../../src/commands/plan.js';
import { loadProject } from '../../src/config/load.js';
import type { Finding } from '../../src/model/finding.js';
import { ACCOUNT_IDS, defaultSeed } from '../../src/sim/index.js';
import type { ApiBehaviour, SiteData } from '../../src/sim/types.js';
import { awkwardSite, exportFiles, readerFor, temporaryDir, treeOf, withSimulator } from './helpers.js';

/**
 * The strongest check that loading, resolving, reading and planning agree: export a site, plan the
 * exported folder against the same site, and expect no change at all.
 */

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

interface RoundTrip {
  exported: ExportResult;
  plan: PlanResult;
  validation: Finding[];
  changedOnReexport: string[];
}

async function roundTrip(
  seed: SiteData | undefined,
  flavour: 'cloud' | 'datacenter' = 'cloud',
  apiBehaviour: Partial<ApiBehaviour> = {},
): Promise<RoundTrip> {
  const temporary = temporaryDir();
  cleanups.push(temporary.remove);
  const cwd = temporary.dir;
  return withSimulator(
    seed,
    async (sim) => {
      const exported = await exportFiles({ cwd, jira: readerFor(sim) });
      const validation = (await loadProject({ cwd })).findings;
      const plan = await runPlan({}, commandDeps({ cwd, jira: jiraOf(readerFor(sim)) }));
      // Exporting an unchanged site again gives the same bytes (no dates, no counters, stable order).
      const before = treeOf(cwd);
      await exportFiles({ cwd, jira: readerFor(sim), force: true });
      const after = treeOf(cwd);
      const changedOnReexport = Object.keys({ ...before, ...after }).filter(
        (file) => before[file] !== after[file],
      );
      return { exported, plan, validation, changedOnReexport };
    },
    { flavour, apiBehaviour },
  );
}

function describeFindings(findings: readonly Finding[]): string[] {
  return findings.map(
    (finding) => `${finding.file}:${finding.line}:${finding.column} ${finding.ruleId}: ${finding.message}`,
  );
}

function sortedDescriptions(findings: readonly Finding[]): string[] {
  return describeFindings(findings).sort();
}

function expectEmptyPlan({ exported, plan, validation, changedOnReexport }: RoundTrip): void {
  expect(changedOnReexport).toEqual([]);
  // Export keeps the default severities: what the live schemes break, validate reports as errors, and
  // export listed exactly those; plan reports each as already live and refuses none.
  const validationErrors = validation.filter((finding) => finding.severity === 'error');
  expect(sortedDescriptions(validationErrors)).toEqual(
    sortedDescriptions(exported.findings.filter((finding) => finding.severity === 'error')),
  );
  expect(plan.error).toBeUndefined();
  expect(describeFindings(plan.findings.filter((finding) => finding.severity === 'error'))).toEqual([]);
  expect(sortedDescriptions(plan.findings.filter((finding) => finding.alreadyLive === true))).toEqual(
    sortedDescriptions(validationErrors),
  );
  expect(plan.blocked).toBe(false);
  expect(plan.status).toBe('planned');
  expect(plan.plan?.changes).toEqual([]);
  expect(plan.hasChanges).toBe(false);
}

describe('export, then plan against the same site', () => {
  it('gives no changes when a live grant names a deactivated user (a warning, not a refusal)', async () => {
    const seed = defaultSeed();
    const reader = seed.users.find((user) => user.accountId === ACCOUNT_IDS.reader);
    expect(reader).toBeDefined();
    if (reader !== undefined) reader.active = false;
    const result = await roundTrip(seed);
    expectEmptyPlan(result);
    expect(result.plan.findings.map((finding) => [finding.ruleId, finding.severity])).toContainEqual([
      'inactive-user',
      'warning',
    ]);
  });

  it('gives no changes for the default seed; validate reports what Jira breaks, as export said', async () => {
    const result = await roundTrip(undefined);
    expectEmptyPlan(result);
    expect(result.exported.files).toHaveLength(4);
    // The unused archive scheme has no admin in Jira: an error for validate, already live for plan.
    expect(
      result.plan.findings
        .filter((finding) => finding.alreadyLive === true)
        .map((finding) => `${finding.file} ${finding.ruleId}`),
    ).toEqual(['jira-permissions/archived-projects-unused.yml admin-required']);
    // What validate reports is what export said it would.
    expect(describeFindings(result.validation.filter((finding) => finding.severity !== 'info'))).toEqual(
      describeFindings(result.exported.findings.filter((finding) => finding.severity !== 'info')),
    );
  });

  it('gives no changes for a site with every holder type and built-in key, app keys, renames and shared names', async () => {
    const result = await roundTrip(awkwardSite(1));
    expectEmptyPlan(result);
    // The grants export left out are exactly the ones the planner keeps.
    const kept = (result.plan.plan?.kept ?? [])
      .map((grant) => `${grant.schemeId} ${grant.permission} ${grant.holder.type}`)
      .sort();
    const leftOut = result.exported.leftOut
      .filter((grant) => grant.reason !== 'managed')
      .map((grant) => `${grant.schemeId} ${grant.permission} ${grant.holder.type}`)
      .sort();
    expect(leftOut).toEqual(['0 BROWSE_PROJECTS futureHolderType', '0 com.removed.app__gone projectRole']);
    expect(kept).toEqual(leftOut);
  });

  it('gives no changes on Data Center (groups by name, REST v2)', async () => {
    const result = await roundTrip(awkwardSite(2), 'datacenter');
    expectEmptyPlan(result);
    // Offline, validate cannot tell Data Center and asks for group ids; plan knows the site has none.
    expect(result.validation.some((finding) => finding.ruleId === 'prefer-group-id')).toBe(true);
    expect(result.plan.findings.filter((finding) => finding.ruleId === 'prefer-group-id')).toEqual([]);
  });

  const variants: { answers: string; behaviour: Partial<ApiBehaviour> }[] = [
    { answers: 'parameterless holders sent as parameter: null', behaviour: { parameterlessHolders: 'null' } },
    { answers: 'holders without expanded objects', behaviour: { expandHolderObjects: false } },
    {
      answers: 'pages capped at 2 items',
      behaviour: { maxResultsCap: { projects: 2, groups: 2, users: 2 } },
    },
  ];
  it.each(variants)('gives no changes when Jira answers with $answers', async ({ behaviour }) => {
    expectEmptyPlan(await roundTrip(awkwardSite(3), 'cloud', behaviour));
  });

  it('gives no changes for 25 generated sites (property: any site round-trips)', async () => {
    for (let seed = 100; seed < 125; seed++) {
      const site = awkwardSite(seed, { schemes: 2 + (seed % 4), grantsPerScheme: 4 + (seed % 9) });
      const result = await roundTrip(site, seed % 5 === 0 ? 'datacenter' : 'cloud');
      try {
        expectEmptyPlan(result);
      } catch (error) {
        throw new Error(`site seed ${seed}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  });
});
