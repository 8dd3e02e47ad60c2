/** The variables the transport reads (the action passes them from the step's environment). */
export const TRANSPORT_VARIABLES = [
  'JIRA_ALLOW_HTTP',
  'JIRA_PERMS_TIMEOUT',
  'JIRA_PERMS_CONCURRENCY',
  'JIRA_PERMS_MAX_RESPONSE_MB',
  'https_proxy',
  'HTTPS_PROXY',
  'http_proxy',
  'HTTP_PROXY',
  'no_proxy',
  'NO_PROXY',
] as const;
