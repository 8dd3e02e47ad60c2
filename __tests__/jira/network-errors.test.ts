import { describe, expect, it } from '@jest/globals';

import { classifyNetworkError } from '../../src/jira/http.js';

/**
 * What a thrown socket error means for a retry (pure): errors loopback cannot produce (no route to a
 * host) are built as Node builds them, with `code` and `syscall`. The transport's own failures are
 * tested over real sockets in send.test.ts.
 */

function socketError(code: string, syscall: string): Error {
  return Object.assign(new Error(`${syscall} ${code} 10.255.255.1:443`), { code, syscall });
}

describe('classifyNetworkError', () => {
  it.each(['EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN', 'ENETDOWN', 'ETIMEDOUT', 'EADDRNOTAVAIL'])(
    '%s from connect: nothing sent, may pass',
    (code) => {
      expect(classifyNetworkError(socketError(code, 'connect'))).toEqual({
        kind: 'network',
        code,
        nothingSent: true,
        transient: true,
      });
    },
  );

  it('the same codes from a read or a write of a connection made: the request may have gone out', () => {
    for (const syscall of ['read', 'write']) {
      expect(classifyNetworkError(socketError('ETIMEDOUT', syscall))).toMatchObject({ nothingSent: false });
      expect(classifyNetworkError(socketError('EHOSTUNREACH', syscall))).toMatchObject({
        nothingSent: false,
      });
    }
  });

  it('finds the code and the system call on an error wrapped as a cause', () => {
    const wrapped = new Error('fetch failed', { cause: socketError('ENETUNREACH', 'connect') });
    expect(classifyNetworkError(wrapped)).toMatchObject({ code: 'ENETUNREACH', nothingSent: true });
  });
});
