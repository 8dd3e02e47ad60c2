import type { Holder } from './holder.js';
import type { SourceLocation } from './location.js';
import type { HolderSpec } from './spec.js';

export interface Grant {
  permission: string;
  holder: Holder;
  /**
   * The holder's name where Jira's spelling does not carry it (a role's or field's name, a user's display
   * name): for display and for settings that name holders (`matchesHolderRef`), never for identity.
   */
  name?: string;
  /**
   * Display only (e.g. `projectRole Developers (10002)`, made by `holderLabel`): shown to people, never
   * parsed or compared. Identity is `grantKey(permission, holder)`.
   */
  label?: string;
}

/** A grant as it stands in Jira. */
export interface LiveGrant extends Grant {
  id: number;
}

export interface LiveScheme {
  id: number;
  name: string;
  description?: string;
  grants: LiveGrant[];
}

/**
 * A grant as the files want it, resolved to ids. Where it is written is its scheme's (`grantSources`):
 * the resolver shares one object between every file that grants the same permission to the same holder.
 */
export type DesiredGrant = Grant;

/**
 * Where a desired grant is written: its file grant (the location is worked out when asked for), with the
 * holder as the file spells it (export keeps that spelling).
 */
export interface GrantSource {
  readonly holder: HolderSpec;
  readonly location: SourceLocation;
}

/** A scheme as the files want it, resolved to ids. */
export interface DesiredScheme {
  name: string;
  description?: string;
  /** Pinned live scheme id, when the file has one. */
  id?: number;
  file: string;
  grants: DesiredGrant[];
  /**
   * Where each of `grants` is written, index for index, when they come from a file: at scale the grants
   * are a few thousand objects shared by every file, and a location is asked for only for a finding.
   */
  grantSources?: readonly GrantSource[];
  /**
   * The file's `projects:` (also `[]`), resolved: exactly these projects use the scheme after apply.
   * Absent: which projects use it is left alone.
   */
  projects?: DesiredProject[];
  /** Where `projects:` is written (findings about the list as a whole). */
  projectsSource?: SourceLocation;
}

/** A project that uses a scheme (for blast radius and delete protection). */
export interface ProjectRef {
  id: string;
  /** As Jira spells it. */
  key: string;
  name?: string;
  /**
   * A team-managed project (Cloud's `style: next-gen`, `simplified: true`): it has its own permissions,
   * not a shared permission scheme, so no scheme can be assigned to it.
   */
  teamManaged?: true;
  /**
   * The project lead, when the project list carried it (Cloud: account id; Data Center: user key);
   * `active` absent when the list did not say.
   */
  lead?: { accountId: string; displayName?: string; active?: boolean };
}

/** A project a scheme file lists under `projects:`, as Jira knows it. */
export interface DesiredProject {
  /** Jira's spelling. */
  key: string;
  id: string;
  name?: string;
  /** Where the file lists it. */
  source?: SourceLocation;
}
