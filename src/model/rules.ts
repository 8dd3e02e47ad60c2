import type { Finding, Severity } from './finding.js';
import type { SourceLocation } from './location.js';
import type { RuleSetting } from './settings.js';

/**
 * The rules registry: every finding id the product can emit (the loader's checks, the lint rules, the
 * resolver, the planner and the guardrails), with its default severity, the message ids it reports, a
 * one-line description, how to fix it and its documentation page (`docs/rules/<id>.md`, SARIF's
 * `helpUri`). The settings file's `rules:` changes any rule marked adjustable; code never matches on a
 * finding's message text, only on its `ruleId` and `messageId`.
 *
 * To add a finding id: add an entry to RULE_TABLE below (the id is then a `RuleId`, and `newFinding`
 * accepts it with one of its message ids), write `docs/rules/<id>.md`, and add the id to the `rules`
 * property names in `schemas/settings.schema.json` when it is adjustable. Tests check all three.
 */

export type RuleSource = 'loader' | 'lint' | 'resolver' | 'planner' | 'guardrail';

/** A message a rule reports: what it says, and its own default severity where it differs from the rule's. */
type MessageEntry = string | { readonly text: string; readonly severity: Severity };

interface RuleEntry {
  readonly source: RuleSource;
  /** One line: what the rule reports. */
  readonly description: string;
  readonly defaultSeverity: Severity;
  /** How to fix what it reports (the hint when a finding has no more specific one). */
  readonly docs: string;
  readonly messages: Readonly<Record<string, MessageEntry>>;
  /**
   * Why `rules:` cannot change this rule, when it cannot: its findings mean a file cannot be read or a
   * plan cannot be made at all, so there is nothing to go ahead with.
   */
  readonly fixed?: string;
}

const UNREADABLE = 'a file that fails it cannot be read, so there is nothing to plan from it';
const UNPLANNABLE = 'without it the plan would change the wrong scheme, or none';

