import { describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

import { commandDeps } from '../../src/commands/deps.js';
import { runValidate } from '../../src/commands/validate.js';
import { journalMarkdown } from '../../src/view/apply.js';
import { renderPlanJson } from '../../src/view/plan-json.js';
import { startSimulator, TEAM_SCHEME_ID, type Simulator, type SiteData } from '../../src/sim/index.js';
import {
  SCHEMES,
  applyIn,
  exportedRepo,
  liveAssignment,
  simulatorWithRepos,
  moves,
  placesOf,
  planIn,
  writesOf,
} from './helpers.js';

/**
 * Projects as code (#14), end to end over real HTTP against the simulator: export, move projects in
 * the files, plan (exactly the moves, no write), apply (Jira then equals the files), plan again (empty);
 * schemes created with their projects and schemes emptied and deleted in one apply; every refusal at
 * its line; the reads a plan makes.
 */

let sim: Simulator;
let pristine: SiteData;
const repo = simulatorWithRepos((started, site) => {
  sim = started;
  pristine = site;
});

const INITIAL = { SOFT: 10000, MOB: 10000, HELP: 10001, MKT: 0, TEAM: TEAM_SCHEME_ID };

describe('the round trip: export, move projects in the files, plan, apply, plan', () => {
  it('plans exactly the moves without a write, applies them, and then plans nothing', async () => {
    const files = await repo();
    // The export lists every scheme's projects, so the files plan back to nothing.
    expect(files.read(SCHEMES.software)).toContain('projects:\n  - MOB\n  - SOFT\n');
    expect(files.read(SCHEMES.archived)).toContain('\nprojects: []\n');
    const unchanged = await planIn(sim, files);
    expect(unchanged.status).toBe('planned');
    expect(unchanged.plan?.changes).toEqual([]);

    // MOB moves from Software Development to IT Help; MKT from the default scheme to Software Development.
    files.edit(SCHEMES.software, '  - MOB\n', '');
    files.edit(SCHEMES.software, '  - SOFT\n', '  - MKT\n  - SOFT\n');
    files.edit(SCHEMES.help, 'projects:\n', 'projects:\n  - MOB\n');
    files.edit(SCHEMES.default, 'projects:\n  - MKT\n', 'projects: []\n');
    sim.clearLog();
    const planned = await planIn(sim, files);
    expect(planned.status).toBe('planned');
    expect(planned.blocked).toBe(false);
    expect(writesOf(sim)).toEqual([]);
    expect(planned.plan?.changes.map((change) => change.action)).toEqual([
      'assign-project',
      'assign-project',
    ]);
    expect(moves(planned.plan?.changes ?? [])).toEqual([
      {
        action: 'assign-project',
        project: 'MOB',
        projectId: '10001',
        scheme: 'Jira Service Management Permission Scheme for IT Help',
        schemeId: 10001,
        fromScheme: 'Software Development',
        fromSchemeId: 10000,
      },
      {
        action: 'assign-project',
        project: 'MKT',
        projectId: '10003',
        scheme: 'Software Development',
        schemeId: 10000,
        fromScheme: 'Default Permission Scheme',
        fromSchemeId: 0,
      },
    ]);
    expect(planned.plan?.summary).toMatchObject({ add: 0, remove: 0, assignProjects: 2 });
    // The plan's JSON carries the contract's fields.
    const json = JSON.parse(renderPlanJson(planned.plan!)) as { changes: Record<string, unknown>[] };
    expect(Object.keys(json.changes[0] ?? {}).slice(0, 7)).toEqual([
      'action',
      'project',
      'projectId',
      'scheme',
      'schemeId',
      'fromScheme',
      'fromSchemeId',
    ]);
    // "Used by" counts each scheme with the projects it will have after the plan.
    expect(planned.plan?.blastRadius).toEqual([
      {
        scheme: 'Jira Service Management Permission Scheme for IT Help',
        schemeId: 10001,
        projectCount: 2,
        sampleKeys: ['HELP', 'MOB'],
      },
      { scheme: 'Software Development', schemeId: 10000, projectCount: 2, sampleKeys: ['MKT', 'SOFT'] },
    ]);

    sim.clearLog();
    const applied = await applyIn(sim, files);
    expect(applied.journal.message).toBe('Apply done: Jira matches the files');
    expect(applied.outcome).toBe('converged');
    expect(applied.journal.entries.map((entry) => [entry.action, entry.project, entry.result])).toEqual([
      ['assign-project', 'MOB', 'done'],
      ['assign-project', 'MKT', 'done'],
    ]);
    expect(writesOf(sim)).toEqual([
      'PUT /rest/api/3/project/{projectKeyOrId}/permissionscheme',
      'PUT /rest/api/3/project/{projectKeyOrId}/permissionscheme',
    ]);
    // Addressed by id, which a key rename or another case cannot change.
    expect(sim.requests.filter((request) => request.method === 'PUT').map((request) => request.path)).toEqual(
      ['/rest/api/3/project/10001/permissionscheme', '/rest/api/3/project/10003/permissionscheme'],
    );
    expect(liveAssignment(sim)).toEqual({ ...INITIAL, MOB: 10001, MKT: 10000 });

    const again = await planIn(sim, files);
    expect(again.plan?.changes).toEqual([]);
  });

  it('reads which project uses which scheme once per plan: no read per listed or moved project', async () => {
    const files = await repo();
    files.edit(SCHEMES.software, '  - MOB\n', '');
    files.edit(SCHEMES.help, 'projects:\n', 'projects:\n  - MOB\n');
    sim.clearLog();
    const planned = await planIn(sim, files);
    expect(moves(planned.plan?.changes ?? [])).toHaveLength(1);
    const counts = sim.countsByRoute();
    expect(counts['GET /rest/api/3/project/search']).toBe(1);
    // One lookup per project on the site (5, the team-managed one included), however many files list them.
    expect(counts['GET /rest/api/3/project/{projectKeyOrId}/permissionscheme']).toBe(
      sim.state.projects.length,
    );
    expect(counts['GET /rest/api/3/project/{projectIdOrKey}']).toBeUndefined();
    expect(writesOf(sim)).toEqual([]);
  });

  it('leaves a scheme whose file has no projects: alone, while another file still takes a project from it', async () => {
    const files = await repo();
    files.edit(SCHEMES.software, 'projects:\n  - MOB\n  - SOFT\n', '');
    files.edit(SCHEMES.help, 'projects:\n', 'projects:\n  - MOB\n');
    const planned = await planIn(sim, files);
    expect(planned.blocked).toBe(false);
    expect(moves(planned.plan?.changes ?? []).map((change) => change['project'])).toEqual(['MOB']);
    const applied = await applyIn(sim, files);
    expect(applied.outcome).toBe('converged');
    expect(liveAssignment(sim)).toEqual({ ...INITIAL, MOB: 10001 });
  });
});

describe('schemes created and deleted with their projects', () => {
  it('creates a scheme from a file without id:, moves its projects onto it in the same apply, and says which id to pin', async () => {
    const files = await repo();
    files.edit(SCHEMES.software, '  - MOB\n', '');
    const teamFile = 'jira-permissions/mobile-team.yml';
    files.write(
      teamFile,
      [
        'name: Mobile Team',
        'projects: [MOB]',
        'grants:',
        '  ADMINISTER_PROJECTS: [projectRole: Administrators]',
        '  BROWSE_PROJECTS: [projectRole: Developers, projectRole: Administrators]',
        '',
      ].join('\n'),
    );
    const planned = await planIn(sim, files);
    expect(planned.blocked).toBe(false);
    expect(planned.plan?.changes.map((change) => change.action)).toEqual([
      'create-scheme',
      'add-grant',
      'add-grant',
      'add-grant',
      'assign-project',
    ]);
    expect(moves(planned.plan?.changes ?? [])).toEqual([
      {
        action: 'assign-project',
        project: 'MOB',
        projectId: '10001',
        scheme: 'Mobile Team',
        schemeId: null,
        fromScheme: 'Software Development',
        fromSchemeId: 10000,
      },
    ]);
    expect(planned.plan?.blastRadius.find((radius) => radius.scheme === 'Mobile Team')).toMatchObject({
      schemeId: null,
      projectCount: 1,
      sampleKeys: ['MOB'],
    });

    const notes: string[] = [];
    const applied = await applyIn(
      sim,
      files,
      {},
      {
        events: (event) => {
          if (event.type === 'note') notes.push(event.message);
        },
      },
    );
    expect(applied.outcome).toBe('converged');
    const created = sim.state.schemes.find((scheme) => scheme.name === 'Mobile Team');
    expect(created).toBeDefined();
    const id = created?.id ?? -1;
    expect(liveAssignment(sim)).toEqual({ ...INITIAL, MOB: id });
    // Created before anything moved onto it; the move came after the scheme had its grants.
    const writes = writesOf(sim);
    expect(writes.indexOf('POST /rest/api/3/permissionscheme')).toBeLessThan(
      writes.indexOf('PUT /rest/api/3/project/{projectKeyOrId}/permissionscheme'),
    );
    expect(applied.journal.created).toEqual([
      { scheme: 'Mobile Team', schemeId: id, file: teamFile, line: `id: ${id}` },
    ]);
    expect(notes.some((note) => note.includes(`"id: ${id}"`) && note.includes(teamFile))).toBe(true);
    // The action's job summary says it too, where a reviewer of the run looks.
    expect(journalMarkdown(applied.journal)).toContain(
      `- \`${teamFile}\`: add \`id: ${id}\` ("Mobile Team"), or run \`jira-perms pin\`\n`,
    );

    // Planned again, the file converges and plan says which id to pin, at the name: line.
    const again = await planIn(sim, files);
    expect(again.plan?.changes).toEqual([]);
    const unpinned = again.findings.filter((finding) => finding.ruleId === 'unpinned-scheme');
    expect(unpinned).toHaveLength(1);
    expect(unpinned[0]).toMatchObject({ file: teamFile, line: 1, severity: 'warning' });
    expect(unpinned[0]?.hint).toContain(`id: ${id}`);
  });

  it('moves every project off a scheme without a file and deletes it in the same apply (prune, --allow-delete)', async () => {
    const files = await repo();
    files.write('.jira-permissions.yml', `${files.read('.jira-permissions.yml')}prune: true\n`);
    files.remove(SCHEMES.help);
    files.remove(SCHEMES.archived);
    files.edit(SCHEMES.software, '  - SOFT\n', '  - HELP\n  - SOFT\n');
    const planned = await planIn(sim, files);
    expect(planned.blocked).toBe(false);
    expect(
      planned.plan?.changes.map((change) => `${change.action} ${change.project ?? change.scheme}`),
    ).toEqual([
      'assign-project HELP',
      'delete-scheme Archived Projects (unused)',
      'delete-scheme Jira Service Management Permission Scheme for IT Help',
    ]);
    expect(moves(planned.plan?.changes ?? [])[0]).toMatchObject({
      fromScheme: 'Jira Service Management Permission Scheme for IT Help',
      fromSchemeId: 10001,
    });

    // Without --allow-delete the project still moves; the emptied scheme stays.
    const moveOnly = await applyIn(sim, files);
    expect(liveAssignment(sim)['HELP']).toBe(10000);
    expect(sim.state.schemes.some((scheme) => scheme.id === 10001)).toBe(true);
    expect(moveOnly.journal.entries.find((entry) => entry.action === 'delete-scheme')?.result).toBe(
      'skipped',
    );

    sim.restore(pristine);
    sim.clearLog();
    const applied = await applyIn(sim, files, { allowDelete: true });
    expect(applied.outcome).toBe('converged');
    expect(sim.state.schemes.map((scheme) => scheme.id).sort((a, b) => a - b)).toEqual([0, 10000]);
    expect(liveAssignment(sim)).toEqual({ ...INITIAL, HELP: 10000 });
    const writes = writesOf(sim);
    expect(writes.indexOf('PUT /rest/api/3/project/{projectKeyOrId}/permissionscheme')).toBeLessThan(
      writes.indexOf('DELETE /rest/api/3/permissionscheme/{schemeId}'),
    );
  });

  it('never deletes a scheme a project still uses: prune keeps it and says so', async () => {
    const files = await repo();
    files.write('.jira-permissions.yml', `${files.read('.jira-permissions.yml')}prune: true\n`);
    files.remove(SCHEMES.help);
    const planned = await planIn(sim, files);
    expect(planned.plan?.changes).toEqual([]);
    expect(placesOf(planned.findings, 'prune-scheme-in-use')).toHaveLength(1);
  });
});

describe('refusals, each at its line', () => {
  it('validate (offline): a key in two files is an error at both lines', async () => {
    const files = await repo();
    files.edit(SCHEMES.help, 'projects:\n', 'projects:\n  - MOB\n');
    const result = await runValidate({}, commandDeps({ cwd: files.cwd }));
    expect(placesOf(result.findings, 'unique-project').sort()).toEqual(
      [
        `${SCHEMES.help}:${files.lineOf(SCHEMES.help, '  - MOB')} error`,
        `${SCHEMES.software}:${files.lineOf(SCHEMES.software, '  - MOB')} error`,
      ].sort(),
    );
    const message = result.findings.find((finding) => finding.file === SCHEMES.software)?.message;
    expect(message).toContain(`${SCHEMES.help}:${files.lineOf(SCHEMES.help, '  - MOB')}`);
  });

  it('validate --online: the live checks of projects: at their lines, without a write', async () => {
    const files = await repo();
    files.edit(SCHEMES.archived, 'projects: []', 'projects:\n  - MBO\n  - TEAM');
    const keys = await runValidate({ online: true }, commandDeps({ cwd: files.cwd, env: sim.env() }));
    expect(keys.online).toBe('checked');
    expect(placesOf(keys.findings, 'unresolved-project')).toEqual([
      `${SCHEMES.archived}:${files.lineOf(SCHEMES.archived, '  - MBO')} error`,
    ]);
    expect(placesOf(keys.findings, 'team-managed-project')).toEqual([
      `${SCHEMES.archived}:${files.lineOf(SCHEMES.archived, '  - TEAM')} error`,
    ]);

    files.edit(SCHEMES.archived, 'projects:\n  - MBO\n  - TEAM', 'projects: []');
    files.edit(SCHEMES.software, '  - SOFT\n', '');
    const orphan = await runValidate({ online: true }, commandDeps({ cwd: files.cwd, env: sim.env() }));
    expect(placesOf(orphan.findings, 'project-left-without-scheme')).toEqual([
      `${SCHEMES.software}:${files.lineOf(SCHEMES.software, 'projects:')} error`,
    ]);
    // Offline, nothing of this is known.
    const offline = await runValidate({}, commandDeps({ cwd: files.cwd }));
    expect(placesOf(offline.findings, 'project-left-without-scheme')).toEqual([]);
    expect(writesOf(sim)).toEqual([]);
  });

  it('plan: an unknown key (with the closest one), a team-managed project, another case (a warning)', async () => {
    const files = await repo();
    files.edit(SCHEMES.archived, 'projects: []', 'projects:\n  - MBO\n  - TEAM');
    files.edit(SCHEMES.software, '  - SOFT\n', '  - soft\n');
    sim.clearLog();
    const result = await planIn(sim, files);
    expect(result.status).toBe('invalid');
    expect(writesOf(sim)).toEqual([]);
    const unknown = result.findings.find((finding) => finding.ruleId === 'unresolved-project');
    expect(unknown).toMatchObject({
      file: SCHEMES.archived,
      line: files.lineOf(SCHEMES.archived, '  - MBO'),
      severity: 'error',
    });
    expect(unknown?.message).toContain('did you mean MOB?');
    const team = result.findings.find((finding) => finding.ruleId === 'team-managed-project');
    expect(team).toMatchObject({
      file: SCHEMES.archived,
      line: files.lineOf(SCHEMES.archived, '  - TEAM'),
      severity: 'error',
    });
    expect(team?.message).toContain('no scheme can be assigned');
    expect(placesOf(result.findings, 'project-key-case')).toEqual([
      `${SCHEMES.software}:${files.lineOf(SCHEMES.software, '  - soft')} warning`,
    ]);
  });

  it('plan: another case is used as Jira spells it, and plans no change when the project is already there', async () => {
    const files = await repo();
    files.edit(SCHEMES.software, '  - SOFT\n', '  - soft\n');
    const result = await planIn(sim, files);
    expect(result.status).toBe('planned');
    expect(result.blocked).toBe(false);
    expect(result.plan?.changes).toEqual([]);
    expect(
      result.desired?.find((scheme) => scheme.file === SCHEMES.software)?.projects?.map((p) => p.key),
    ).toEqual(['MOB', 'SOFT']);
  });

  it('plan: a project dropped from its scheme and listed nowhere else is an error at projects:, and blocks apply', async () => {
    const files = await repo();
    files.edit(SCHEMES.software, '  - SOFT\n', '');
    const result = await planIn(sim, files);
    expect(result.status).toBe('planned');
    expect(result.blocked).toBe(true);
    const orphan = result.findings.filter((finding) => finding.ruleId === 'project-left-without-scheme');
    expect(orphan).toHaveLength(1);
    expect(orphan[0]).toMatchObject({
      file: SCHEMES.software,
      line: files.lineOf(SCHEMES.software, 'projects:'),
      severity: 'error',
    });
    expect(orphan[0]?.message).toContain('SOFT');
    expect(orphan[0]?.hint).toContain(
      'list SOFT under projects: in the file of the scheme it should move to',
    );
    sim.clearLog();
    const applied = await applyIn(sim, files);
    expect(applied.outcome).toBe('refused');
    expect(writesOf(sim)).toEqual([]);
  });

  it('plan: moving a project onto a scheme nobody can administer is the lockout guardrail', async () => {
    const files = await repo();
    files.edit(SCHEMES.software, '  - MOB\n', '');
    files.edit(SCHEMES.archived, 'projects: []', 'projects: [MOB]');
    const result = await planIn(sim, files);
    expect(result.blocked).toBe(true);
    const lockout = result.plan?.guardrails.find((violation) => violation.guardrail === 'lockout');
    expect(lockout?.scheme).toBe('Archived Projects (unused)');
    expect(lockout?.message).toContain('ADMINISTER_PROJECTS');
    expect(lockout?.message).toContain('MOB');
  });
});

describe('apply with projects: safety', () => {
  it('refuses a reviewed plan once a project it moves was moved in Jira meanwhile', async () => {
    const files = await repo();
    files.edit(SCHEMES.software, '  - MOB\n', '');
    files.edit(SCHEMES.help, 'projects:\n', 'projects:\n  - MOB\n');
    const planned = await planIn(sim, files);
    const planFile = path.join(files.cwd, 'plan.json');
    writeFileSync(planFile, renderPlanJson(planned.plan!));
    // Someone moves MOB in Jira after the review.
    const mob = sim.state.projects.find((project) => project.key === 'MOB');
    if (mob !== undefined) mob.permissionSchemeId = 0;
    sim.clearLog();
    const applied = await applyIn(sim, files, { planFile: 'plan.json' });
    expect(applied.outcome).toBe('refused');
    expect(applied.journal.refusals.some((reason) => reason.includes('project MOB was moved'))).toBe(true);
    expect(writesOf(sim)).toEqual([]);
  });

  it('a failed move stops every removal; the next apply finishes the job', async () => {
    const files = await repo();
    files.edit(SCHEMES.software, '  - MOB\n', '');
    files.edit(SCHEMES.help, 'projects:\n', 'projects:\n  - MOB\n');
    // A grant to remove from the scheme MOB leaves: it must not go while MOB is still on it.
    files.edit(
      SCHEMES.software,
      '    - group: {name: release-managers',
      '    # - group: {name: release-managers',
    );
    sim.setFaults({ serverErrors: { rate: 1, status: 500, methods: ['PUT'], route: 'project/' } });
    const failed = await applyIn(
      sim,
      files,
      {},
      { pacing: { maxAttempts: 2 }, clientOptions: { retry: { maxAttempts: 1 } } },
    );
    expect(failed.outcome).toBe('failed');
    const entries = failed.journal.entries.map((entry) => `${entry.action} ${entry.result}`);
    expect(entries).toEqual(['assign-project failed', 'remove-grant skipped']);
    expect(liveAssignment(sim)['MOB']).toBe(10000);
    expect(sim.state.schemes.find((scheme) => scheme.id === 10000)?.grants.length).toBe(
      pristine.schemes.find((scheme) => scheme.id === 10000)?.grants.length,
    );

    sim.setFaults({});
    const finished = await applyIn(sim, files);
    expect(finished.outcome).toBe('converged');
    expect(liveAssignment(sim)['MOB']).toBe(10001);
    expect((await planIn(sim, files)).plan?.changes).toEqual([]);
  });

  it('a move whose answer was lost is confirmed by reading the project back, not sent blindly again', async () => {
    const files = await repo();
    files.edit(SCHEMES.software, '  - MOB\n', '');
    files.edit(SCHEMES.help, 'projects:\n', 'projects:\n  - MOB\n');
    sim.setFaults({ dropAfterCommit: { rate: 1, methods: ['PUT'], route: 'project/' } });
    sim.clearLog();
    const applied = await applyIn(sim, files, {}, { clientOptions: { retry: { maxAttempts: 1 } } });
    sim.setFaults({});
    expect(applied.journal.entries[0]).toMatchObject({ action: 'assign-project', result: 'done' });
    expect(applied.journal.entries[0]?.detail).toContain('confirmed by re-reading');
    expect(writesOf(sim)).toEqual(['PUT /rest/api/3/project/{projectKeyOrId}/permissionscheme']);
    expect(liveAssignment(sim)['MOB']).toBe(10001);
  });
});

describe('Data Center', () => {
  it('moves projects through REST 2', async () => {
    const dc = await startSimulator({ flavour: 'datacenter' });
    try {
      const files = await exportedRepo(dc);
      try {
        files.edit(SCHEMES.software, '  - MOB\n', '');
        files.edit(SCHEMES.help, 'projects:\n', 'projects:\n  - MOB\n');
        dc.clearLog();
        const applied = await applyIn(dc, files);
        expect(applied.outcome).toBe('converged');
        expect(writesOf(dc)).toEqual(['PUT /rest/api/2/project/{projectKeyOrId}/permissionscheme']);
        expect(dc.state.projects.find((project) => project.key === 'MOB')?.permissionSchemeId).toBe(10001);
      } finally {
        files.dispose();
      }
    } finally {
      await dc.stop();
    }
  });
});
