import { grantLabel } from '../model/holder.js';
import type { Plan, PlanChange } from '../model/plan.js';
import { findingItem } from './finding.js';
import { capitalise, plural } from './words.js';
import { codeSpan, escapeHtml, escapeMarkdown, fencedBlock } from './markdown.js';
import {
  ALREADY_LIVE_HEADING,
  blockedLine,
  changeLabel,
  groupBySchemes,
  permissionWidth,
  projectMoveText,
  projectsPhrase,
  splitPlanFindings,
  verdictLine,
  type SchemeGroup,
} from './plan-view.js';
import { quote } from './terminal.js';
import { accessMarkdown, NO_ACCESS_CHANGE } from './plan-access.js';

/**
 * The plan as GitHub-flavoured Markdown, for the pull-request comment and the job summary: a one-line
 * verdict, guardrail failures and problems first, one section per scheme with a `diff` block (long ones
 * folded in `<details>`), then what is kept or left alone. Every user-controlled string goes through an
 * escaper. The result never exceeds `maxLength`: schemes that do not fit are cut, with a notice that
 * points to the job summary and the plan file.
 */

/** GitHub refuses comment bodies over 65,536 characters; stay well below, room for a marker. */
export const GITHUB_COMMENT_LIMIT = 65_536;
export const DEFAULT_MAX_LENGTH = 60_000;
/** Schemes with more grant changes than this are folded in `<details>`. */
export const DEFAULT_FOLD_ABOVE = 20;

export interface MarkdownRenderOptions {
  /** Hard limit on the result's length (default 60,000). */
  maxLength?: number;
  /** Heading at the top (default "Jira permissions plan"). Escaped like any text. */
  title?: string;
  /** Fold a scheme's diff when it has more grant changes than this (default 20). */
  foldAbove?: number;
  /** Where the full plan is when the comment is cut (default: the job summary and the plan file). */
  fullPlanHint?: string;
}

const DEFAULT_FULL_PLAN_HINT =
  'The full plan is in the job summary of this workflow run and in the plan file (`plan-json` output, `jira-perms plan --out plan.json`).';