const RULE_TABLE = {
  // ---- loader: the file can be read and means something ----
  yaml: {
    source: 'loader',
    description:
      'The file is readable, plain YAML: UTF-8, at most 1 MiB, one document, no duplicate keys, anchors, aliases, merge keys, tags, tab indentation or deep nesting.',
    defaultSeverity: 'error',
    docs: 'Fix the YAML at the reported line and column; the message says what to change.',
    messages: { unreadable: 'the file could not be read', syntax: 'the YAML is not plain YAML' },
    fixed: UNREADABLE,
  },
  schema: {
    source: 'loader',
    description:
      'The file is a permission scheme: name and grants, known permission keys, and holders in one of their documented forms.',
    defaultSeverity: 'error',
    docs: 'Compare with schemas/permission-scheme.schema.json (point your editor at it for completion).',
    messages: {
      'not-a-mapping': 'the file is not a mapping of name:, grants:, ...',
      problem: 'a key or value does not have its documented form',
      'unknown-permission':
        'a permission key that is neither built in nor listed under customPermissions (plan, apply and validate --online ask the live catalogue)',
      'too-many': 'more problems than are shown',
      'copies-newer': {
        text: 'the schemas copied into the repository are newer than this jira-perms',
        severity: 'warning',
      },
      'copies-old': {
        text: 'the schemas copied into the repository are older than this jira-perms (editors check against old ones)',
        severity: 'warning',
      },
    },
    fixed: UNREADABLE,
  },
  'unique-name': {
    source: 'loader',
    description: 'Two files describe schemes with the same name.',
    defaultSeverity: 'error',
    docs: "A scheme's name is its identity: give each file its own name, or merge the files.",
    messages: { 'duplicate-name': 'the scheme name is also used by another file' },
    fixed: UNPLANNABLE,
  },
  'unique-project': {
    source: 'loader',
    description: 'A project key listed under projects: twice (in two files, or twice in one).',
    defaultSeverity: 'error',
    docs: 'Keep the key under projects: of the one scheme the project should use.',
    messages: { 'listed-twice': 'the project key is also listed elsewhere' },
    fixed: 'a project listed twice cannot be planned',
  },
  'unique-id': {
    source: 'loader',
    description: 'Two files bind the same live scheme id.',
    defaultSeverity: 'error',
    docs: 'Keep the id in one file only.',
    messages: { 'duplicate-id': 'the scheme id is also bound by another file' },
    fixed: UNPLANNABLE,
  },
  settings: {
    source: 'loader',
    description: 'The settings file (.jira-permissions.yml) is valid.',
    defaultSeverity: 'error',
    docs: 'Compare with schemas/settings.schema.json.',
    messages: {
      unreadable: 'the settings file could not be read',
      syntax: 'the settings file is not plain YAML',
      problem: 'a key or value does not have its documented form',
    },
    fixed: 'the run would not know which settings to use',
  },
  files: {
    source: 'loader',
    description: 'The scheme folder exists and has scheme files.',
    defaultSeverity: 'error',
    docs: 'Create the folder, pass --path DIR, or set "schemes:" in .jira-permissions.yml.',
    messages: {
      'no-folder': 'the scheme folder does not exist or cannot be read',
      outside:
        'a scheme file, the scheme folder or the settings file resolves outside the repository (or into .git), so it is not read',
      'no-files': { text: 'the scheme folder has no scheme files', severity: 'warning' },
      'prune-ignored': {
        text: 'prune is ignored because one file or an empty folder was given',
        severity: 'warning',
      },
    },
    fixed: 'without the scheme files there is nothing to check or plan',
  },

  // ---- lint rules: each one a module under src/validate/rules/ ----
  'no-anonymous-access': {
    source: 'lint',
    description: 'A permission granted to `anyone`: people who are not logged in get it (public exposure).',
    defaultSeverity: 'error',
    docs: 'Grant it to applicationRole (any logged-in user), a group or a project role instead. If public access is intended, set the rule to warning or off in .jira-permissions.yml (rules: {no-anonymous-access: warning}).',
    messages: { anonymous: 'a permission is granted to anyone' },
  },
  'no-broad-admin': {
    source: 'lint',
    description:
      'An administration permission (ADMINISTER_PROJECTS, EDIT_WORKFLOW, EDIT_ISSUE_LAYOUT), DELETE_ISSUES or a DELETE_ALL_* permission granted to `anyone` or to an application role: every user of the site or of a product.',
    defaultSeverity: 'error',
    docs: 'Grant it to a project role (e.g. Administrators) or a small group instead.',
    messages: { 'broad-admin': 'an administration or deletion permission is granted to everyone' },
  },
  'duplicate-grant': {
    source: 'lint',
    description:
      'The same holder listed twice under one permission (also when spelled two ways, e.g. `projectRole: 10002` and `projectRole: {id: 10002}`).',
    defaultSeverity: 'error',
    docs: 'Remove one of the two entries.',
    messages: {
      'listed-twice': 'the same holder is listed twice under one permission',
      'same-after-resolving': {
        text: 'two entries name the same holder once names are looked up in Jira (a name and an id)',
        severity: 'warning',
      },
    },
  },
  'prefer-group-id': {
    source: 'lint',
    description: 'A group given by name only: group names can change, ids cannot.',
    defaultSeverity: 'warning',
    docs: 'Write the group as {id: <groupId>} (or {name: <name>, id: <groupId>}); `jira-perms export` writes ids, and Jira admin shows them in the group URL.',
    messages: { 'name-only': 'a group is given by name only' },
  },
  'browse-required': {
    source: 'lint',
    description: 'A scheme where nobody has BROWSE_PROJECTS: nobody can see the projects that use it.',
    defaultSeverity: 'error',
    docs: 'Grant BROWSE_PROJECTS to the people who work in these projects, e.g. a project role.',
    messages: { 'no-browse': 'no holder has BROWSE_PROJECTS' },
  },
  'admin-required': {
    source: 'lint',
    description:
      'A scheme where nobody has ADMINISTER_PROJECTS: nobody can administer the projects that use it.',
    defaultSeverity: 'error',
    docs: 'Grant ADMINISTER_PROJECTS to a project role (e.g. Administrators) or an admin group.',
    messages: { 'no-admin': 'no holder has ADMINISTER_PROJECTS' },
  },
  'product-permission': {
    source: 'lint',
    description:
      'A permission that only means something on sites with Jira Software (MANAGE_SPRINTS_PERMISSION, VIEW_DEV_TOOLS) or Jira Service Management (SERVICEDESK_AGENT).',
    defaultSeverity: 'info',
    docs: 'Nothing to fix when the site has the product; on other sites the grant has no effect. Turn the rule off in .jira-permissions.yml to silence it.',
    messages: { 'product-only': 'the permission only has an effect on sites with a product' },
  },

  // ---- resolver: names in the files, looked up in Jira ----
  'unresolved-group': {
    source: 'resolver',
    description: 'A group the files name that Jira does not have.',
    defaultSeverity: 'error',
    docs: 'Group names must match exactly: create the group first, or fix the name or id. Set to warning to leave such grants out of the plan.',
    messages: {
      'not-found': 'no group with that name',
      'id-not-found': 'no group with that id',
      'id-on-data-center': 'a group given by id on Data Center, whose groups have names only',
    },
  },
  'renamed-group': {
    source: 'resolver',
    description: 'A group given by name and id whose name has changed in Jira.',
    defaultSeverity: 'warning',
    docs: 'Update the name in the file; the grant is matched by id, so nothing changes in Jira.',
    messages: { renamed: 'the group has another name in Jira now' },
  },
  'unresolved-role': {
    source: 'resolver',
    description: 'A project role the files name that Jira does not have.',
    defaultSeverity: 'error',
    docs: "Use one of the site's project roles (the message lists them), by name or id. Set to warning to leave such grants out of the plan.",
    messages: {
      'not-found': 'no project role with that name',
      'id-not-found': 'no project role with that id',
    },
  },
  'unresolved-user': {
    source: 'resolver',
    description: 'A user the files name (by account id or email) that Jira does not have.',
    defaultSeverity: 'error',
    docs: "Check the account id (the last part of the user's profile URL) or the address. Set to warning to leave such grants out of the plan.",
    messages: {
      'account-not-found': 'no user with that account id',
      'email-not-found': 'no user with that email address',
    },
  },
  'hidden-email': {
    source: 'resolver',
    description: 'A user given by email on a site that hides email addresses from the token.',
    defaultSeverity: 'error',
    docs: 'Write the account id instead (`user: <accountId>`); the message lists the users the search matched.',
    messages: { hidden: 'the email address cannot be confirmed' },
  },
  'inactive-user': {
    source: 'resolver',
    description: 'A grant to a deactivated user: it gives nobody access.',
    defaultSeverity: 'warning',
    docs: 'Remove the grant, or grant a group or role instead of a person.',
    messages: { inactive: 'the user is deactivated' },
  },
  'unresolved-field': {
    source: 'resolver',
    description: 'A custom field the files name that Jira does not have.',
    defaultSeverity: 'error',
    docs: 'Write the field id (e.g. customfield_10020) or its exact name. Set to warning to leave such grants out of the plan.',
    messages: { 'not-found': 'no custom field with that id or name' },
  },
  'ambiguous-field': {
    source: 'resolver',
    description: 'A custom field given by a name that several fields share.',
    defaultSeverity: 'error',
    docs: 'Write the field id (e.g. customfield_10020) instead of the name.',
    messages: { ambiguous: 'several custom fields have that name' },
  },
  'unresolved-application-role': {
    source: 'resolver',
    description: 'An application role the files name that the site does not have.',
    defaultSeverity: 'error',
    docs: "Use one of the site's application roles (the message lists them), e.g. jira-software.",
    messages: { 'not-found': 'no application role with that key' },
  },
  'unknown-permission': {
    source: 'resolver',
    description:
      "A permission key that is neither built in nor in the live site's permission catalogue, or a global permission, which a scheme cannot grant.",
    defaultSeverity: 'error',
    docs: 'App-defined keys exist only while their app is installed; list accepted keys under customPermissions in the settings file.',
    messages: {
      'not-in-catalogue': 'the key is not in the permission catalogue',
      global: 'the key is a global permission',
    },
  },
  'unresolved-project': {
    source: 'resolver',
    description: 'A project key under projects: that Jira does not have (or the account cannot see).',
    defaultSeverity: 'error',
    docs: 'Write the key as Jira shows it; the message suggests the closest one.',
    messages: { unknown: 'Jira has no project with that key' },
    fixed: 'the plan cannot assign a scheme to a project it cannot find',
  },
  'team-managed-project': {
    source: 'resolver',
    description: 'A team-managed project under projects: (it has its own permissions, not a scheme).',
    defaultSeverity: 'error',
    docs: "Remove it from projects:; a team-managed project's access is set in the project itself.",
    messages: { 'team-managed': 'the project is team-managed' },
    fixed: 'Jira would refuse the assignment',
  },
  'project-key-case': {
    source: 'resolver',
    description: "A project key written in another case than Jira spells it (Jira's spelling is used).",
    defaultSeverity: 'warning',
    docs: 'Write the key as Jira does.',
    messages: { case: 'the key is spelt in another case in Jira' },
  },
  'permission-not-on-site': {
    source: 'resolver',
    description:
      "A built-in permission that the site's catalogue does not offer (its product is not installed).",
    defaultSeverity: 'warning',
    docs: 'Jira will refuse grants for it; remove it, or install the product it belongs to.',
    messages: { 'not-offered': 'the site does not offer the permission' },
  },

  // ---- planner: files against live schemes ----
  'pinned-scheme-missing': {
    source: 'planner',
    description: 'A file pins a live scheme id that Jira does not have.',
    defaultSeverity: 'error',
    docs: 'Remove the `id:` line to create the scheme anew, or correct the id (jira-perms export shows the live ids).',
    messages: { missing: 'no permission scheme with that id' },
    fixed: UNPLANNABLE,
  },
  'pinned-scheme-duplicate': {
    source: 'planner',
    description: 'Two files pin the same live scheme id.',
    defaultSeverity: 'error',
    docs: 'Each live scheme can be described by one file only: remove the `id:` line from one of them.',
    messages: { duplicate: 'another file pins the same id' },
    fixed: UNPLANNABLE,
  },
  'ambiguous-scheme-name': {
    source: 'planner',
    description: 'Jira has several schemes with the name of a file that pins no id.',
    defaultSeverity: 'error',
    docs: 'Add `id: <id>` to the file to say which live scheme it describes.',
    messages: { ambiguous: 'several live schemes have that name' },
    fixed: UNPLANNABLE,
  },
  'scheme-name-taken': {
    source: 'planner',
    description: 'A file would create or rename a scheme onto the name of another live scheme.',
    defaultSeverity: 'error',
    docs: 'Choose another name, or pin the file to that scheme with its id.',
    messages: { taken: 'another live scheme keeps that name' },
    fixed: UNPLANNABLE,
  },
  'project-left-without-scheme': {
    source: 'planner',
    description:
      'A project uses the scheme in Jira, is not listed under its projects:, and no other file lists it.',
    defaultSeverity: 'error',
    docs: 'List the project under projects: in the file of the scheme it should move to, or keep it in this list.',
    messages: { 'left-without-scheme': 'the project would be left without a permission scheme' },
    fixed: 'the plan cannot leave a project without a scheme',
  },
  'unpinned-scheme': {
    source: 'planner',
    description: 'A file without id: matches a live scheme by name (a rename would delete and create it).',
    defaultSeverity: 'warning',
    docs: 'Add `id: <id>` to the file (jira-perms pin writes it for every file).',
    messages: { unpinned: 'the file has no id: but its scheme exists live' },
  },
  'prune-scheme-in-use': {
    source: 'planner',
    description: 'A live scheme with no file is not pruned because projects use it.',
    defaultSeverity: 'warning',
    docs: 'Move those projects to another scheme, or add a file for the scheme (jira-perms export --scheme NAME).',
    messages: { 'in-use': 'projects use the scheme' },
  },

  // ---- guardrails: plans that must not go ahead unless allowed ----
  lockout: {
    source: 'guardrail',
    description:
      'A scheme that projects use would be left with no ADMINISTER_PROJECTS or no BROWSE_PROJECTS holder.',
    defaultSeverity: 'error',
    docs: 'Keep a holder of the permission, or allow it for the scheme under guardrails.allow in the settings file (warning or off here allows it everywhere).',
    messages: { 'last-holder': 'the last holder of the permission would go' },
  },
  'public-exposure': {
    source: 'guardrail',
    description: 'A plan that grants a permission to `anyone` (people who are not logged in).',
    defaultSeverity: 'error',
    docs: 'Grant it to logged-in users instead, or allow it for the scheme under guardrails.allow in the settings file.',
    messages: { 'anyone-added': 'anyone would be granted the permission' },
  },
  'mass-removal': {
    source: 'guardrail',
    description:
      'A plan that removes more grants from one scheme than guardrails.maxRemovals, or more than guardrails.maxRemovalRatio of the grants the files manage.',
    defaultSeverity: 'error',
    docs: 'Check the file is complete (a truncated file looks exactly like this); if intended, allow it for the scheme under guardrails.allow.',
    messages: { 'too-many': 'too many grants would be removed' },
  },
  'access-limit': {
    source: 'guardrail',
    description:
      'A plan in which more people than accessLimits allows gain a permission in one project (the message names them).',
    defaultSeverity: 'error',
    docs: 'Check who gains the permission and why; if intended, allow it for the scheme under guardrails.allow, or raise the limit.',
    messages: { 'too-many-gain': 'too many people would gain the permission' },
  },
} as const satisfies Record<string, RuleEntry>;

