import type { EnvHttpProxyAgent, fetch } from 'undici';

declare const undici: { fetch: typeof fetch; EnvHttpProxyAgent: typeof EnvHttpProxyAgent };

export = undici;
