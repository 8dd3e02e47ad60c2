import { grantLabel } from '../model/holder.js';
import type { Plan, PlanChange } from '../model/plan.js';
import {
  ALREADY_LIVE_HEADING,
  blockedLine,
  changeLabel,
  groupBySchemes,
  noChangesLine,
  permissionWidth,
  projectMoveText,
  projectsPhrase,
  splitPlanFindings,
  summaryLine,
  USAGE_NOT_READ,
  type SchemeGroup,
} from './plan-view.js';
import { findingLines } from './finding.js';
import { quote, safeText } from './terminal.js';
import { capitalise } from './words.js';
import { accessTextLines, NO_ACCESS_CHANGE } from './plan-access.js';

/**
 * The plan for a terminal, Terraform-like: one block per scheme with `+` (added), `-` (removed) and
 * `~` (changed) lines, then guardrails, notes and a closing summary line. Colour only when asked
 * (the command line asks when stdout is a terminal).
 */

export interface TextRenderOptions {
  color?: boolean;
}

const COLOURS = {
  '+': '\u001b[32m',
  '-': '\u001b[31m',
  '~': '\u001b[33m',
  bold: '\u001b[1m',
  dim: '\u001b[2m',
};
const RESET = '\u001b[0m';

export function renderPlanText(plan: Plan, options: TextRenderOptions = {}): string {
  const paint = (style: keyof typeof COLOURS, text: string): string =>
    options.color === true ? `${COLOURS[style]}${text}${RESET}` : text;
  const lines: string[] = [];

  for (const group of groupBySchemes(plan)) {
    lines.push(...schemeBlock(group, paint), '');
  }

  const access = accessTextLines(plan.access ?? [], plan.summary.access ?? NO_ACCESS_CHANGE);
  if (access.length > 0) lines.push(...access, '');

  if (plan.guardrails.length > 0) {
    lines.push(paint('bold', 'Guardrails:'));
    for (const violation of plan.guardrails) {
      const status = violation.allowed ? 'allowed by settings' : 'FAILED';
      lines.push(
        `  ${violation.allowed ? '!' : paint('-', 'x')} ${violation.guardrail} (${status}): ${safeText(violation.message)}`,
      );
      if (!violation.allowed) {
        lines.push(
          `      To allow it, list it in the settings file under guardrails.allow: {guardrail: ${violation.guardrail}, scheme: ${quote(violation.scheme)}}`,
        );
      }
    }
    lines.push('');
  }

  const { problems, alreadyLive } = splitPlanFindings(plan.findings);
  if (problems.length > 0) {
    lines.push(paint('bold', 'Problems:'));
    for (const finding of problems) lines.push(...findingLines(finding, { indent: '  ' }));
    lines.push('');
  }
  if (alreadyLive.length > 0) {
    lines.push(paint('bold', `${ALREADY_LIVE_HEADING}:`));
    for (const finding of alreadyLive) lines.push(...findingLines(finding, { indent: '  ' }));
    lines.push('');
  }

  if (plan.kept.length > 0) {
    lines.push(paint('bold', 'Kept live grants this tool does not manage (left as they are):'));
    for (const grant of plan.kept) {
      const label = grantLabel(grant);
      lines.push(
        `  ${quote(grant.scheme)} (id ${grant.schemeId}): ${safeText(grant.permission)} ${safeText(label)} (grant ${grant.grantId}): ${safeText(grant.reason)}`,
      );
    }
    lines.push('');
  }

  if (plan.unmanaged.length > 0) {
    lines.push(paint('bold', 'Live schemes with no file (left alone):'));
    for (const scheme of plan.unmanaged) lines.push(`  ${quote(scheme.name)} (id ${scheme.id})`);
    lines.push('');
  }

  if (plan.changes.length === 0) {
    lines.push(paint('bold', noChangesLine(plan)));
  } else {
    lines.push(`${paint('bold', 'Plan:')} ${summaryLine(plan)}.`);
    if (plan.summary.projectsAffected === null) lines.push(`${capitalise(USAGE_NOT_READ)}.`);
  }
  const blocked = blockedLine(plan);
  if (blocked !== undefined) lines.push(paint('-', blocked));
  return `${lines.join('\n')}\n`;
}

function schemeBlock(
  group: SchemeGroup,
  paint: (style: '+' | '-' | '~' | 'bold' | 'dim', text: string) => string,
): string[] {
  const id = group.schemeId === null ? 'new' : `id ${group.schemeId}`;
  const verb = group.marker === '+' ? 'created' : group.marker === '-' ? 'deleted' : 'changed';
  const usage = projectsPhrase(group.blast, group.schemeId === null);
  const keys =
    group.blast !== undefined && group.blast.projectCount !== null && group.blast.sampleKeys.length > 0
      ? `: ${sampleList(group.blast.projectCount, group.blast.sampleKeys)}`
      : '';
  const lines = [
    `${paint(group.marker, group.marker)} ${paint('bold', `scheme ${quote(group.name)}`)} (${id}) will be ${verb}; ${usage}${keys}`,
  ];
  const change = group.schemeChange;
  if (change?.action === 'update-scheme') {
    if (change.to?.name !== undefined) {
      lines.push(
        `    ${paint('~', '~')} name: ${quote(change.from?.name ?? '')} -> ${quote(change.to.name)}`,
      );
    }
    if (change.to?.description !== undefined) {
      lines.push(
        `    ${paint('~', '~')} description: ${quote(change.from?.description ?? '')} -> ${quote(change.to.description)}`,
      );
    }
  }
  if (
    change?.action === 'create-scheme' &&
    change.to?.description !== undefined &&
    change.to.description !== ''
  ) {
    lines.push(`    ${paint('+', '+')} description: ${quote(change.to.description)}`);
  }
  for (const move of group.projectChanges)
    lines.push(`    ${paint('~', `~ ${safeText(projectMoveText(move))}`)}`);
  const width = permissionWidth(group.grantChanges);
  for (const grant of group.grantChanges) lines.push(`    ${grantLine(grant, width, paint)}`);
  return lines;
}

function grantLine(
  change: PlanChange,
  width: number,
  paint: (style: '+' | '-', text: string) => string,
): string {
  const marker = change.action === 'add-grant' ? '+' : '-';
  return paint(
    marker,
    `${marker} ${safeText(change.permission ?? '').padEnd(width)}  ${safeText(changeLabel(change))}`,
  );
}

export function sampleList(count: number, keys: readonly string[]): string {
  const more = count - keys.length;
  return `${keys.map((key) => safeText(key)).join(', ')}${more > 0 ? `, +${more} more` : ''}`;
}
