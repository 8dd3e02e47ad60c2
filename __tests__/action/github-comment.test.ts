import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { commentMarker } from '../../src/action/comment.js';
import { createCommentClient, upsertPlanComment } from '../../src/action/github.js';
import { type GitHubStub, STUB_ACCOUNTS, startGitHubStub } from '../support/github-stub.js';
import { referencePath } from '../support/reference.js';

const addFormats = addFormatsModule.default;

const personal = STUB_ACCOUNTS[0]!;
const installation = STUB_ACCOUNTS[1]!;
const other = STUB_ACCOUNTS[2]!;
const repository = { owner: 'octo-org', repo: 'permissions' };

function schemaValidator(): (name: string) => ValidateFunction {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat('int64', true);
  ajv.addFormat('int32', true);
  const document = JSON.parse(
    readFileSync(referencePath('github-rest-comments-subset.json'), 'utf8'),
  ) as object;
  ajv.addSchema({ ...document, $id: 'github' });
  return (name) => {
    const validate = ajv.getSchema(`github#/components/schemas/${name}`);
    if (validate === undefined) throw new Error(`no schema ${name}`);
    return validate;
  };
}

describe('GitHub REST stand-in', () => {
  let stub: GitHubStub;
  beforeAll(async () => {
    stub = await startGitHubStub({ pulls: [{ number: 7 }, { number: 8, headRepository: 'someone/fork' }] });
  });
  afterAll(() => stub.stop());

  const get = async (path: string, token = personal.token) => {
    const response = await fetch(`${stub.baseUrl}${path}`, { headers: { authorization: `token ${token}` } });
    return {
      status: response.status,
      link: response.headers.get('link'),
      body: await response.json(),
    };
  };

  it('answers in the shapes of GitHub REST description', async () => {
    const schema = schemaValidator();
    stub.addComment(7, 'hello', 'someone-else');
    const expectValid = (name: string, value: unknown) => {
      const validate = schema(name);
      const valid = validate(value);
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    };
    const user = await get('/user');
    expect(user.status).toBe(200);
    expectValid('public-user', user.body);
    const list = await get('/repos/octo-org/permissions/issues/7/comments');
    expect(list.status).toBe(200);
    const comments = list.body as unknown[];
    expect(comments.length).toBeGreaterThan(0);
    for (const comment of comments) expectValid('issue-comment', comment);
    for (const number of [7, 8]) {
      const pull = await get(`/repos/octo-org/permissions/pulls/${number}`);
      expect(pull.status).toBe(200);
      expectValid('pull-request', pull.body);
    }
    const missing = await get('/repos/octo-org/permissions/issues/comments/1');
    expect(missing.status).toBe(404);
    expectValid('basic-error', missing.body);
    // The validator does reject a wrong shape, so the passes above mean something.
    const { id: _id, ...withoutId } = comments[0] as Record<string, unknown>;
    expect(schema('issue-comment')(withoutId)).toBe(false);
    const app = await get('/user', installation.token);
    expect(app.status).toBe(403);
  });

  it('pages comments in ascending id order with Link headers', async () => {
    for (let index = 0; index < 130; index++) stub.addComment(9, `c${index}`, 'someone-else');
    // Issue 9 is not a pull request of this stub: 404, as GitHub answers an unknown issue.
    expect((await get('/repos/octo-org/permissions/issues/9/comments')).status).toBe(404);
    for (let index = 0; index < 130; index++) stub.addComment(7, `c${index}`, 'someone-else');
    const first = await get('/repos/octo-org/permissions/issues/7/comments?per_page=100');
    expect((first.body as unknown[]).length).toBe(100);
    expect(first.link).toMatch(/<[^>]+[?&]page=2[^>]*>; rel="next"/);
    const second = await get('/repos/octo-org/permissions/issues/7/comments?per_page=100&page=2');
    expect(second.link).toMatch(/rel="prev"/);
    expect(second.link).not.toMatch(/rel="next"/);
    const ids = [...(first.body as { id: number }[]), ...(second.body as { id: number }[])].map((c) => c.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    const defaultPage = await get('/repos/octo-org/permissions/issues/7/comments');
    expect((defaultPage.body as unknown[]).length).toBe(30);
  });
});

describe('GitHub REST stand-in writes', () => {
  let stub: GitHubStub;
  beforeAll(async () => {
    stub = await startGitHubStub();
  });
  afterAll(() => stub.stop());

  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${stub.baseUrl}${path}`, {
      method,
      headers: { authorization: `token ${personal.token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return {
      status: response.status,
      location: response.headers.get('location'),
      body: text === '' ? undefined : (JSON.parse(text) as unknown),
    };
  };

  it('creates (201 + Location), edits, refuses bad bodies (422) and deletes (204, then 404)', async () => {
    const created = await call('POST', '/repos/octo-org/permissions/issues/7/comments', { body: 'first' });
    expect(created.status).toBe(201);
    const id = (created.body as { id: number }).id;
    expect(created.location).toMatch(new RegExp(`/issues/comments/${id}$`));
    expect((await call('POST', '/repos/octo-org/permissions/issues/7/comments', {})).status).toBe(422);
    expect(
      (await call('POST', '/repos/octo-org/permissions/issues/7/comments', { body: 'x'.repeat(65_537) }))
        .status,
    ).toBe(422);
    const edited = await call('PATCH', `/repos/octo-org/permissions/issues/comments/${id}`, {
      body: 'second',
    });
    expect(edited.status).toBe(200);
    expect((edited.body as { body: string }).body).toBe('second');
    expect(
      (await call('PATCH', `/repos/octo-org/permissions/issues/comments/${id}`, { body: 7 })).status,
    ).toBe(422);
    expect((await call('GET', `/repos/octo-org/permissions/issues/comments/${id}`)).status).toBe(200);
    const deleted = await call('DELETE', `/repos/octo-org/permissions/issues/comments/${id}`);
    expect(deleted).toMatchObject({ status: 204, body: undefined });
    expect((await call('GET', `/repos/octo-org/permissions/issues/comments/${id}`)).status).toBe(404);
    expect((await call('GET', '/repos/octo-org/permissions/pulls/99')).status).toBe(404);
    const anonymous = await fetch(`${stub.baseUrl}/user`);
    expect(anonymous.status).toBe(401);
    expect(stub.requests.map((request) => request.status)).toEqual([
      201, 422, 422, 200, 422, 200, 204, 404, 404, 401,
    ]);
  });
});

describe('the plan comment', () => {
  let stub: GitHubStub;
  beforeAll(async () => {
    stub = await startGitHubStub({ pulls: [{ number: 1 }, { number: 2 }, { number: 3 }, { number: 4 }] });
  });
  afterAll(() => stub.stop());

  const writes = (issueOrAll?: number) =>
    stub.requests.filter(
      (request) =>
        (request.method === 'POST' || request.method === 'PATCH' || request.method === 'DELETE') &&
        (issueOrAll === undefined ||
          request.path.includes(`/issues/${issueOrAll}/`) ||
          request.method === 'PATCH'),
    );

  it('is created once, updated in place, and left alone when unchanged', async () => {
    const client = createCommentClient(personal.token, repository, stub.baseUrl);
    const first = await upsertPlanComment(client, 1, {}, 'plan A');
    expect(first.action).toBe('created');
    const second = await upsertPlanComment(client, 1, {}, 'plan B');
    expect(second).toEqual({ action: 'updated', commentId: first.commentId });
    const before = stub.requests.length;
    const third = await upsertPlanComment(client, 1, {}, 'plan B');
    expect(third).toEqual({ action: 'unchanged', commentId: first.commentId });
    const afterThird = stub.requests.slice(before);
    expect(afterThird.every((request) => request.method === 'GET')).toBe(true);
    const comments = stub.comments(1);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toBe(`${commentMarker({})}\nplan B\n`);
    expect(comments[0]!.login).toBe(personal.login);
  });

  it("finds its comment among more than 100 others, ignoring other people's copies of the marker", async () => {
    const marker = commentMarker({});
    stub.addComment(2, `${marker}\nfake plan by someone else`, other.login);
    for (let index = 0; index < 120; index++) stub.addComment(2, `noise ${index}`, other.login);
    const ours = stub.addComment(2, `${marker}\nold plan\n`, personal.login);
    for (let index = 0; index < 30; index++) stub.addComment(2, `later ${index}`, other.login);
    const client = createCommentClient(personal.token, repository, stub.baseUrl);
    const outcome = await upsertPlanComment(client, 2, {}, 'new plan');
    expect(outcome).toEqual({ action: 'updated', commentId: ours.id });
    expect(stub.comments(2).find((comment) => comment.id === ours.id)?.body).toBe(`${marker}\nnew plan\n`);
    expect(stub.comments(2)[0]!.body).toContain('fake plan by someone else');
    const pages = stub.requests.filter(
      (request) => request.method === 'GET' && request.path.endsWith('/issues/2/comments'),
    );
    expect(pages.length).toBe(2);
    expect(pages.every((request) => request.query.per_page === '100')).toBe(true);
  });

  it('with an installation token (no GET /user) it keeps to bot comments', async () => {
    const marker = commentMarker({ path: 'team-a/schemes' });
    stub.addComment(3, `${marker}\nhuman pasted the marker`, other.login);
    const client = createCommentClient(installation.token, repository, stub.baseUrl);
    const created = await upsertPlanComment(client, 3, { path: 'team-a/schemes' }, 'plan');
    expect(created.action).toBe('created');
    const updated = await upsertPlanComment(client, 3, { path: 'team-a/schemes' }, 'plan 2');
    expect(updated).toEqual({ action: 'updated', commentId: created.commentId });
    expect(stub.comments(3).map((comment) => comment.login)).toEqual([other.login, installation.login]);
    expect(stub.comments(3)[0]!.body).toContain('human pasted the marker');
  });

  it('keeps one comment per scheme folder', async () => {
    const client = createCommentClient(personal.token, repository, stub.baseUrl);
    await upsertPlanComment(client, 4, { path: 'a' }, 'plan for a');
    await upsertPlanComment(client, 4, { path: 'b' }, 'plan for b');
    await upsertPlanComment(client, 4, { path: 'a' }, 'plan for a, again');
    const bodies = stub.comments(4).map((comment) => comment.body);
    expect(bodies).toEqual([
      `${commentMarker({ path: 'a' })}\nplan for a, again\n`,
      `${commentMarker({ path: 'b' })}\nplan for b\n`,
    ]);
    expect(writes(4).filter((request) => request.method === 'POST')).toHaveLength(2);
  });

  it('fits a huge plan under the comment limit', async () => {
    const client = createCommentClient(personal.token, repository, stub.baseUrl);
    const huge = `## Plan\n\n\`\`\`diff\n${'+ BROWSE_PROJECTS group x\n'.repeat(5000)}\`\`\`\n`;
    const outcome = await upsertPlanComment(client, 4, { path: 'huge' }, huge);
    expect(outcome.action).toBe('created');
    const body = stub.comments(4).find((comment) => comment.id === outcome.commentId)!.body;
    expect(body.length).toBeLessThan(65_536);
    expect(body).toContain('cut to fit');
    expect(body.match(/^```/gm)?.length ?? 0).toBe(2);
  });
});

describe('an API without GET /user (a GitHub-compatible stand-in)', () => {
  interface Comment {
    id: number;
    body: string;
    user: { login: string; type: string };
  }
  const comments: Comment[] = [];
  const requests: string[] = [];
  let server: Server;
  let baseUrl = '';

  beforeAll(async () => {
    server = createServer((request, response) => {
      let text = '';
      request.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      request.on('end', () => {
        requests.push(`${request.method ?? ''} ${request.url ?? ''}`);
        const send = (status: number, body: unknown) => {
          response.writeHead(status, { 'content-type': 'application/json' });
          response.end(JSON.stringify(body));
        };
        const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
        if (path === '/repos/octo-org/permissions/issues/9/comments') {
          if (request.method === 'GET') {
            // Paged like GitHub, but without Link headers.
            const query = new URL(request.url ?? '/', 'http://127.0.0.1').searchParams;
            const perPage = Number(query.get('per_page') ?? '30');
            const page = Number(query.get('page') ?? '1');
            send(200, comments.slice((page - 1) * perPage, page * perPage));
            return;
          }
          const comment = {
            id: comments.length + 1,
            body: (JSON.parse(text) as { body: string }).body,
            user: { login: 'automation', type: 'User' },
          };
          comments.push(comment);
          send(201, comment);
          return;
        }
        const edit = /^\/repos\/octo-org\/permissions\/issues\/comments\/(\d+)$/.exec(path);
        const existing = comments.find((comment) => String(comment.id) === edit?.[1]);
        if (request.method === 'PATCH' && existing !== undefined) {
          existing.body = (JSON.parse(text) as { body: string }).body;
          send(200, existing);
          return;
        }
        send(404, { message: 'Not Found' });
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
  });
  afterAll(
    () =>
      new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      ),
  );

  it('finds its comment by the marker alone, on any page: created once, then updated in place', async () => {
    for (let index = 0; index < 130; index++) {
      comments.push({ id: index + 1, body: `note ${index}`, user: { login: 'reviewer', type: 'User' } });
    }
    const client = createCommentClient('any-token', repository, baseUrl);
    const created = await upsertPlanComment(client, 9, {}, 'first plan');
    expect(created.action).toBe('created');
    const updated = await upsertPlanComment(client, 9, {}, 'second plan');
    expect(updated).toEqual({ action: 'updated', commentId: created.commentId });
    expect(
      comments.filter((comment) => comment.body.startsWith('<!--')).map((comment) => comment.body),
    ).toEqual([`${commentMarker({})}\nsecond plan\n`]);
    expect(comments).toHaveLength(131);
    expect(requests.filter((line) => line.startsWith('GET /user'))).toHaveLength(2);
    // Two pages each time: a full first page, then the rest.
    expect(requests.filter((line) => line.startsWith('GET /repos/'))).toHaveLength(4);
  });
});
