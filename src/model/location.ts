/** A place in a scheme file. Lines and columns are 1-based, as editors and GitHub annotations count them. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}
