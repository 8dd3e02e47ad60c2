import { afterEach, describe, expect, it } from '@jest/globals';
import { load } from 'js-yaml';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { commandDeps, jiraOf } from '../../src/commands/deps.js';
import type { ExportOutcome } from '../../src/commands/export.js';
import { runPlan } from '../../src/commands/plan.js';
import { loadProject } from '../../src/config/load.js';
import { defaultSeed } from '../../src/sim/index.js';
import {
  awkwardSite,
  exportFiles,
  exportIn,
  readerFor,
  temporaryDir,
  treeOf,
  withSimulator,
} from './helpers.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function workspace(): string {
  const temporary = temporaryDir();
  cleanups.push(temporary.remove);
  return temporary.dir;
}

/** A refused export: its message and the files in the way. */
async function exportError(
  promise: Promise<ExportOutcome>,
): Promise<{ message: string; conflicts: readonly string[] }> {
  const outcome = await promise;
  if (outcome.status !== 'refused')
    throw new Error(`expected the export to be refused, it was ${outcome.status}`);
  return { message: outcome.error, conflicts: outcome.conflicts };
}

describe('runExport against the simulator', () => {
  it('writes one file per live scheme into the settings folder, reading only', async () => {
    const cwd = workspace();
    await withSimulator(undefined, async (sim) => {
      const result = await exportFiles({ cwd, jira: readerFor(sim) });
      expect(result.out).toBe('jira-permissions');
      expect(result.files.map((file) => [file.path, file.schemeId])).toEqual(
        [...sim.state.schemes]
          .sort((a, b) => a.id - b.id)
          .map((scheme) => [expect.stringMatching(/^jira-permissions\/[a-z0-9-]+\.yml$/), scheme.id]),
      );
      for (const file of result.files) {
        const data = load(readFileSync(path.join(cwd, file.path), 'utf8')) as { id: number; name: string };
        expect(data.id).toBe(file.schemeId);
        expect(data.name).toBe(file.scheme);
      }
      expect(sim.requests.every((request) => request.method === 'GET')).toBe(true);
      // The default seed uses app-defined keys: the settings file lists them for offline validation.
      expect(result.settingsFile).toEqual({ path: '.jira-permissions.yml', action: 'created' });
      const settings = load(readFileSync(path.join(cwd, '.jira-permissions.yml'), 'utf8'));
      expect(result.customPermissions.length).toBeGreaterThan(0);
      // The seed's unused archive scheme has no ADMINISTER_PROJECTS holder in Jira: the file says so too,
      // the new settings file keeps the rule's default severity, and the finding is reported as an error.
      expect(settings).toEqual({
        schemes: 'jira-permissions',
        customPermissions: result.customPermissions,
      });
      expect(result.findings.filter((finding) => finding.ruleId === 'admin-required')).toEqual([
        expect.objectContaining({
          severity: 'error',
          file: 'jira-permissions/archived-projects-unused.yml',
          line: expect.any(Number),
        }),
      ]);
      // Planned straight back, that error is already live: no change, nothing refused.
      const planned = await runPlan({}, commandDeps({ cwd, jira: jiraOf(readerFor(sim)) }));
      expect(planned.status).toBe('planned');
      expect(planned.blocked).toBe(false);
      expect(planned.plan?.changes).toEqual([]);
      expect(planned.findings.filter((finding) => finding.ruleId === 'admin-required')).toEqual([
        expect.objectContaining({ alreadyLive: true, file: 'jira-permissions/archived-projects-unused.yml' }),
      ]);
      // The add-ons role is in every seeded scheme; it is left out, and said so.
      expect(result.leftOut.length).toBeGreaterThan(0);
      expect(result.leftOut.every((grant) => grant.reason === 'managed')).toBe(true);
    });
  });

  it('refuses up front, writing nothing, when files exist; --force replaces them with the same bytes', async () => {
    const cwd = workspace();
    await withSimulator(undefined, async (sim) => {
      const jira = readerFor(sim);
      const first = await exportFiles({ cwd, jira });
      const before = treeOf(cwd);
      // One file removed: the refusal must not write it either.
      const removed = first.files[1]?.path ?? '';
      writeFileSync(path.join(cwd, first.files[0]?.path ?? ''), 'name: hand edited\ngrants: {}\n');
      const edited = treeOf(cwd);
      const { rmSync } = await import('node:fs');
      rmSync(path.join(cwd, removed));

      const refused = await exportError(exportIn({ cwd, jira }));
      expect(refused.message).toContain('nothing was written');
      expect(refused.message).toContain('--force');
      expect(refused.conflicts).toEqual(
        first.files.map((file) => file.path).filter((file) => file !== removed),
      );
      expect(existsSync(path.join(cwd, removed))).toBe(false);
      expect(treeOf(cwd)[first.files[0]?.path ?? '']).toBe(edited[first.files[0]?.path ?? '']);

      const forced = await exportFiles({ cwd, jira, force: true });
      expect(forced.files.map((file) => file.replaced)).toEqual(
        first.files.map((file) => file.path !== removed),
      );
      expect(treeOf(cwd)).toEqual(before);
    });
  });

  it('exports only the schemes asked for, by name or id, under the names a full export gives', async () => {
    const full = workspace();
    const some = workspace();
    await withSimulator(undefined, async (sim) => {
      const jira = readerFor(sim);
      const all = await exportFiles({ cwd: full, jira });
      const [a, b] = all.files;
      const result = await exportFiles({ cwd: some, jira, schemes: [a?.scheme ?? '', String(b?.schemeId)] });
      expect(result.files.map((file) => file.path)).toEqual([a?.path, b?.path]);
      expect(
        Object.keys(treeOf(some)).filter((file) => file.endsWith('.yml') && !file.startsWith('.')),
      ).toEqual(expect.arrayContaining([a?.path, b?.path]));
      for (const file of result.files) {
        expect(readFileSync(path.join(some, file.path), 'utf8')).toBe(
          readFileSync(path.join(full, file.path), 'utf8'),
        );
      }
    });
  });

  it('names an unknown --scheme, suggests the closest, and writes nothing', async () => {
    const cwd = workspace();
    await withSimulator(undefined, async (sim) => {
      const refused = await exportError(
        exportIn({ cwd, jira: readerFor(sim), schemes: ['Software Developmnt'] }),
      );
      expect(refused.message).toContain(
        'no live permission scheme named "Software Developmnt" (did you mean "Software Development"?)',
      );
      expect(treeOf(cwd)).toEqual({});
    });
  });

  it('refuses an --out that is a file (or lies under one) before asking Jira, writing nothing', async () => {
    const cwd = workspace();
    writeFileSync(path.join(cwd, 'plan.json'), '{}');
    await withSimulator(undefined, async (sim) => {
      sim.clearLog();
      for (const out of ['plan.json', 'plan.json/schemes']) {
        const refused = await exportError(exportIn({ cwd, jira: readerFor(sim), out }));
        expect(refused.message).toBe(
          'plan.json is a file, not a folder: export writes one file per scheme into a folder. ' +
            'Pass a folder with --out (it is created if it does not exist).',
        );
      }
      expect(sim.requests).toEqual([]);
      expect(treeOf(cwd)).toEqual({ 'plan.json': '{}' });
    });
  });

  it('on a site whose groups have no ids (Data Center), keeps prefer-group-id at its default and reports it', async () => {
    const cwd = workspace();
    await withSimulator(
      undefined,
      async (sim) => {
        const result = await exportFiles({ cwd, jira: readerFor(sim) });
        const settings = readFileSync(path.join(cwd, '.jira-permissions.yml'), 'utf8');
        expect(settings).not.toContain('rules');
        const named = result.findings.filter((finding) => finding.ruleId === 'prefer-group-id');
        expect(named.length).toBeGreaterThan(0);
        expect(named.every((finding) => finding.severity === 'warning')).toBe(true);
        const project = await loadProject({ cwd });
        expect(project.settings.rules).toEqual({});
        expect(project.findings.filter((finding) => finding.ruleId === 'prefer-group-id')).toHaveLength(
          named.length,
        );

        // A settings file the team already has is theirs: export may add what the files need
        // (with --force), but never sets a rule in it.
        const other = workspace();
        writeFileSync(path.join(other, '.jira-permissions.yml'), 'schemes: jira-permissions\n');
        const again = await exportFiles({ cwd: other, jira: readerFor(sim), force: true });
        expect(again.settingsFile?.action).toBe('updated');
        expect(readFileSync(path.join(other, '.jira-permissions.yml'), 'utf8')).not.toContain(
          'prefer-group-id',
        );
      },
      { flavour: 'datacenter' },
    );
  });

  it('on Cloud, where export pins group ids, has nothing to say about prefer-group-id', async () => {
    const cwd = workspace();
    await withSimulator(undefined, async (sim) => {
      const result = await exportFiles({ cwd, jira: readerFor(sim) });
      expect(result.findings.filter((finding) => finding.ruleId === 'prefer-group-id')).toEqual([]);
      expect(readFileSync(path.join(cwd, '.jira-permissions.yml'), 'utf8')).not.toContain('prefer-group-id');
    });
  });

  it('gives colliding scheme names distinct, stable file names', async () => {
    const cwd = workspace();
    const seed = defaultSeed();
    seed.schemes.push(
      { id: 20001, name: 'Software development!', grants: [] },
      { id: 20000, name: 'SOFTWARE DEVELOPMENT', grants: [] },
    );
    await withSimulator(seed, async (sim) => {
      const result = await exportFiles({ cwd, jira: readerFor(sim) });
      const byId = new Map(result.files.map((file) => [file.schemeId, file.path]));
      expect(byId.get(10000)).toBe('jira-permissions/software-development.yml');
      expect(byId.get(20000)).toBe('jira-permissions/software-development-20000.yml');
      expect(byId.get(20001)).toBe('jira-permissions/software-development-20001.yml');
      expect(
        load(readFileSync(path.join(cwd, 'jira-permissions/software-development-20000.yml'), 'utf8')),
      ).toEqual({
        name: 'SOFTWARE DEVELOPMENT',
        id: 20000,
        projects: [],
        grants: {},
      });
    });
  });

  it('updates the file that already pins a scheme id, wherever it is, instead of adding a second one', async () => {
    const cwd = workspace();
    mkdirSync(path.join(cwd, 'jira-permissions', 'teams'), { recursive: true });
    const mine = path.join(cwd, 'jira-permissions', 'teams', 'software.yaml');
    writeFileSync(mine, 'name: Software Development\nid: 10000\ngrants: {}\n');
    await withSimulator(undefined, async (sim) => {
      const jira = readerFor(sim);
      const refused = await exportError(exportIn({ cwd, jira, schemes: ['Software Development'] }));
      expect(refused.conflicts).toEqual(['jira-permissions/teams/software.yaml']);
      const result = await exportFiles({ cwd, jira, schemes: ['Software Development'], force: true });
      expect(result.files.map((file) => file.path)).toEqual(['jira-permissions/teams/software.yaml']);
      expect(existsSync(path.join(cwd, 'jira-permissions', 'software-development.yml'))).toBe(false);
      expect(readFileSync(mine, 'utf8')).toContain(
        '# Jira permission scheme 10000, exported by jira-perms export.',
      );
    });
  });

  it('updates a hand-written file that names a scheme without pinning its id', async () => {
    const cwd = workspace();
    mkdirSync(path.join(cwd, 'jira-permissions'), { recursive: true });
    writeFileSync(path.join(cwd, 'jira-permissions', 'dev.yml'), 'name: Software Development\ngrants: {}\n');
    await withSimulator(undefined, async (sim) => {
      const result = await exportFiles({ cwd, jira: readerFor(sim), schemes: ['10000'], force: true });
      expect(result.files.map((file) => file.path)).toEqual(['jira-permissions/dev.yml']);
      expect(load(readFileSync(path.join(cwd, 'jira-permissions', 'dev.yml'), 'utf8'))).toMatchObject({
        id: 10000,
      });
    });
  });

  it("never writes one scheme into another live scheme's file", async () => {
    const cwd = workspace();
    mkdirSync(path.join(cwd, 'jira-permissions'), { recursive: true });
    // Someone keeps the service-desk scheme in the file a full export would give Software Development.
    writeFileSync(
      path.join(cwd, 'jira-permissions', 'software-development.yml'),
      'name: Help\nid: 10001\ngrants: {}\n',
    );
    await withSimulator(undefined, async (sim) => {
      const result = await exportFiles({ cwd, jira: readerFor(sim), force: true });
      const byId = new Map(result.files.map((file) => [file.schemeId, file.path]));
      expect(byId.get(10001)).toBe('jira-permissions/software-development.yml');
      expect(byId.get(10000)).toBe('jira-permissions/software-development-10000.yml');
    });
  });

  it('does not overwrite a settings file without --force, and keeps its settings when it does', async () => {
    const cwd = workspace();
    writeFileSync(
      path.join(cwd, '.jira-permissions.yml'),
      'schemes: perms\nprune: false\nrules:\n  prefer-group-id: off\n',
    );
    await withSimulator(undefined, async (sim) => {
      const jira = readerFor(sim);
      const refused = await exportError(exportIn({ cwd, jira }));
      expect(refused.conflicts).toEqual([
        expect.stringMatching(/^\.jira-permissions\.yml \(customPermissions would gain: com\./),
      ]);
      expect(existsSync(path.join(cwd, 'perms'))).toBe(false);

      const result = await exportFiles({ cwd, jira, force: true });
      expect(result.out).toBe('perms');
      expect(result.settingsFile).toEqual({ path: '.jira-permissions.yml', action: 'updated' });
      expect(load(readFileSync(path.join(cwd, '.jira-permissions.yml'), 'utf8'))).toEqual({
        schemes: 'perms',
        prune: false,
        // The team's severities as they were: what Jira breaks is reported, not relaxed.
        rules: { 'prefer-group-id': 'off' },
        customPermissions: result.customPermissions,
      });
      expect(result.findings).toContainEqual(
        expect.objectContaining({
          ruleId: 'admin-required',
          severity: 'error',
          file: 'perms/archived-projects-unused.yml',
        }),
      );
      // Once the keys are listed, the settings file is nobody's conflict.
      const again = await exportError(exportIn({ cwd, jira }));
      expect(again.conflicts.every((conflict) => conflict.startsWith('perms/'))).toBe(true);
    });
  });

  it('writes no settings file when no app-defined key is in use and no rule is broken', async () => {
    const cwd = workspace();
    const seed = defaultSeed();
    for (const scheme of seed.schemes) {
      scheme.grants = scheme.grants.filter((grant) => !grant.permission.includes('__'));
      scheme.grants.push({
        id: 90000 + scheme.id,
        permission: 'ADMINISTER_PROJECTS',
        holder: { type: 'projectLead' },
      });
    }
    await withSimulator(seed, async (sim) => {
      const result = await exportFiles({ cwd, jira: readerFor(sim), out: 'exported' });
      expect(result.settingsFile).toBeUndefined();
      expect(result.customPermissions).toEqual([]);
      // Besides the scheme files, only the schema copies their $schema lines point at.
      const others = Object.keys(treeOf(cwd)).filter((file) => !file.startsWith('exported/'));
      expect(others.every((file) => file.startsWith('.jira-permissions/schemas/'))).toBe(true);
    });
  });

  it('creates a settings file at a given path that does not exist yet, pointing back at the folder', async () => {
    const cwd = workspace();
    await withSimulator(undefined, async (sim) => {
      const result = await exportFiles({ cwd, jira: readerFor(sim), settingsPath: 'config/jira-perms.yml' });
      expect(result.out).toBe('jira-permissions');
      expect(result.settingsFile).toEqual({ path: 'config/jira-perms.yml', action: 'created' });
      const settings = load(readFileSync(path.join(cwd, 'config', 'jira-perms.yml'), 'utf8')) as {
        schemes: string;
      };
      expect(settings.schemes).toBe('../jira-permissions');
    });
  });

  it('reports progress per file written', async () => {
    const cwd = workspace();
    await withSimulator(awkwardSite(3), async (sim) => {
      const seen: string[] = [];
      await exportFiles({
        cwd,
        jira: readerFor(sim),
        progress: (progress) => seen.push(`${progress.step} ${progress.done ?? 0}/${progress.total ?? 0}`),
      });
      expect(seen).toEqual([
        'reading 0/0',
        ...[1, 2, 3, 4].map((done) => `exporting ${done}/4`),
        ...[1, 2, 3, 4].map((done) => `writing ${done}/4`),
      ]);
    });
  });
});
