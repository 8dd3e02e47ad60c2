import { closestMatch } from '../util/suggest.js';

/**
 * "Did you mean" for keys and names: the shared closest match, and failing that a candidate one swapped
 * pair of neighbouring letters away (`prnue` → `prune`, `nmae` → `name`), the commonest typo that plain
 * edit distance counts twice.
 */
export function suggestFor(input: string, candidates: readonly string[]): string | undefined {
  const closest = closestMatch(input, candidates);
  if (closest !== undefined) return closest;
  const needle = input.toLowerCase();
  return candidates.find((candidate) => isOneTransposition(needle, candidate.toLowerCase()));
}

function isOneTransposition(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let first = -1;
  for (let index = 0; index < a.length; index++) {
    if (a[index] === b[index]) continue;
    if (first !== -1) {
      return (
        index === first + 1 &&
        a[first] === b[index] &&
        a[index] === b[first] &&
        a.slice(index + 1) === b.slice(index + 1)
      );
    }
    first = index;
  }
  return false;
}
