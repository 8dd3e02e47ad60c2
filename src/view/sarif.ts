import type { Finding, Severity } from '../model/finding.js';
import { ruleMeta, type RuleMeta } from '../model/rules.js';
import { ALL_CHECKS } from '../validate/checks.js';
import { sortFindings } from '../validate/order.js';
import { VERSION } from '../version.js';
import { toJson } from './json.js';

/** The parts of SARIF 2.1.0 this product writes. */
export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}

interface SarifRun {
  tool: { driver: SarifDriver };
  columnKind: 'utf16CodeUnits';
  originalUriBaseIds: Record<string, { description: { text: string } }>;
  results: SarifResult[];
}

interface SarifDriver {
  name: string;
  semanticVersion: string;
  informationUri: string;
  rules: SarifRule[];
}

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string };
  /** The rule's documentation page. */
  helpUri?: string;
  defaultConfiguration: { level: SarifLevel };
}

type SarifLevel = 'error' | 'warning' | 'note';

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId: string };
      region: { startLine: number; startColumn: number; endLine?: number; endColumn?: number };
    };
  }[];
}

const LEVELS: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };
const INFORMATION_URI = 'https://github.com/jira-permissions-as-code/jira-permissions-as-code#readme';

/** `no-anonymous-access` → `NoAnonymousAccess` (SARIF's rule `name` is an identifier). */
function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== '')
    .map((part) => (part[0] ?? '').toUpperCase() + part.slice(1))
    .join('');
}

type SarifRuleSource = Pick<RuleMeta, 'id' | 'description' | 'defaultSeverity' | 'docs'> & {
  helpUri?: string;
};

function sarifRule(meta: SarifRuleSource): SarifRule {
  return {
    id: meta.id,
    name: ruleName(meta.id),
    shortDescription: { text: meta.description },
    fullDescription: { text: meta.description },
    help: { text: meta.docs },
    ...(meta.helpUri === undefined ? {} : { helpUri: meta.helpUri }),
    defaultConfiguration: { level: LEVELS[meta.defaultSeverity] },
  };
}

/** Encodes a relative path as a URI reference (segments percent-encoded, slashes kept). */
function fileUri(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/**
 * A SARIF 2.1.0 log for GitHub code scanning: the rules of every check (plus any rule id a finding
 * carries that is not one of them, e.g. the resolver's), and one result per finding with its region.
 */
export function sarifReport(
  findings: readonly Finding[],
  extraRules: readonly SarifRuleSource[] = [],
): SarifLog {
  const metas: SarifRuleSource[] = [...ALL_CHECKS, ...extraRules];
  const sorted = sortFindings(findings);
  for (const finding of sorted) {
    if (!metas.some((meta) => meta.id === finding.ruleId)) {
      // Registered rules (the resolver's, the planner's) are described from the registry.
      metas.push(
        ruleMeta(finding.ruleId) ?? {
          id: finding.ruleId,
          description: finding.ruleId,
          defaultSeverity: finding.severity,
          docs: 'See the message of each result.',
        },
      );
    }
  }
  const index = new Map(metas.map((meta, position) => [meta.id, position]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'jira-perms',
            semanticVersion: VERSION,
            informationUri: INFORMATION_URI,
            rules: metas.map(sarifRule),
          },
        },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: {
          SRCROOT: {
            description: { text: 'The working directory jira-perms ran in (the repository root).' },
          },
        },
        results: sorted.map((finding) => ({
          ruleId: finding.ruleId,
          ruleIndex: index.get(finding.ruleId) ?? 0,
          level: LEVELS[finding.severity],
          message: {
            text: finding.hint === undefined ? finding.message : `${finding.message}\n${finding.hint}`,
          },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: fileUri(finding.file), uriBaseId: 'SRCROOT' },
                region: region(finding),
              },
            },
          ],
        })),
      },
    ],
  };
}

function region(finding: Finding): SarifResult['locations'][number]['physicalLocation']['region'] {
  const result: SarifResult['locations'][number]['physicalLocation']['region'] = {
    startLine: Math.max(1, finding.line),
    startColumn: Math.max(1, finding.column),
  };
  if (finding.endLine !== undefined && finding.endColumn !== undefined) {
    const endLine = Math.max(result.startLine, finding.endLine);
    const endColumn =
      endLine === result.startLine ? Math.max(result.startColumn, finding.endColumn) : finding.endColumn;
    result.endLine = endLine;
    result.endColumn = Math.max(1, endColumn);
  }
  return result;
}

export function formatSarif(findings: readonly Finding[]): string {
  return toJson(sarifReport(findings));
}
