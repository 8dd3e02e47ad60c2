/** What each scenario reports: rows for the table (every figure against its bound or baseline) and details for results.json. */

export interface Row {
  scenario: string;
  /** What is measured, e.g. "wall time". */
  measure: string;
  /** The measured figure, formatted with its unit. */
  value: string;
  /** What it is compared with, formatted, e.g. "38.8 s (776 round trips × 50 ms)". */
  against: string;
  /** value / against; null when the figure has no meaningful ratio. */
  ratio: number | null;
  /** The target for the ratio (at most), when it sets one. */
  target?: number;
}

export interface ScenarioResult {
  name: string;
  rows: Row[];
  details: Record<string, unknown>;
}

export function seconds(ms: number): string {
  return ms >= 10_000
    ? `${(ms / 1000).toFixed(1)} s`
    : ms >= 1000
      ? `${(ms / 1000).toFixed(2)} s`
      : `${ms.toFixed(1)} ms`;
}

export function verdict(row: Row): string {
  if (row.ratio === null || row.target === undefined) return '';
  return row.ratio <= row.target ? 'ok' : 'MISSED';
}

/** A plain-text table, columns padded. */
export function renderTable(rows: readonly Row[]): string {
  const header = ['scenario', 'measure', 'measured', 'bound / baseline', 'ratio', 'target', ''];
  const body = rows.map((row) => [
    row.scenario,
    row.measure,
    row.value,
    row.against,
    row.ratio === null ? '-' : `${row.ratio.toFixed(2)}×`,
    row.target === undefined ? '' : `≤ ${row.target}×`,
    verdict(row),
  ]);
  const widths = header.map((_, column) =>
    Math.max(...[header, ...body].map((cells) => (cells[column] ?? '').length)),
  );
  const line = (cells: string[]): string =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)].join('\n');
}

/** The same table in Markdown, for the README. */
export function renderMarkdown(rows: readonly Row[]): string {
  const lines = [
    '| scenario | measure | measured | bound / baseline | ratio | target |',
    '|---|---|---|---|---|---|',
  ];
  for (const row of rows) {
    const ratio = row.ratio === null ? '-' : `${row.ratio.toFixed(2)}×`;
    const target = row.target === undefined ? '' : `≤ ${row.target}× ${verdict(row)}`;
    lines.push(`| ${row.scenario} | ${row.measure} | ${row.value} | ${row.against} | ${ratio} | ${target} |`);
  }
  return lines.join('\n');
}
