import { describe, expect, it } from '@jest/globals';

import { describeChange } from '../../src/view/apply.js';
import { explainStaleness } from '../../src/apply/stale.js';
import type { Plan } from '../../src/model/plan.js';
import type { DesiredProject, DesiredScheme, LiveScheme, ProjectRef } from '../../src/model/scheme.js';
import { planChanges } from '../../src/plan/planner.js';
import { renderPlanJson } from '../../src/view/plan-json.js';
import { renderPlanMarkdown } from '../../src/view/plan-markdown.js';
import { renderPlanText } from '../../src/view/plan-text.js';
import { summaryLine } from '../../src/view/plan-view.js';
import { BASE_GRANTS, desiredScheme, liveScheme, settings } from '../plan/models.js';

/**
 * The planner's share of projects as code (#14), on models: which moves it plans, what it judges each
 * scheme with, what it refuses; and how the moves read in every view and in the stale-plan check.
 */

const SOFT: ProjectRef = { id: '10000', key: 'SOFT' };
const MOB: ProjectRef = { id: '10001', key: 'MOB' };
const HELP: ProjectRef = { id: '10002', key: 'HELP' };
const TEAM: ProjectRef = { id: '10009', key: 'TEAM', teamManaged: true };

const at = (line: number) => ({ file: 'f.yml', line, column: 5, endLine: line, endColumn: 8 });

function listing(...projects: ProjectRef[]): DesiredProject[] {
  return projects.map((project, index) => ({ key: project.key, id: project.id, source: at(index + 3) }));
}

function withProjects(scheme: DesiredScheme, ...projects: ProjectRef[]): DesiredScheme {
  return { ...scheme, projects: listing(...projects), projectsSource: at(2) };
}

const software = (): LiveScheme => liveScheme(1, 'Software', BASE_GRANTS);
const service = (): LiveScheme => liveScheme(2, 'Service', BASE_GRANTS);

function plan(
  desired: DesiredScheme[],
  live: LiveScheme[],
  usage: [number, ProjectRef[]][],
  overrides: Parameters<typeof settings>[0] = {},
): Plan {
  return planChanges({
    desired,
    live,
    settings: settings(overrides),
    projectsByScheme: new Map(usage),
    filesHash: 'files',
  });
}

