import { JiraError } from './errors.js';

/**
 * Cloud's reference documents one 404 for `GET /rest/api/3/project/search`: "Returned if no projects
 * matching the search criteria are found". A site with no projects (or none the account may browse) may
 * answer that instead of an empty page. Only Jira's own answer counts: a 404 whose body is Jira's JSON
 * error object (`{"errorMessages": [...]}`). An HTML or plain-text 404 comes from a wrong base URL, a
 * proxy or a gateway path, and stays an error, as does any 404 after projects were read (a list cut
 * short). The caller asks it only after the site answered `serverInfo`, so the host is a Jira.
 */
export function isNoProjectsAnswer(error: unknown): boolean {
  return (
    error instanceof JiraError && error.kind === 'http' && error.status === 404 && error.jsonBody === true
  );
}