export function renderPlanMarkdown(plan: Plan, options: MarkdownRenderOptions = {}): string {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const foldAbove = options.foldAbove ?? DEFAULT_FOLD_ABOVE;
  const head = headBlocks(plan, options.title ?? 'Jira permissions plan');
  // Who gains and who loses comes before the schemes' diffs, within a quarter of the room.
  const access = accessMarkdown(
    plan.access ?? [],
    plan.summary.access ?? NO_ACCESS_CHANGE,
    Math.floor(maxLength / 4),
  );
  if (access !== undefined) head.push(access);
  const groups = groupBySchemes(plan);
  const tail = tailBlocks(plan);

  const whole =
    [...head, ...groups.map((group) => schemeSection(group, foldAbove)), ...tail].join('\n\n') + '\n';
  if (whole.length <= maxLength) return whole;

  // Too long: keep the head, then whole schemes while they fit, then as much of the next as fits.
  const notice = (hidden: number): string =>
    [
      '> [!WARNING]',
      `> **This plan is too long for one comment:** ${plural(hidden, 'more change is', 'more changes are')} not shown here.`,
      `> ${options.fullPlanHint ?? DEFAULT_FULL_PLAN_HINT}`,
    ].join('\n');
  const reserve = notice(plan.changes.length).length + 4;
  const parts: string[] = [];
  let length = 0;
  const fits = (text: string): boolean => length + text.length + 2 + reserve <= maxLength;
  const push = (text: string): void => {
    parts.push(text);
    length += text.length + 2;
  };

  let shown = 0;
  for (const block of head) {
    if (fits(block)) push(block);
    else push(clip(block, maxLength - length - reserve - 2));
  }
  for (const group of groups) {
    const section = schemeSection(group, foldAbove);
    const size = changeCount(group);
    if (fits(section)) {
      push(section);
      shown += size;
      continue;
    }
    // The largest prefix of this scheme's grant lines that fits (binary search on the line count).
    let low = 0;
    let high = group.grantChanges.length - 1;
    let best: string | undefined;
    let bestCount = 0;
    while (low <= high) {
      const middle = Math.floor((low + high) / 2);
      const partial = schemeSection(group, foldAbove, middle);
      if (fits(partial)) {
        best = partial;
        bestCount = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    if (best !== undefined) {
      push(best);
      shown += bestCount + group.projectChanges.length + (group.schemeChange === undefined ? 0 : 1);
    }
    break;
  }
  parts.push(notice(plan.changes.length - shown));
  const result = parts.join('\n\n') + '\n';
  return result.length <= maxLength ? result : clip(result, maxLength);
}

function changeCount(group: SchemeGroup): number {
  return group.grantChanges.length + group.projectChanges.length + (group.schemeChange === undefined ? 0 : 1);
}

/** Last resort for a single block larger than the limit: cut at a line break. */
function clip(text: string, length: number): string {
  if (length <= 0) return '';
  if (text.length <= length) return text;
  const cut = text.lastIndexOf('\n', length - 2);
  return `${text.slice(0, cut > 0 ? cut : Math.max(0, length - 2))}\n…`.slice(0, length);
}

function headBlocks(plan: Plan, title: string): string[] {
  const blocks = [`### ${escapeMarkdown(title)}`];
  blocks.push(`**${escapeMarkdown(verdictLine(plan))}**`);
  const blocked = blockedLine(plan);
  if (blocked !== undefined) blocks.push(`> [!CAUTION]\n> **${escapeMarkdown(blocked)}**`);

  if (plan.guardrails.length > 0) {
    const items = plan.guardrails.map((violation) => {
      const status = violation.allowed ? '✅ allowed by the settings file' : '⛔ **failed**';
      const line = `- ${codeSpan(violation.guardrail)} ${status} for ${codeSpan(violation.scheme)}: ${escapeMarkdown(violation.message)}`;
      if (violation.allowed) return line;
      const allowance = `{guardrail: ${violation.guardrail}, scheme: ${quote(violation.scheme)}}`;
      return `${line}\n  To allow it, add ${codeSpan(allowance)} under ${codeSpan('guardrails.allow')} in the settings file.`;
    });
    blocks.push(`#### Guardrails\n\n${items.join('\n')}`);
  }

  const { problems, alreadyLive } = splitPlanFindings(plan.findings);
  if (problems.length > 0) {
    blocks.push(`#### Problems\n\n${problems.map(findingItem).join('\n')}`);
  }
  if (alreadyLive.length > 0) {
    blocks.push(`#### ${ALREADY_LIVE_HEADING}\n\n${alreadyLive.map(findingItem).join('\n')}`);
  }
  return blocks;
}

/** One scheme: heading with name and id, usage line, diff block (folded when long). */
function schemeSection(group: SchemeGroup, foldAbove: number, lineLimit?: number): string {
  const what =
    group.schemeId === null
      ? 'new scheme'
      : group.marker === '-'
        ? `id ${group.schemeId}, to delete`
        : `id ${group.schemeId}`;
  const heading = `#### ${group.marker} ${codeSpan(group.name)} (${what})`;

  const usage: string[] = [];
  const phrase = projectsPhrase(group.blast, group.schemeId === null);
  if (group.blast !== undefined && group.blast.projectCount !== null && group.blast.sampleKeys.length > 0) {
    const more = group.blast.projectCount - group.blast.sampleKeys.length;
    const keys = group.blast.sampleKeys.map((key) => codeSpan(key)).join(', ');
    usage.push(`${capitalise(phrase)}: ${keys}${more > 0 ? ` and ${more} more` : ''}`);
  } else {
    usage.push(capitalise(phrase));
  }
  if (group.file !== undefined) usage.push(`file ${codeSpan(group.file)}`);

  const lines = diffLines(group, lineLimit);
  const block = fencedBlock('diff', lines);
  const hidden =
    lineLimit === undefined ? 0 : group.grantChanges.length - Math.min(lineLimit, group.grantChanges.length);
  const cutNote = hidden > 0 ? `\n\n_${plural(hidden, 'more change')} in this scheme not shown._` : '';
  const count = group.grantChanges.length;
  const body =
    count > foldAbove
      ? `<details><summary>${escapeHtml(`${count} grant changes`)}</summary>\n\n${block}\n\n</details>`
      : block;
  return `${heading}\n\n${usage.join(' · ')}\n\n${body}${cutNote}`;
}

function diffLines(group: SchemeGroup, lineLimit: number | undefined): string[] {
  const lines: string[] = [];
  const change = group.schemeChange;
  if (change?.action === 'update-scheme') {
    if (change.to?.name !== undefined)
      lines.push(`! name: ${quote(change.from?.name ?? '')} -> ${quote(change.to.name)}`);
    if (change.to?.description !== undefined) {
      lines.push(
        `! description: ${quote(change.from?.description ?? '')} -> ${quote(change.to.description)}`,
      );
    }
  } else if (change?.action === 'create-scheme') {
    lines.push(`+ scheme ${quote(group.name)}`);
    if (change.to?.description !== undefined && change.to.description !== '') {
      lines.push(`+ description: ${quote(change.to.description)}`);
    }
  } else if (change?.action === 'delete-scheme') {
    lines.push(`- scheme ${quote(group.name)} (id ${group.schemeId ?? ''}) and all its grants`);
  }
  // Projects moving onto the scheme: few, and what a reviewer looks for first.
  for (const move of group.projectChanges) lines.push(`~ ${projectMoveText(move)}`);
  const shown = lineLimit === undefined ? group.grantChanges : group.grantChanges.slice(0, lineLimit);
  const width = permissionWidth(group.grantChanges);
  for (const grant of shown) lines.push(grantLine(grant, width));
  return lines;
}

function grantLine(change: PlanChange, width: number): string {
  const marker = change.action === 'add-grant' ? '+' : '-';
  return `${marker} ${(change.permission ?? '').padEnd(width)}  ${changeLabel(change)}`;
}

function tailBlocks(plan: Plan): string[] {
  const blocks: string[] = [];
  if (plan.kept.length > 0) {
    const items = plan.kept.map((grant) => {
      const label = grantLabel(grant);
      return `- ${codeSpan(grant.scheme)} (id ${grant.schemeId}): ${codeSpan(grant.permission)} ${codeSpan(label)}: ${escapeMarkdown(grant.reason)}`;
    });
    blocks.push(
      `<details><summary>${escapeHtml(`Kept: ${plural(plan.kept.length, 'live grant')} this tool does not manage, left as is`)}</summary>\n\n${items.join('\n')}\n\n</details>`,
    );
  }
  if (plan.unmanaged.length > 0) {
    const items = plan.unmanaged.map((scheme) => `- ${codeSpan(scheme.name)} (id ${scheme.id})`);
    blocks.push(
      `<details><summary>${escapeHtml(`Unmanaged: ${plural(plan.unmanaged.length, 'live scheme has', 'live schemes have')} no file and ${plan.unmanaged.length === 1 ? 'is' : 'are'} left alone`)}</summary>\n\n${items.join('\n')}\n\n</details>`,
    );
  }
  return blocks;
}
