import type { EnvHttpProxyAgent, fetch } from 'undici';

declare const undici: {
  /** undici's fetch and proxy agent, required on the first call. */
  load(): { fetch: typeof fetch; EnvHttpProxyAgent: typeof EnvHttpProxyAgent };
};

export = undici;