describe('assign-project changes', () => {
  it('moves a listed project from the scheme it uses onto the file’s scheme, and nothing else', () => {
    const result = plan(
      [
        withProjects(desiredScheme('Software', BASE_GRANTS, { id: 1 }), SOFT),
        withProjects(desiredScheme('Service', BASE_GRANTS, { id: 2 }), HELP, MOB),
      ],
      [software(), service()],
      [
        [1, [SOFT, MOB]],
        [2, [HELP]],
        [9100, [TEAM]],
      ],
    );
    expect(result.findings).toEqual([]);
    expect(result.changes).toEqual([
      {
        action: 'assign-project',
        project: 'MOB',
        projectId: '10001',
        scheme: 'Service',
        schemeId: 2,
        fromScheme: 'Software',
        fromSchemeId: 1,
        file: 'jira-permissions/service.yml',
      },
    ]);
    expect(result.summary).toMatchObject({ assignProjects: 1, schemesChanged: 1, projectsAffected: 2 });
    expect(result.blastRadius).toEqual([
      { scheme: 'Service', schemeId: 2, projectCount: 2, sampleKeys: ['HELP', 'MOB'] },
    ]);
  });

  it('a file without projects: leaves its scheme’s projects alone; projects: [] empties it', () => {
    const alone = plan(
      [desiredScheme('Software', BASE_GRANTS, { id: 1 }), desiredScheme('Service', BASE_GRANTS, { id: 2 })],
      [software(), service()],
      [[1, [SOFT]]],
    );
    expect(alone.changes).toEqual([]);
    const emptied = plan(
      [
        withProjects(desiredScheme('Software', BASE_GRANTS, { id: 1 })),
        withProjects(desiredScheme('Service', BASE_GRANTS, { id: 2 }), SOFT),
      ],
      [software(), service()],
      [[1, [SOFT]]],
    );
    expect(emptied.findings).toEqual([]);
    expect(emptied.changes.map((change) => `${change.project ?? ''} ${change.scheme}`)).toEqual([
      'SOFT Service',
    ]);
  });

  it('names the scheme a project leaves by its file’s name, or by its live name when no file has it', () => {
    const renamed = plan(
      [
        desiredScheme('Software (renamed)', BASE_GRANTS, { id: 1 }),
        withProjects(desiredScheme('Service', BASE_GRANTS, { id: 2 }), MOB),
      ],
      [software(), service()],
      [[1, [MOB]]],
    );
    expect(renamed.changes.find((change) => change.action === 'assign-project')).toMatchObject({
      fromScheme: 'Software (renamed)',
      fromSchemeId: 1,
    });
    const unmanaged = plan(
      [withProjects(desiredScheme('Service', BASE_GRANTS, { id: 2 }), MOB)],
      [software(), service()],
      [[1, [MOB]]],
    );
    expect(unmanaged.changes[0]).toMatchObject({ fromScheme: 'Software', fromSchemeId: 1 });
  });

  it('moves projects onto a scheme the plan creates (schemeId null), after its grants', () => {
    const result = plan(
      [withProjects(desiredScheme('Mobile', BASE_GRANTS), MOB)],
      [software()],
      [[1, [SOFT, MOB]]],
    );
    const actions = result.changes.map((change) => change.action);
    expect(actions[0]).toBe('create-scheme');
    expect(actions.at(-1)).toBe('assign-project');
    expect(result.changes.at(-1)).toMatchObject({ project: 'MOB', scheme: 'Mobile', schemeId: null });
    expect(result.blastRadius).toEqual([
      { scheme: 'Mobile', schemeId: null, projectCount: 1, sampleKeys: ['MOB'] },
    ]);
  });
});

describe('refusals and judgements with the projects after the plan', () => {
  it('a project dropped from its scheme and listed in no other file is an error at projects:', () => {
    const result = plan(
      [withProjects(desiredScheme('Software', BASE_GRANTS, { id: 1 }), SOFT)],
      [software()],
      [[1, [SOFT, MOB, TEAM]]],
    );
    expect(result.findings).toEqual([
      expect.objectContaining({
        ...at(2),
        severity: 'error',
        ruleId: 'project-left-without-scheme',
      }),
    ]);
    expect(result.findings[0]?.message).toContain('project MOB uses this scheme');
  });

  it('prune deletes a scheme the plan empties of projects, and keeps one a project still uses', () => {
    const moved = plan(
      [withProjects(desiredScheme('Software', BASE_GRANTS, { id: 1 }), SOFT, HELP)],
      [software(), service()],
      [
        [1, [SOFT]],
        [2, [HELP]],
      ],
      { prune: true },
    );
    expect(moved.changes.map((change) => change.action)).toEqual(['assign-project', 'delete-scheme']);
    const kept = plan(
      [withProjects(desiredScheme('Software', BASE_GRANTS, { id: 1 }), SOFT)],
      [software(), service()],
      [
        [1, [SOFT]],
        [2, [HELP]],
      ],
      { prune: true },
    );
    expect(kept.changes).toEqual([]);
    expect(kept.findings.map((finding) => finding.ruleId)).toEqual(['prune-scheme-in-use']);
  });

  it('lockout: a scheme losing its last administrator is fine once the plan moves every project off it', () => {
    const noAdmin = BASE_GRANTS.filter(([permission]) => permission !== 'ADMINISTER_PROJECTS');
    const stillUsed = plan(
      [desiredScheme('Software', noAdmin, { id: 1 })],
      [software(), service()],
      [[1, [SOFT]]],
    );
    expect(stillUsed.guardrails.map((violation) => violation.guardrail)).toEqual(['lockout']);
    const emptied = plan(
      [
        withProjects(desiredScheme('Software', noAdmin, { id: 1 })),
        withProjects(desiredScheme('Service', BASE_GRANTS, { id: 2 }), SOFT),
      ],
      [software(), service()],
      [[1, [SOFT]]],
    );
    expect(emptied.guardrails).toEqual([]);
  });

  it('lockout: a project moved onto a scheme with no browse holder, from one that has one', () => {
    const noBrowse = BASE_GRANTS.filter(([permission]) => permission !== 'BROWSE_PROJECTS');
    const result = plan(
      [withProjects(desiredScheme('Bare', noBrowse, { id: 3 }), MOB)],
      [software(), liveScheme(3, 'Bare', noBrowse)],
      [[1, [SOFT, MOB]]],
    );
    expect(result.guardrails).toHaveLength(1);
    expect(result.guardrails[0]).toMatchObject({ guardrail: 'lockout', scheme: 'Bare', allowed: false });
    expect(result.guardrails[0]?.message).toContain('BROWSE_PROJECTS');
    expect(result.guardrails[0]?.message).toContain('moves MOB onto it');
    const allowed = plan(
      [withProjects(desiredScheme('Bare', noBrowse, { id: 3 }), MOB)],
      [software(), liveScheme(3, 'Bare', noBrowse)],
      [[1, [SOFT, MOB]]],
      {
        guardrails: {
          maxRemovals: 10,
          maxRemovalRatio: 0.2,
          allow: [{ guardrail: 'lockout', scheme: 'Bare' }],
        },
      },
    );
    expect(allowed.guardrails[0]?.allowed).toBe(true);
  });
});

