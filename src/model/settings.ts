/** The settings file (`.jira-permissions.yml`), after defaults are applied. */

export type RuleSetting = 'error' | 'warning' | 'off';

export type GuardrailId = 'lockout' | 'public-exposure' | 'mass-removal' | 'access-limit';

/**
 * A holder that Jira manages itself: never planned for removal, never a cause of a diff. Matched by type
 * and by name or id (for roles, the role's name or id; for groups, name or id).
 */
export interface ManagedHolder {
  type: string;
  name?: string;
  id?: string;
}

/** Lets a guardrail pass for one scheme, by name (or every scheme with `*`). */
export interface GuardrailAllowance {
  guardrail: GuardrailId;
  scheme: string;
}

export interface Settings {
  /** Path of the settings file it came from, or undefined when defaults are used. */
  file?: string;
  /** The scheme folder. */
  schemes: string;
  customPermissions: string[];
  prune: boolean;
  rules: Record<string, RuleSetting>;
  managedHolders: ManagedHolder[];
  /**
   * Most people who may gain a permission in one project in one plan, per permission key (the
   * `access-limit` guardrail). Empty: no limit.
   */
  accessLimits: Record<string, number>;
  guardrails: {
    /** Most grant removals allowed in one scheme; more fail the plan. */
    maxRemovals: number;
    /** Largest fraction (0..1) of a scheme's live grants that may be removed; more fail the plan. */
    maxRemovalRatio: number;
    allow: GuardrailAllowance[];
  };
}

export const DEFAULT_SETTINGS_FILE = '.jira-permissions.yml';

export const DEFAULT_SETTINGS: Settings = {
  schemes: 'jira-permissions',
  customPermissions: [],
  prune: false,
  rules: {},
  managedHolders: [{ type: 'projectRole', name: 'atlassian-addons-project-access' }],
  accessLimits: {},
  guardrails: { maxRemovals: 10, maxRemovalRatio: 0.2, allow: [] },
};
