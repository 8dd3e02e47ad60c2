/**
 * Whether a plan reads effective access (who gains and who loses). A module of its own, with no imports,
 * so the action can parse its input at start-up without loading the planner.
 */

/**
 * `always` (the default: `plan` shows it), `limits` (only when the settings file sets `accessLimits`,
 * for the guardrail: apply's fresh plan, `plan --no-access`) or `never`.
 */
export type AccessSetting = 'always' | 'limits' | 'never';

/** The variable that switches effective access off for every plan (the CLI's and the action's). */
export const ACCESS_VARIABLE = 'JIRA_PERMS_ACCESS';

/**
 * `JIRA_PERMS_ACCESS` (or the action's `access` input): `off` leaves effective access out of the plan, so
 * it reads no group members or role actors; it is still read when the settings set `accessLimits`, whose
 * guardrail needs it (`limits`). `on`, or nothing, is the default: every plan reports access.
 */
export function parseAccessSetting(value: string | undefined): AccessSetting {
  const text = (value ?? '').trim().toLowerCase();
  if (text === '' || ['on', 'true', 'yes', '1'].includes(text)) return 'always';
  if (['off', 'false', 'no', '0'].includes(text)) return 'limits';
  throw new Error(`${ACCESS_VARIABLE} must be "on" or "off"; got "${value ?? ''}"`);
}
