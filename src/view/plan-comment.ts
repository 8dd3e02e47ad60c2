/**
 * The pull-request comment (and the job summary) for a plan: the plan in Markdown, or why there is none,
 * under the title that names the scheme folder. `jira-perms plan --markdown` prints the same body, so
 * the comment can be previewed from a terminal.
 */
import { commentMarker, composeCommentBody, contentBudget, type MarkerKey } from '../action/comment.js';
import type { PlanResult } from '../commands/plan.js';
import type { BaseComparison } from '../commands/plan-base.js';
import { redact } from '../jira/secrets.js';
import { countFindings } from '../validate/order.js';
import { planDriftMarkdown } from './drift-markdown.js';
import { findingsMarkdown } from './findings-markdown.js';
import { escapeMarkdown, fencedBlock } from './markdown.js';
import { renderPlanMarkdown } from './plan-markdown.js';
import { plural } from './words.js';

export function planTitle(key: MarkerKey): string {
  return key.path === undefined ? 'Jira permissions plan' : `Jira permissions plan: ${key.path}`;
}

/** Why there is no plan, in Markdown (comment and summary), so an old plan is never left standing. */
export function noPlanMarkdown(title: string, result: PlanResult): string {
  const counts = countFindings(result.findings);
  const lines = [`### ${escapeMarkdown(title)}`, ''];
  if (result.status === 'invalid') {
    lines.push(
      `❌ **No plan**: the scheme files have ${plural(counts.errors, 'error')}. Each one is annotated on its ` +
        'file and line; fix them and push again.',
      findingsMarkdown(
        result.findings.filter((finding) => finding.severity === 'error'),
        result.fileCount,
      ).replace(/^## Validation\n/, ''),
    );
  } else {
    // The error may span lines (a diagnosis, then likely fixes): a code block keeps them, inert.
    const error = (result.error ?? 'the plan could not be made').split('\n');
    lines.push('❌ **No plan**: the plan could not be made.', '', fencedBlock('text', error));
  }
  return `${lines.join('\n')}\n`;
}

/** Markdown after the plan: the drift section of a pull request, and which commit and run made it. */
export interface CommentExtras {
  drift?: string;
  footer?: string;
}

/**
 * The comment's drift section when the plan was compared with a base commit: only a plan with changes
 * has changes to tell apart. The action and `plan --markdown --base-ref` both use it, so the preview
 * is the comment.
 */
export function commentDrift(base: BaseComparison | undefined, result: PlanResult): CommentExtras {
  if (base === undefined || result.plan === undefined || result.plan.changes.length === 0) return {};
  return { drift: planDriftMarkdown(base) };
}

/**
 * What the comment says under its marker: the plan sized to fit a comment (with the extras after it),
 * or why there is none.
 */
export function planCommentContent(result: PlanResult, key: MarkerKey, extras: CommentExtras = {}): string {
  const title = planTitle(key);
  const after = [extras.drift, extras.footer]
    .filter((part): part is string => part !== undefined && part !== '')
    .map((part) => `\n${part.replace(/\n*$/, '\n')}`)
    .join('');
  if (result.plan === undefined) return `${noPlanMarkdown(title, result)}${after}`;
  return (
    renderPlanMarkdown(result.plan, {
      title,
      maxLength: contentBudget(commentMarker(key)) - 100 - after.length,
    }) + after
  );
}

/** The whole comment body, marker line first, secrets redacted: exactly what the action posts. */
export function planCommentBody(result: PlanResult, key: MarkerKey, extras: CommentExtras = {}): string {
  return composeCommentBody(commentMarker(key), redact(planCommentContent(result, key, extras)));
}
