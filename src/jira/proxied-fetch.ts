import type { Dispatcher, fetch as undiciFetch } from 'undici';

import type { ProxySettings } from './transport.js';
import { proxyFromEnv } from './transport.js';

/**
 * The action's GitHub API calls (Octokit's fetch) go through undici 7's fetch with an
 * `EnvHttpProxyAgent` given the proxy variables of the environment (Node 20's global fetch ignores
 * them). Jira's requests do not come here: they go through node:http (`proxiedSend` in transport.ts),
 * so the commands that read Jira never load undici.
 */

type Undici = ReturnType<(typeof import('./undici.cjs'))['load']>;

let loading: Promise<Undici> | undefined;

/**
 * undici's proxy agent and fetch, loaded on the first request, by a dynamic import: the bundles keep
 * undici's files (about 0.8 MB) in a chunk of their own, so nothing that does not post to GitHub reads
 * or compiles them. (`./undici.cjs` is CommonJS: Node's ESM loader gives it as a default export only.)
 */
function loadUndici(): Promise<Undici> {
  loading ??= import('./undici.cjs').then((module) => module.default.load());
  return loading;
}

export type Fetch = typeof undiciFetch;

/** A dispatcher of its own: the proxy variables given, keep-alive connections reused across the run. */
function proxyAgent(undici: Undici, proxy: ProxySettings | undefined): Dispatcher {
  return new undici.EnvHttpProxyAgent({
    // Empty strings, so undici does not fall back to process.env behind the caller's back.
    httpProxy: proxy?.httpProxy ?? '',
    httpsProxy: proxy?.httpsProxy ?? '',
    noProxy: proxy?.noProxy ?? '',
    // As curl: an http:// target is asked of the proxy by its absolute URI, an https:// one through a
    // CONNECT tunnel (undici would tunnel both; many proxies refuse CONNECT to port 80).
    proxyTunnel: false,
  });
}

/** undici's fetch through a dispatcher of its own (made on the first request): what Octokit is given. */
export function proxiedFetch(proxy: ProxySettings | undefined): Fetch {
  let dispatcher: Dispatcher | undefined;
  return async (input, init) => {
    const undici = await loadUndici();
    dispatcher ??= proxyAgent(undici, proxy);
    return undici.loadFetch()(input, { ...init, dispatcher });
  };
}

/** A fetch honouring the proxy variables of `env`, for other clients (the action's GitHub API calls). */
export function proxyAwareFetch(env: Record<string, string | undefined>): Fetch {
  return proxiedFetch(proxyFromEnv(env));
}
