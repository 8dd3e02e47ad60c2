import type { EnvHttpProxyAgent, fetch } from 'undici';

declare const undici: {
  /** undici's proxy agent (with the dispatcher API), required on the first call. */
  load(): { EnvHttpProxyAgent: typeof EnvHttpProxyAgent; loadFetch(): typeof fetch };
};

export = undici;
