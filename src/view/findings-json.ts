import type { Finding } from '../model/finding.js';
import { countFindings, sortFindings } from '../validate/order.js';
import { toJson } from './json.js';

export interface JsonReport {
  version: 1;
  summary: { errors: number; warnings: number; notes: number; files: number };
  findings: Finding[];
}

/** The findings as one JSON document (stable order; one finding shape, as the model defines it). */
export function jsonReport(findings: readonly Finding[], fileCount: number): JsonReport {
  const counts = countFindings(findings);
  return {
    version: 1,
    summary: { errors: counts.errors, warnings: counts.warnings, notes: counts.infos, files: fileCount },
    findings: sortFindings(findings),
  };
}

export function formatJson(findings: readonly Finding[], fileCount: number): string {
  return toJson(jsonReport(findings, fileCount));
}
