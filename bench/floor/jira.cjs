// The floor processes' HTTP: plain `fetch` against Jira Cloud (REST 3), at most 10 requests in flight,
// every answer counted in requests and bytes. Shared by the plan and apply floors.
'use strict';

const IN_FLIGHT = 10;
const BATCH = 50;
const env = process.env;
const base = `${(env.JIRA_BASE_URL ?? '').replace(/\/$/, '')}/rest/api/3`;
const auth =
  env.JIRA_BEARER_TOKEN !== undefined
    ? `Bearer ${env.JIRA_BEARER_TOKEN}`
    : `Basic ${Buffer.from(`${env.JIRA_EMAIL ?? ''}:${env.JIRA_API_TOKEN ?? ''}`).toString('base64')}`;

const stats = { requests: 0, answerBytes: 0 };
let active = 0;
const waiting = [];

/** One request, at most IN_FLIGHT at once; the answer is counted in bytes, then parsed (if any). */
async function request(method, path, query = [], body = undefined) {
  if (active >= IN_FLIGHT) await new Promise((resolve) => waiting.push(resolve));
  active++;
  try {
    const search = new URLSearchParams(query).toString();
    const headers = { authorization: auth, accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${base}${path}${search === '' ? '' : `?${search}`}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    stats.requests++;
    const answer = Buffer.from(await response.arrayBuffer());
    stats.answerBytes += answer.length;
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status}`);
    return answer.length === 0 ? undefined : JSON.parse(answer.toString('utf8'));
  } finally {
    active--;
    waiting.shift()?.();
  }
}

const get = (path, query) => request('GET', path, query);

function chunks(items, size) {
  const out = [];
  for (let index = 0; index < items.length; index += size) out.push(items.slice(index, index + size));
  return out;
}

module.exports = { BATCH, IN_FLIGHT, chunks, get, request, stats };