/** A registered finding id. */
export type RuleId = keyof typeof RULE_TABLE;

/** The message ids rule `R` reports. */
export type MessageId<R extends RuleId> = keyof (typeof RULE_TABLE)[R]['messages'] & string;

export interface RuleMessage {
  id: string;
  /** What a finding with this message id says, in general. */
  description: string;
  defaultSeverity: Severity;
}

/** A rule as the rest of the product sees it (SARIF's rule list, docs, `rules:` validation, lint). */
export interface RuleMeta {
  id: string;
  source: RuleSource;
  description: string;
  defaultSeverity: Severity;
  /** How to fix what it reports. */
  docs: string;
  /** Its documentation page (SARIF `helpUri`). */
  helpUri: string;
  messages: readonly RuleMessage[];
  /** Whether `rules:` in the settings file may change it. */
  adjustable: boolean;
  /** Why it is not adjustable, when it is not. */
  fixed?: string;
}

/** Where rule pages live: docs/rules/<id>.md of the repository. */
export const RULE_DOCS_BASE =
  'https://github.com/jira-permissions-as-code/jira-permissions-as-code/blob/main/docs/rules/';

export function ruleDocsPath(id: string): string {
  return `docs/rules/${id}.md`;
}

function toMeta(id: string, entry: RuleEntry): RuleMeta {
  const messages = Object.entries(entry.messages).map(([messageId, message]) =>
    typeof message === 'string'
      ? { id: messageId, description: message, defaultSeverity: entry.defaultSeverity }
      : { id: messageId, description: message.text, defaultSeverity: message.severity },
  );
  return {
    id,
    source: entry.source,
    description: entry.description,
    defaultSeverity: entry.defaultSeverity,
    docs: entry.docs,
    helpUri: `${RULE_DOCS_BASE}${id}.md`,
    messages,
    adjustable: entry.fixed === undefined,
    ...(entry.fixed === undefined ? {} : { fixed: entry.fixed }),
  };
}

