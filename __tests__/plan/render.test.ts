import { describe, expect, it } from '@jest/globals';

import type { Plan } from '../../src/model/plan.js';
import { planChanges, type PlanInput } from '../../src/plan/planner.js';
import { codeSpan, escapeHtml, escapeMarkdown, fencedBlock } from '../../src/view/markdown.js';
import { planToJson, renderPlanJson } from '../../src/view/plan-json.js';
import { GITHUB_COMMENT_LIMIT, renderPlanMarkdown } from '../../src/view/plan-markdown.js';
import { renderPlanText } from '../../src/view/plan-text.js';
import { NO_CHANGES, NO_CHANGES_WITH_ERRORS, summaryLine, verdictLine } from '../../src/view/plan-view.js';
import { BASE_GRANTS, desiredScheme, liveScheme, projects, settings } from './models.js';

/** The Markdown with fenced blocks and code spans taken out: what GitHub would interpret. */
function outsideCode(markdown: string): string {
  return markdown
    .replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, '')
    .replace(/(?<!`)(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, '');
}

function plan(input: Partial<PlanInput>): Plan {
  return planChanges({ desired: [], live: [], settings: settings(), filesHash: 'sha256:test', ...input });
}

const fourteen = projects(
  'A1',
  'B2',
  'C3',
  'D4',
  'E5',
  'F6',
  'G7',
  'H8',
  'I9',
  'J10',
  'K11',
  'L12',
  'M13',
  'N14',
);

/** 2 additions and 1 removal in one scheme used by 14 projects. */
function smallPlan(): Plan {
  return plan({
    desired: [
      desiredScheme('Software', [
        ...BASE_GRANTS.filter(([p, h]) => !(p === 'CLOSE_ISSUES' && h === 'developersRole')),
        ['LINK_ISSUES', 'developersGroup'],
        ['MOVE_ISSUES', 'developersRole'],
      ]),
    ],
    live: [liveScheme(10000, 'Software', BASE_GRANTS), liveScheme(10001, 'Legacy', BASE_GRANTS)],
    projectsByScheme: new Map([[10000, fourteen]]),
  });
}

describe('summary lines', () => {
  it('uses the contract wording for the summary output', () => {
    expect(summaryLine(smallPlan())).toBe('2 to add, 1 to remove, 0 schemes to create');
  });

  it('gives a one-line verdict with schemes and projects', () => {
    expect(verdictLine(smallPlan())).toBe('2 to add, 1 to remove in 1 scheme, used by 14 projects');
    const created = plan({ desired: [desiredScheme('New', [['BROWSE_PROJECTS', 'developersRole']])] });
    expect(verdictLine(created)).toBe(
      '1 to add, 0 to remove, 1 scheme to create in 1 scheme, used by no projects',
    );
    expect(summaryLine(created)).toBe('1 to add, 0 to remove, 1 scheme to create');
  });
});

describe('text renderer', () => {
  it('shows Terraform-like lines grouped per scheme and a closing summary', () => {
    const text = renderPlanText(smallPlan());
    const lines = text.split('\n');
    expect(lines[0]).toBe(
      '~ scheme "Software" (id 10000) will be changed; used by 14 projects: A1, B2, C3, D4, E5, +9 more',
    );
    expect(lines.slice(1, 4)).toEqual([
      '    - CLOSE_ISSUES  projectRole Developers (10001)',
      '    + LINK_ISSUES   group jira-developers (g-dev-1)',
      '    + MOVE_ISSUES   projectRole Developers (10001)',
    ]);
    expect(text).toContain('"Legacy" (id 10001)');
    expect(text.trimEnd().split('\n').at(-1)).toBe('Plan: 2 to add, 1 to remove, 0 schemes to create.');
    expect(text).not.toContain('\u001b');
  });

  it('colours only when asked', () => {
    const coloured = renderPlanText(smallPlan(), { color: true });
    expect(coloured).toContain('\u001b[32m+ LINK_ISSUES');
    expect(coloured).toContain('\u001b[31m- CLOSE_ISSUES');
    expect(coloured.replace(new RegExp(String.raw`\u001b\[\d+m`, 'g'), '')).toBe(renderPlanText(smallPlan()));
  });

  it('says clearly when there is nothing to do', () => {
    const text = renderPlanText(
      plan({ desired: [desiredScheme('S', BASE_GRANTS)], live: [liveScheme(1, 'S', BASE_GRANTS)] }),
    );
    expect(text).toBe(`${NO_CHANGES}\n`);
  });

  it('does not claim Jira matches the files when a scheme was left out for an error', () => {
    const withError: Plan = {
      ...plan({ desired: [desiredScheme('S', BASE_GRANTS)], live: [liveScheme(1, 'S', BASE_GRANTS)] }),
    };
    withError.findings = [
      {
        file: 'jira-permissions/ghost.yml',
        line: 2,
        column: 5,
        severity: 'error',
        ruleId: 'pinned-scheme-missing',
        message: '"Ghost" pins scheme id 55555, but Jira has no permission scheme with that id',
      },
    ];
    const text = renderPlanText(withError);
    expect(text).toContain(NO_CHANGES_WITH_ERRORS);
    expect(text).not.toContain(NO_CHANGES);
    const markdown = renderPlanMarkdown(withError, { title: 'Plan' });
    expect(markdown).toContain('No changes planned, but schemes with errors');
    expect(markdown).not.toContain('Jira matches the files');
  });

  it('neutralises terminal control characters in names', () => {
    const text = renderPlanText(plan({ desired: [desiredScheme('Evil\u001b[2J\u202eName', BASE_GRANTS)] }));
    expect(text).not.toContain('\u001b');
    expect(text).not.toContain('\u202e');
    expect(text).toContain('Evil\\u001b[2J\\u202eName');
  });

  it('lists guardrails with how to allow them, findings and kept grants', () => {
    const live = liveScheme(1, 'S', BASE_GRANTS);
    live.grants.push({ id: 5, permission: 'BROWSE_PROJECTS', holder: { type: 'futureType' } });
    const text = renderPlanText(
      plan({
        desired: [desiredScheme('S', BASE_GRANTS.slice(1)), desiredScheme('P', BASE_GRANTS, { id: 99 })],
        live: [live],
        projectsByScheme: new Map([[1, projects('ABC')]]),
      }),
    );
    expect(text).toContain('x lockout (FAILED)');
    expect(text).toContain('guardrails.allow: {guardrail: lockout, scheme: "S"}');
    expect(text).toContain('jira-permissions/p.yml:1:1  error  "P" pins scheme id 99');
    expect(text).toContain('BROWSE_PROJECTS futureType (grant 5)');
    expect(text).toContain('Blocked by 1 guardrail and 1 error');
  });
});

describe('markdown renderer', () => {
  it('puts the verdict first, then one diff section per scheme with name and id', () => {
    const markdown = renderPlanMarkdown(smallPlan());
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('### Jira permissions plan');
    expect(lines[2]).toBe('**2 to add, 1 to remove in 1 scheme, used by 14 projects**');
    expect(markdown).toContain('#### ~ `Software` (id 10000)');
    expect(markdown).toContain(
      [
        '```diff',
        '- CLOSE_ISSUES  projectRole Developers (10001)',
        '+ LINK_ISSUES   group jira-developers (g-dev-1)',
        '+ MOVE_ISSUES   projectRole Developers (10001)',
        '```',
      ].join('\n'),
    );
    expect(markdown).toContain('Used by 14 projects: `A1`, `B2`, `C3`, `D4`, `E5` and 9 more');
    expect(markdown).not.toContain('<details><summary>14'); // small scheme: not folded
  });

  it('puts guardrail failures before the schemes', () => {
    const markdown = renderPlanMarkdown(
      plan({
        desired: [desiredScheme('S', BASE_GRANTS.slice(1))],
        live: [liveScheme(1, 'S', BASE_GRANTS)],
        projectsByScheme: new Map([[1, projects('X')]]),
      }),
    );
    expect(markdown.indexOf('#### Guardrails')).toBeGreaterThan(0);
    expect(markdown.indexOf('#### Guardrails')).toBeLessThan(markdown.indexOf('#### ~'));
    expect(markdown).toContain('> [!CAUTION]');
    expect(markdown).toContain('`{guardrail: lockout, scheme: "S"}`');
  });

  it('renders a no-change plan clearly', () => {
    const markdown = renderPlanMarkdown(
      plan({ desired: [desiredScheme('S', BASE_GRANTS)], live: [liveScheme(1, 'S', BASE_GRANTS)] }),
      { title: 'Plan for prod' },
    );
    expect(markdown).toBe('### Plan for prod\n\n**No changes. Jira matches the files.**\n');
  });

  it('escapes user-controlled text: no HTML, no mentions, no broken code', () => {
    const hostile =
      'Team <img src=x onerror=alert(1)> @octocat ```` `tick` </details> [link](http://x) *bold* #12\nnext';
    const markdown = renderPlanMarkdown(
      plan({
        desired: [
          desiredScheme(hostile, [['BROWSE_PROJECTS', 'developersRole']], {
            description: '<script>@admin</script>',
          }),
        ],
      }),
      { title: 'Plan <b>@everyone</b>' },
    );
    const prose = outsideCode(markdown);
    expect(prose).not.toMatch(/(?<!\\)<(img|script|b|\/details)\b/);
    expect(prose).not.toMatch(/\]\(http/);
    expect(prose).not.toMatch(/@(octocat|admin|everyone)/); // a zero-width joiner follows every @ outside code
    expect(prose).toContain('@\u200Deveryone');
    expect(markdown).not.toContain('\nnext');
    // The name is one code span whose delimiter is longer than the longest backtick run inside it.
    expect(markdown).toContain(
      '`````Team <img src=x onerror=alert(1)> @octocat ```` `tick` </details> [link](http://x) *bold* #12\\u000anext`````',
    );
    // The diff block's fence is longer than any backtick run inside it.
    expect(markdown).toMatch(/\n`````diff\n/);
    expect(markdown.split('\n').filter((line) => line === '`````')).toHaveLength(1);
  });

  it('escapes for prose, HTML and code spans', () => {
    expect(escapeMarkdown('a*b_c <x> @me [l](u) \\ |')).toBe(
      'a\\*b\\_c \\<x\\> @\u200Dme \\[l\\]\\(u\\) \\\\ \\|',
    );
    expect(escapeHtml('<a href="x">@me</a> & \'')).toBe(
      '&lt;a href=&quot;x&quot;&gt;@\u200Dme&lt;/a&gt; &amp; &#39;',
    );
    expect(codeSpan('plain')).toBe('`plain`');
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`edge`')).toBe('`` `edge` ``');
    expect(codeSpan('')).toBe('` `');
    expect(fencedBlock('diff', ['+ a', '``` not a fence'])).toBe('````diff\n+ a\n``` not a fence\n````');
  });

  it('folds schemes with many changes in <details>', () => {
    const desired = desiredScheme('Big', BASE_GRANTS);
    for (let i = 0; i < 25; i++) {
      desired.grants.push({
        permission: 'BROWSE_PROJECTS',
        holder: { type: 'group', parameter: `team-${i}`, value: `gid-${i}` },
      });
    }
    const markdown = renderPlanMarkdown(
      plan({ desired: [desired], live: [liveScheme(1, 'Big', BASE_GRANTS)] }),
    );
    expect(markdown).toContain('<details><summary>25 grant changes</summary>\n\n```diff\n');
    expect(markdown).toContain('```\n\n</details>');
    const small = renderPlanMarkdown(smallPlan(), { foldAbove: 2 });
    expect(small).toContain('<details><summary>3 grant changes</summary>');
  });

  it('stays under the size limit with a truncation notice that points to the full plan', () => {
    const desired = [];
    const live = [];
    for (let s = 0; s < 40; s++) {
      const scheme = desiredScheme(`Scheme ${String(s).padStart(2, '0')}`, BASE_GRANTS);
      for (let i = 0; i < 150; i++) {
        scheme.grants.push({
          permission: 'BROWSE_PROJECTS',
          holder: {
            type: 'group',
            parameter: `a-rather-long-group-name-${i}`,
            value: `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`,
          },
        });
      }
      desired.push(scheme);
      live.push(liveScheme(s + 1, scheme.name, BASE_GRANTS));
    }
    const big = plan({ desired, live });
    expect(big.changes).toHaveLength(6000);
    const full = renderPlanMarkdown(big, { maxLength: 10_000_000 });
    expect(full.length).toBeGreaterThan(GITHUB_COMMENT_LIMIT);

    const markdown = renderPlanMarkdown(big);
    expect(markdown.length).toBeLessThanOrEqual(60_000);
    expect(markdown.length).toBeGreaterThan(50_000); // it uses the room it has
    expect(markdown).toContain('**This plan is too long for one comment:**');
    expect(markdown).toContain('job summary');
    expect(markdown).toContain('plan file');
    // Every opened fence and <details> is closed.
    expect((markdown.match(/<details>/g) ?? []).length).toBe((markdown.match(/<\/details>/g) ?? []).length);
    expect((markdown.match(/^```/gm) ?? []).length % 2).toBe(0);
    // The count of hidden changes is exact.
    const shown = (markdown.match(/^\+ BROWSE_PROJECTS/gm) ?? []).length;
    expect(markdown).toContain(`${6000 - shown} more changes are not shown here`);

    for (const limit of [300, 2000, 20_000]) {
      const cut = renderPlanMarkdown(big, { maxLength: limit });
      expect(cut.length).toBeLessThanOrEqual(limit);
      if (limit >= 2000) expect(cut).toContain('too long for one comment');
    }
  });
});

describe('JSON renderer', () => {
  it('writes the contract document with a stable key order', () => {
    const current = smallPlan();
    const json = renderPlanJson(current);
    const parsed = JSON.parse(json) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual([
      'version',
      'changes',
      'summary',
      'fingerprints',
      'filesHash',
      'guardrails',
      'blastRadius',
      'unmanaged',
      'kept',
      'findings',
    ]);
    expect(parsed.version).toBe(1);
    expect(parsed.changes).toEqual([
      expect.objectContaining({
        action: 'add-grant',
        scheme: 'Software',
        schemeId: 10000,
        permission: 'LINK_ISSUES',
        holder: { type: 'group', parameter: 'jira-developers', value: 'g-dev-1' },
      }),
      expect.objectContaining({ action: 'add-grant', permission: 'MOVE_ISSUES' }),
      expect.objectContaining({
        action: 'remove-grant',
        permission: 'CLOSE_ISSUES',
        grantId: expect.any(Number),
      }),
    ]);
    expect(Object.keys((parsed.changes as object[])[2]!)).toEqual([
      'action',
      'scheme',
      'schemeId',
      'permission',
      'holder',
      'grantId',
      'label',
      'file',
    ]);
    expect(parsed.summary).toEqual({
      add: 2,
      remove: 1,
      createSchemes: 0,
      updateSchemes: 0,
      deleteSchemes: 0,
      assignProjects: 0,
      schemesChanged: 1,
      projectsAffected: 14,
    });
    expect(json.endsWith('}\n')).toBe(true);
    // A plan built with fields in another order still serialises to the same bytes.
    const shuffled = Object.fromEntries(Object.entries(current).reverse()) as unknown as Plan;
    expect(renderPlanJson(shuffled)).toBe(json);
    expect(planToJson(current)).toEqual(JSON.parse(json));
  });

  it('keeps schemeId null for new schemes', () => {
    const json = JSON.parse(
      renderPlanJson(plan({ desired: [desiredScheme('New', [['BROWSE_PROJECTS', 'anyone']])] })),
    ) as { changes: { schemeId: unknown }[] };
    expect(json.changes.map((change) => change.schemeId)).toEqual([null, null]);
  });
});

describe('determinism', () => {
  it('gives byte-identical text, Markdown and JSON for the same inputs', () => {
    const render = (): string[] => {
      const current = plan({
        desired: [
          desiredScheme('B', [...BASE_GRANTS, ['LINK_ISSUES', 'anyone']]),
          desiredScheme('A', BASE_GRANTS.slice(3)),
        ],
        live: [liveScheme(2, 'B', BASE_GRANTS), liveScheme(1, 'A', BASE_GRANTS), liveScheme(3, 'C', [])],
        projectsByScheme: new Map([
          [1, fourteen],
          [2, projects('Q')],
        ]),
      });
      return [
        renderPlanText(current),
        renderPlanText(current, { color: true }),
        renderPlanMarkdown(current),
        renderPlanJson(current),
      ];
    };
    expect(render()).toEqual(render());
  });
});
