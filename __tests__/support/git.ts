/**
 * The environment for running git in a test's own repository: a fixed author and committer, and
 * neither the machine's nor the user's git configuration (`HOME` is the test's folder).
 */
export function testGitEnv(home: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.com',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.com',
    GIT_CONFIG_NOSYSTEM: '1',
    HOME: home,
  };
}
