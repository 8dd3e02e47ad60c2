/** Small timing helpers: medians over repetitions, CPU time, memory. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export async function timeMs(work: () => unknown): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** CPU time (user + system) of this process while `work` runs, in ms, and its wall time. */
export async function cpuAndWallMs(work: () => unknown): Promise<{ cpuMs: number; wallMs: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await work();
  const used = process.cpuUsage(cpu);
  return { cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - started };
}

/**
 * Runs two measurements alternately (a, b, a, b, ...) after one warm-up each, so drift in the machine's
 * speed hits both alike; returns every sample.
 */
export async function alternate(
  repetitions: number,
  a: () => Promise<number>,
  b: () => Promise<number>,
): Promise<{ a: number[]; b: number[] }> {
  await a();
  await b();
  const samples = { a: [] as number[], b: [] as number[] };
  for (let index = 0; index < repetitions; index++) {
    samples.a.push(await a());
    samples.b.push(await b());
  }
  return samples;
}

export function mb(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}

export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
