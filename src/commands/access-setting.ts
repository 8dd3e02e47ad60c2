/**
 * Whether a plan reads effective access (who gains and who loses). A module of its own, with no imports,
 * so the action can parse its input at start-up without loading the planner.
 */

/**
 * `always` (the default, `on`: `plan` shows it, reading people within a budget), `full` (every read, no
 * budget), `limits` (`off`: only when the settings file sets `accessLimits`, for the guardrail: apply's
 * fresh plan, `plan --no-access`) or `never`.
 */
export type AccessSetting = 'always' | 'full' | 'limits' | 'never';

/** The variable that sets effective access for every plan (the CLI's and the action's). */
export const ACCESS_VARIABLE = 'JIRA_PERMS_ACCESS';

/** The values `JIRA_PERMS_ACCESS`, the action's `access` input and `plan --access` take. */
export const ACCESS_VALUES = ['on', 'full', 'off'] as const;

/**
 * `JIRA_PERMS_ACCESS` (or the action's `access` input, or `plan --access`): `on`, or nothing, is the
 * default: every plan reports access, reading people within a budget and saying what it left out; `full`
 * reads every holder however many requests that takes; `off` leaves effective access out of the plan, so
 * it reads no group members or role actors; they are still read when the settings set `accessLimits`,
 * whose guardrail needs them (`limits`).
 */
export function parseAccessSetting(value: string | undefined): AccessSetting {
  const text = (value ?? '').trim().toLowerCase();
  if (text === '' || ['on', 'true', 'yes', '1'].includes(text)) return 'always';
  if (['full', 'all'].includes(text)) return 'full';
  if (['off', 'false', 'no', '0'].includes(text)) return 'limits';
  throw new Error(`${ACCESS_VARIABLE} must be "on", "full" or "off"; got "${value ?? ''}"`);
}
