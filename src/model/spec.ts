import type { SourceLocation } from './location.js';

/**
 * What a scheme file says, before names are turned into ids. Produced by the loader from valid files
 * only; the resolver turns it into a DesiredScheme.
 */
export type HolderSpec =
  | { type: 'anyone' | 'assignee' | 'reporter' | 'projectLead' | 'sd.customer.portal.only' }
  /** No key: any logged-in user of any product. */
  | { type: 'applicationRole'; key?: string }
  /** At least one of name and id. */
  | { type: 'group'; name?: string; id?: string }
  /** A role name, or its numeric id (written as a number, or `{id: n}`). */
  | { type: 'projectRole'; name?: string; id?: string }
  /** An account id, or an email address to look up. */
  | { type: 'user'; accountId?: string; email?: string }
  /** A custom field id (`customfield_10020`) or the field's name. */
  | { type: 'userCustomField' | 'groupCustomField'; field: string };

export interface GrantSpec {
  permission: string;
  holder: HolderSpec;
  /** Where the holder entry is written. */
  location: SourceLocation;
  /** Where the permission key is written. */
  permissionLocation: SourceLocation;
}

/** One project key as a scheme file lists it under `projects:`. */
export interface ProjectKeySpec {
  /** As written (Jira's spelling is found when the key is looked up). */
  key: string;
  location: SourceLocation;
}

export interface SchemeSpec {
  /** Path of the file, relative to the working directory, with forward slashes. */
  file: string;
  name: string;
  description?: string;
  /** Pins the file to an existing live scheme. */
  id?: number;
  grants: GrantSpec[];
  /** Where `name` is written (for findings about the scheme as a whole). */
  nameLocation: SourceLocation;
  /** Where `id` is written, when it is. */
  idLocation?: SourceLocation;
  /**
   * `projects:` when the file has it (also `[]`): exactly these projects use the scheme after apply.
   * Absent: which projects use the scheme is left alone.
   */
  projects?: ProjectKeySpec[];
  /** Where the `projects` key is written, when it is. */
  projectsLocation?: SourceLocation;
}
