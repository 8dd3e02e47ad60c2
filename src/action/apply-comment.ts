/**
 * After apply on a merge, the merged pull request's plan comment says what became of its plan (pure):
 * applied or failed, the counts, when, and a link to the run. The result goes at the top of the
 * comment, between hidden markers, replacing an earlier result (a re-run), with the plan kept below it.
 */
import type { Journal } from '../apply/journal.js';
import { codeSpan, escapeMarkdown } from '../view/markdown.js';
import { plural } from '../view/words.js';
import { composeCommentBody } from './comment.js';

const RESULT_START = '<!-- jira-permissions-as-code:apply-result -->';
const RESULT_END = '<!-- /jira-permissions-as-code:apply-result -->';

export interface ApplyResultContext {
  /** The merge commit apply ran on. */
  commit?: string | undefined;
  /** Markdown link to the workflow run (escaped already). */
  run?: string | undefined;
}

function headline(journal: Journal): string {
  const { counts } = journal;
  switch (journal.outcome) {
    case 'converged':
      return `✅ **Applied**: ${counts.done} of ${plural(counts.total, 'change')} made; Jira matches the files`;
    case 'no-changes':
      return '✅ **Applied**: nothing to change, Jira already matched the files';
    case 'failed':
      return `❌ **Apply failed**: ${counts.done} of ${plural(counts.total, 'change')} made, ${counts.failed} failed`;
    case 'refused':
      return '❌ **Apply refused**: nothing was written';
    case 'interrupted':
      return `⚠️ **Apply interrupted**: ${counts.done} of ${plural(counts.total, 'change')} made`;
  }
}

/** The result block (with its markers). */
export function applyResultMarkdown(journal: Journal, context: ApplyResultContext): string {
  const facts = [
    `at ${escapeMarkdown(journal.finishedAt.replace(/\.\d+Z$/, 'Z'))}`,
    ...(context.commit === undefined ? [] : [`commit ${codeSpan(context.commit.slice(0, 12))}`]),
    ...(context.run === undefined ? [] : [context.run]),
  ];
  const skipped = journal.counts.skipped > 0 ? ` (${journal.counts.skipped} skipped)` : '';
  return [
    RESULT_START,
    `### ${headline(journal)}${skipped}`,
    '',
    escapeMarkdown(journal.message),
    '',
    `After merge, ${facts.join(' · ')}.`,
    RESULT_END,
  ].join('\n');
}

/** The comment's content without an earlier result block. */
function withoutResult(content: string): string {
  const start = content.indexOf(RESULT_START);
  const end = content.indexOf(RESULT_END);
  if (start === -1 || end === -1 || end < start) return content;
  return `${content.slice(0, start)}${content.slice(end + RESULT_END.length).replace(/^\n+/, '')}`;
}

/**
 * The new body of the plan comment: its marker line, the result, then the plan as it was. `existing` is
 * the comment's current body, or undefined when the pull request has no plan comment.
 */
export function commentWithResult(marker: string, existing: string | undefined, result: string): string {
  const previous =
    existing === undefined ? '' : existing.replace(/\r\n/g, '\n').split('\n').slice(1).join('\n');
  const plan = withoutResult(previous).trim();
  return composeCommentBody(marker, plan === '' ? result : `${result}\n\n${plan}`);
}
