/**
 * The one wording for an argument a command does not take: a misspelt option gets "did you mean", a
 * word without dashes is called what it is (commands take options only), with the option it most
 * likely belongs to.
 */
import { closestMatch } from '../util/suggest.js';

export function unknownArgument(raw: string, options: readonly string[], hint?: string): string {
  if (!raw.startsWith('-')) {
    return `unexpected argument "${raw}": this command takes options only${hint === undefined ? '' : ` (${hint})`}`;
  }
  const name = raw.includes('=') ? raw.slice(0, raw.indexOf('=')) : raw;
  const suggestion = closestMatch(name, options);
  return `unknown option "${raw}"${suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`}`;
}
