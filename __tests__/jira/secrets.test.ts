import { commandDeps } from '../../src/commands/deps.js';
import { afterEach, describe, expect, it } from '@jest/globals';

import { runDoctor } from '../../src/commands/doctor.js';
import { renderDoctor } from '../../src/view/doctor.js';
import { connectionFromEnv } from '../../src/jira/connection.js';
import { JiraError } from '../../src/jira/errors.js';
import { createJiraReader } from '../../src/jira/factory.js';
import { excerpt } from '../../src/jira/http.js';
import { redact, registerSecret } from '../../src/jira/secrets.js';
import { json, recordingSleep, startStandIn } from './helpers.js';
import type { StandIn } from './helpers.js';

/** Redaction: every shape in which a server may echo a secret, on the whole text before any cut. */

const EMAIL = 'echo-bot@example.com';
const TOKEN = 'TOKSECRET_9f8e7d6c5b4a3210ZyXwVuTsRqPoNm=+/';

function forms(token: string): Record<string, string> {
  const basic = Buffer.from(`${EMAIL}:${token}`).toString('base64');
  return {
    whole: token,
    cutAtTheEdge: token.slice(0, 14),
    tail: token.slice(-13),
    urlEncoded: encodeURIComponent(token),
    urlEncodedLower: encodeURIComponent(token).toLowerCase(),
    lowerCased: token.toLowerCase(),
    upperCased: token.toUpperCase(),
    base64: Buffer.from(token).toString('base64'),
    base64Url: Buffer.from(token).toString('base64url'),
    basicHeader: `Basic ${basic}`,
    basicHeaderCut: basic.slice(8, 40),
  };
}

/** No run of 12 characters of any form of the token is left in `text`. */
function expectNoTrace(text: string): void {
  const folded = text.toLowerCase();
  for (const [name, form] of Object.entries(forms(TOKEN))) {
    const lower = form.toLowerCase();
    for (let start = 0; start + 12 <= lower.length; start++) {
      const run = lower.slice(start, start + 12);
      if (folded.includes(run)) throw new Error(`a run of the ${name} form survived: ${run}`);
    }
  }
}

describe('redact (pure)', () => {
  registerSecret(TOKEN);
  registerSecret(Buffer.from(`${EMAIL}:${TOKEN}`).toString('base64'));

  it.each(Object.entries(forms(TOKEN)))('removes the %s form', (_name, form) => {
    const out = redact(`before ${form} after`);
    expect(out).toContain('***');
    expect(out.startsWith('before ')).toBe(true);
    expect(out.endsWith(' after')).toBe(true);
    expectNoTrace(out);
  });

  it('redacts before an excerpt is cut, so a token at the edge of the cut cannot pass', () => {
    const body = `${'x'.repeat(290)} ${TOKEN} and more`;
    const cut = excerpt(body, 300) ?? '';
    expect(cut).toContain('***');
    expect(cut).not.toContain('TOKSECRET');
    expectNoTrace(cut);
  });

  it('keeps ordinary text, short runs of the token and the email', () => {
    const text = `user ${EMAIL} said TOKSECRET and 9f8e7d6c5b4 (eleven chars: ${TOKEN.slice(0, 11)})`;
    expect(redact(text)).toBe(text);
  });

  it('merges overlapping and adjacent matches into one ***', () => {
    expect(redact(`[${TOKEN}${TOKEN.toLowerCase()}]`)).toBe('[***]');
  });

  // Its speed is not timed here (timed tests fail on a busy machine, not on slow code): a quadratic
  // scan of this 7 MB text would not finish within the test's timeout; bench/ measures the product.
  it('redacts the secret anywhere in a large text, and nothing else', () => {
    const filler = 'plan line with nothing secret in it\n'.repeat(100_000);
    const out = redact(`${filler}${TOKEN}\n${filler}${TOKEN}`);
    expect(out).toBe(`${filler}***\n${filler}***`);
  });
});

describe('Jira answers that echo the token, through the HTTP layer and doctor', () => {
  let server: StandIn | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  const env = (baseUrl: string): Record<string, string> => ({
    JIRA_BASE_URL: baseUrl,
    JIRA_EMAIL: EMAIL,
    JIRA_API_TOKEN: TOKEN,
    JIRA_API_VERSION: '3',
  });

  /** A body that echoes every form of the token, as JSON or as plain text padded so a 300-char cut falls inside it. */
  function echo(asJson: boolean, authorization: string): string {
    const all = [...Object.values(forms(TOKEN)), authorization];
    if (asJson) return JSON.stringify({ errorMessages: all.map((form) => `rejected ${form}`) });
    return `${'-'.repeat(283)}${TOKEN} ${all.join(' ')}`;
  }

  it.each([
    [401, true],
    [401, false],
    [403, true],
    [403, false],
    [500, true],
    [500, false],
  ])('status %i (JSON body: %s): the error holds no trace of the token', async (status, asJson) => {
    server = await startStandIn((request, response) => {
      const text = echo(asJson, request.headers.authorization ?? '');
      response.writeHead(status, { 'Content-Type': asJson ? 'application/json' : 'text/plain' });
      response.end(text);
    });
    const { sleep } = recordingSleep();
    const reader = createJiraReader(connectionFromEnv(env(server.baseUrl)), {
      sleep,
      retry: { maxAttempts: 1 },
    });
    let caught: unknown;
    try {
      await reader.listPermissionSchemes();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(JiraError);
    const error = caught as JiraError;
    expect(error.status).toBe(status);
    expect(error.jiraMessage).toContain('***');
    expectNoTrace(error.message);
    expectNoTrace(error.jiraMessage ?? '');
    expectNoTrace(JSON.stringify(error));
  });

  it('doctor prints none of it either', async () => {
    server = await startStandIn((request, response) => {
      json(response, 401, {
        errorMessages: [`bad credentials ${echo(false, request.headers.authorization ?? '')}`],
      });
    });
    const result = await runDoctor(
      {},
      commandDeps({ cwd: '.', env: env(server.baseUrl), clientOptions: { retry: { maxAttempts: 1 } } }),
    );
    expect(result.ok).toBe(false);
    const text = renderDoctor(result);
    expect(text).toContain('401');
    expect(text).toContain('***');
    expectNoTrace(text);
    expectNoTrace(JSON.stringify(result));
  });
});
