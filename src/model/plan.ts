import type { AccessChange, AccessSummary } from './access.js';
import type { ChangedBy, ChangeOrigin } from './drift.js';
import type { Finding } from './finding.js';
import type { Holder } from './holder.js';
import type { GuardrailId } from './settings.js';
import type { ProjectRef } from './scheme.js';

/**
 * The plan is data: the planner makes it, renderers show it, apply carries it out. Field names of
 * `version`, `changes[].action|scheme|schemeId|permission|holder` and `summary` are the public contract
 * of `plan --json`.
 */

export type ChangeAction =
  'create-scheme' | 'update-scheme' | 'delete-scheme' | 'add-grant' | 'remove-grant' | 'assign-project';

export interface PlanChange {
  action: ChangeAction;
  /**
   * Scheme name (the file's name for creates and updates, the live name for deletes). assign-project:
   * the scheme the project moves onto.
   */
  scheme: string;
  /** Live scheme id, or null when the scheme does not exist yet (the same plan creates it). */
  schemeId: number | null;
  /** assign-project: the project's key, as Jira spells it. */
  project?: string;
  /** assign-project: the project's id, as Jira gives it. */
  projectId?: string;
  /** assign-project: the scheme the project uses now (its file's name when a file describes it). */
  fromScheme?: string | null;
  /** assign-project: the id of the scheme the project uses now. */
  fromSchemeId?: number | null;
  /** Grant changes: the permission key. */
  permission?: string;
  /** Grant changes: the holder as Jira spells it. */
  holder?: Holder;
  /** remove-grant: the live grant's id. */
  grantId?: number;
  /** Display only: the holder with its name and id, e.g. `group jira-developers (4f2a…)`. */
  label?: string;
  /** update-scheme: what changes. */
  from?: { name?: string; description?: string };
  to?: { name?: string; description?: string };
  /** The scheme file behind the change (not for deletes). */
  file?: string;
  /**
   * Set when the plan was compared with a base (a pull request's base commit, `plan --base-ref`): `drift`
   * when the base's files plan this change too (it undoes a change made in Jira), else `pull-request`.
   */
  origin?: ChangeOrigin;
  /** Drifted changes: who made the change in Jira and when, when the audit log says (null: it does not). */
  changedBy?: ChangedBy | null;
}

export interface PlanSummary {
  add: number;
  remove: number;
  createSchemes: number;
  updateSchemes: number;
  deleteSchemes: number;
  /** Projects moved onto another scheme (assign-project changes). */
  assignProjects: number;
  /** Schemes with any change. */
  schemesChanged: number;
  /**
   * Distinct projects using the changed schemes; null when the plan did not read which project uses
   * which scheme (apply skips it for a plan that only adds: see `Plan.projectUsage`).
   */
  projectsAffected: number | null;
  /** Effective access: distinct people who gain and who lose some permission (when it was worked out). */
  access?: AccessSummary;
}

export interface GuardrailViolation {
  guardrail: GuardrailId;
  scheme: string;
  message: string;
  /** True when the settings file allows it by name: reported, but the plan does not fail. */
  allowed: boolean;
}

export interface BlastRadius {
  scheme: string;
  schemeId: number | null;
  /** Projects using the scheme after the plan; null when which project uses it was not read. */
  projectCount: number | null;
  /** The first few project keys, sorted. */
  sampleKeys: string[];
}

/** A live grant the product does not manage (unknown holder type or permission): kept, reported. */
export interface KeptGrant {
  scheme: string;
  schemeId: number;
  grantId: number;
  permission: string;
  holder: Holder;
  /** Display only: the holder as the reader labelled it. */
  label?: string;
  reason: string;
}

export interface Plan {
  version: 1;
  changes: PlanChange[];
  summary: PlanSummary;
  /** Live scheme id -> fingerprint of its grants when planned; apply refuses if they moved. */
  fingerprints: Record<string, string>;
  /** Hash of the scheme files (and settings) the plan was made from. */
  filesHash: string;
  /**
   * The files the plan was made from (every scheme file and the settings file), path -> sha256 of its
   * bytes: when `filesHash` differs, apply names the files that changed.
   */
  files?: Record<string, string>;
  guardrails: GuardrailViolation[];
  blastRadius: BlastRadius[];
  /**
   * Set (`not-read`) when the plan has changes to live schemes but did not read which project uses which
   * scheme: apply reads it only when something needs it (a removal, a deletion, a project move, `projects:`
   * in the files, access limits), so for a plan that only adds, the counts above are unknown (null), not
   * zero. Guardrails then assume every live scheme is in use. Absent: read, or nothing needed it.
   */
  projectUsage?: 'not-read';
  /** Live schemes with no file (untouched unless prune is on). */
  unmanaged: { id: number; name: string }[];
  kept: KeptGrant[];
  /**
   * Problems found while planning that stop the plan (severity `error`), e.g. a file pinning a scheme
   * id that Jira no longer has, or notes (`warning`/`info`), e.g. a prune candidate still in use.
   */
  findings: Finding[];
  /**
   * Effective access: per project and permission whose holders change, who gains and who loses it
   * (sorted by project, permission, account). Worked out by `plan` when the plan has changes.
   */
  access?: AccessChange[];
}

export type { ProjectRef };
