import { describe, expect, it } from '@jest/globals';

import { proxyFor, type ProxySettings } from '../../src/jira/transport.js';

/** NO_PROXY as the transport and doctor read it (pure; the proxy tests send real requests through one). */

const PROXY = 'http://proxy.internal:3128';

function settings(noProxy: string): ProxySettings {
  return { httpProxy: PROXY, httpsProxy: PROXY, noProxy };
}

function through(url: string, noProxy: string): string | undefined {
  return proxyFor(new URL(url), settings(noProxy));
}

describe('NO_PROXY', () => {
  it('matches a host, its subdomains and a leading dot or *. alike, in any case', () => {
    expect(through('https://jira.example.com', 'example.com')).toBeUndefined();
    expect(through('https://jira.example.com', '.EXAMPLE.com')).toBeUndefined();
    expect(through('https://jira.example.com', '*.example.com')).toBeUndefined();
    expect(through('https://jira.example.com', 'ample.com')).toBe(PROXY);
  });

  it('with a port, matches only that port (443 and 80 when the URL names none)', () => {
    expect(through('https://jira.example.com', 'jira.example.com:443')).toBeUndefined();
    expect(through('https://jira.example.com:8443', 'jira.example.com:443')).toBe(PROXY);
    expect(through('http://jira.example.com', 'jira.example.com:80')).toBeUndefined();
  });

  it('matches an IPv6 site by its address, bare or bracketed, with a port only when bracketed', () => {
    expect(through('http://[::1]:8080/rest', '::1')).toBeUndefined();
    expect(through('http://[::1]:8080/rest', '[::1]')).toBeUndefined();
    expect(through('http://[::1]:8080/rest', '[::1]:8080')).toBeUndefined();
    expect(through('http://[::1]:8080/rest', '[::1]:9090')).toBe(PROXY);
    expect(through('https://[2001:db8::7]/', '2001:DB8::7')).toBeUndefined();
    // `::1` is an address, not host ":" on port 1.
    expect(through('http://[::2]:1/', '::1')).toBe(PROXY);
  });

  it('goes directly for every host with *, and through the proxy when nothing matches', () => {
    expect(through('https://jira.example.com', '*')).toBeUndefined();
    expect(through('https://jira.example.com', 'other.example.org, 10.0.0.1')).toBe(PROXY);
  });
});
