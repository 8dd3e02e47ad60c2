/**
 * Each command's one-line purpose, for `jira-perms --help` and the top of the command's own help. Kept
 * apart from the commands so the list of commands is printed without loading any command's code.
 */
export const SUMMARIES = {
  validate:
    'check the scheme files: YAML, schema and lint rules (offline; --online also checks names in Jira)',
  plan: 'show what apply would change in Jira, without changing anything',
  apply: "make Jira's permission schemes match the scheme files",
  export: 'write the live permission schemes as scheme files (read-only)',
  pin: 'write the live scheme ids into the scheme files (id: lines)',
  doctor: "check the connection to Jira and the token's access",
  access: 'who holds a permission in a project now, and through which holder',
  drift: 'report where Jira was changed outside the files, and who changed it',
  sim: 'run the built-in local Jira simulator',
  demo: 'plan the example scheme files against the built-in Jira simulator',
} as const;

export type CommandName = keyof typeof SUMMARIES;