const TABLE: Readonly<Record<string, RuleEntry>> = RULE_TABLE;

/** Every registered rule, in the table's order (loader, lint, resolver, planner, guardrails). */
export const RULE_REGISTRY: readonly RuleMeta[] = Object.entries(TABLE).map(([id, entry]) =>
  toMeta(id, entry),
);

const BY_ID = new Map(RULE_REGISTRY.map((meta) => [meta.id, meta]));

/** A rule's registration, or undefined for an id nobody registered. */
export function ruleMeta(id: string): RuleMeta | undefined {
  return BY_ID.get(id);
}

/** A registered rule's registration (typed ids cannot miss). */
export function registeredRule(id: RuleId): RuleMeta {
  const meta = BY_ID.get(id);
  if (meta === undefined) throw new Error(`rule ${id} is not registered`);
  return meta;
}

/** The rules `rules:` in the settings file may name. */
export const ADJUSTABLE_RULE_IDS: readonly string[] = RULE_REGISTRY.filter((meta) => meta.adjustable).map(
  (meta) => meta.id,
);

/** The default severity of a rule's message. */
export function defaultSeverity(ruleId: string, messageId?: string): Severity {
  const meta = BY_ID.get(ruleId);
  const message = meta?.messages.find((candidate) => candidate.id === messageId);
  return message?.defaultSeverity ?? meta?.defaultSeverity ?? 'error';
}

