import type { Holder } from './holder.js';
import type { SourceLocation } from './location.js';

export interface Grant {
  permission: string;
  holder: Holder;
  /**
   * Display only (e.g. `projectRole Developers (10002)`): shown to people, never compared. Identity is
   * `grantKey(permission, holder)`.
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

/** A grant as the files want it, resolved to ids. */
export interface DesiredGrant extends Grant {
  source?: SourceLocation;
}

/** A scheme as the files want it, resolved to ids. */
export interface DesiredScheme {
  name: string;
  description?: string;
  /** Pinned live scheme id, when the file has one. */
  id?: number;
  file: string;
  grants: DesiredGrant[];
}

/** A project that uses a scheme (for blast radius and delete protection). */
export interface ProjectRef {
  id: string;
  key: string;
  name?: string;
}