describe('how a move reads', () => {
  const moved = (): Plan =>
    plan(
      [withProjects(desiredScheme('Service', BASE_GRANTS, { id: 2 }), HELP, MOB)],
      [software(), service()],
      [
        [1, [SOFT, MOB]],
        [2, [HELP]],
      ],
    );

  it('in the terminal, the PR comment, the journal and the summary line', () => {
    const result = moved();
    expect(renderPlanText(result)).toContain('    ~ project MOB: Software → Service\n');
    expect(renderPlanMarkdown(result)).toContain('```diff\n~ project MOB: Software → Service\n```');
    expect(describeChange(result.changes[0]!)).toBe('~ project MOB: "Software" (1) -> "Service" (2)');
    expect(summaryLine(result)).toBe('0 to add, 0 to remove, 0 schemes to create, 1 project to move');
  });

  it('in the plan JSON, with the contract’s fields in order', () => {
    const json = JSON.parse(renderPlanJson(moved())) as {
      changes: Record<string, unknown>[];
      summary: Record<string, unknown>;
    };
    expect(json.changes[0]).toEqual({
      action: 'assign-project',
      project: 'MOB',
      projectId: '10001',
      scheme: 'Service',
      schemeId: 2,
      fromScheme: 'Software',
      fromSchemeId: 1,
      file: 'jira-permissions/service.yml',
    });
    expect(json.summary['assignProjects']).toBe(1);
  });

  it('in the stale-plan check: a move that appeared, went away, or now starts elsewhere', () => {
    const reviewed = moved();
    const none = plan(
      [withProjects(desiredScheme('Service', BASE_GRANTS, { id: 2 }), HELP, MOB)],
      [software(), service()],
      [[2, [HELP, MOB]]],
    );
    expect(explainStaleness({ reviewed, fresh: none })).toEqual([
      'project MOB was moved to scheme "Service" (2) in Jira since the plan was made (the reviewed plan moved it there)',
    ]);
    expect(explainStaleness({ reviewed: none, fresh: reviewed })[0]).toContain(
      'project MOB was moved to "Software" (1) in Jira since the plan was made',
    );
    const elsewhere = plan(
      [withProjects(desiredScheme('Service', BASE_GRANTS, { id: 2 }), HELP, MOB)],
      [software(), service(), liveScheme(3, 'Other', BASE_GRANTS)],
      [
        [1, [SOFT]],
        [2, [HELP]],
        [3, [MOB]],
      ],
    );
    expect(explainStaleness({ reviewed, fresh: elsewhere })).toEqual([
      'project MOB was moved in Jira since the plan was made: it now leaves "Other" (3), not "Software" (1)',
    ]);
  });
});
