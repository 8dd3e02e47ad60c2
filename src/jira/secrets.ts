/**
 * Secrets the product must never print: API tokens, bearer tokens and the derived `base64(email:token)`.
 * The connection registers them as soon as it reads them; every error message and log line the product
 * writes goes through `redact`. The GitHub Action subscribes with `onSecretRegistered` to mask them in
 * the runner's log as well (`core.setSecret`).
 */

const REPLACEMENT = '***';
/** Shorter values would redact ordinary words; real tokens are far longer. */
const MIN_SECRET_LENGTH = 6;

const secrets = new Set<string>();
const listeners = new Set<(secret: string) => void>();

/** Registers a secret (idempotent) and tells every subscriber about it. Empty/short values are ignored. */
export function registerSecret(value: string | undefined): void {
  if (value === undefined) return;
  const trimmed = value.trim();
  for (const candidate of new Set([value, trimmed])) {
    if (candidate.length < MIN_SECRET_LENGTH || secrets.has(candidate)) continue;
    secrets.add(candidate);
    for (const listener of listeners) listener(candidate);
  }
}

/**
 * Calls `listener` for every secret registered so far and every one registered later (the action passes
 * `core.setSecret`). Returns a function that unsubscribes.
 */
export function onSecretRegistered(listener: (secret: string) => void): () => void {
  listeners.add(listener);
  for (const secret of secrets) listener(secret);
  return () => listeners.delete(listener);
}

/** The text with every registered secret replaced by `***` (longest first, so overlaps cannot leak). */
export function redact(text: string): string {
  if (secrets.size === 0 || text === '') return text;
  let result = text;
  const ordered = [...secrets].sort((a, b) => b.length - a.length);
  for (const secret of ordered) {
    if (result.includes(secret)) result = result.split(secret).join(REPLACEMENT);
  }
  return result;
}

/** An `Output`-like writer that redacts everything written through it. */
export function redactingWriter(output: { write(text: string): void }): { write(text: string): void } {
  return {
    write: (text: string) => {
      output.write(redact(text));
    },
  };
}

/** For tests: the registered secrets are forgotten. */
export function clearSecretsForTesting(): void {
  secrets.clear();
}