/**
 * A finding of a registered rule, at its message's default severity (the settings apply later, see
 * {@link applyRuleSettings}).
 */
export function newFinding<R extends RuleId>(
  ruleId: R,
  messageId: MessageId<R>,
  location: SourceLocation,
  message: string,
  hint?: string,
): Finding {
  return {
    ...location,
    severity: defaultSeverity(ruleId, messageId),
    ruleId,
    messageId,
    message,
    ...(hint === undefined ? {} : { hint }),
  };
}

/**
 * The severity a finding of `ruleId` has under the settings' `rules:` (undefined: the rule is off). A
 * rule that is not adjustable keeps its default whatever the settings say (the settings loader reports
 * such an entry as an error).
 */
export function configuredSeverity(
  ruleId: string,
  severity: Severity,
  rules: Readonly<Record<string, RuleSetting>>,
): Severity | undefined {
  if (BY_ID.get(ruleId)?.adjustable === false) return severity;
  const configured = Object.hasOwn(rules, ruleId) ? rules[ruleId] : undefined;
  if (configured === undefined) return severity;
  return configured === 'off' ? undefined : configured;
}

/** The findings as the settings' `rules:` want them: severities changed, findings of rules that are off dropped. */
export function applyRuleSettings(
  findings: readonly Finding[],
  rules: Readonly<Record<string, RuleSetting>>,
): Finding[] {
  const out: Finding[] = [];
  for (const finding of findings) {
    const severity = configuredSeverity(finding.ruleId, finding.severity, rules);
    if (severity === undefined) continue;
    out.push(severity === finding.severity ? finding : { ...finding, severity });
  }
  return out;
}
