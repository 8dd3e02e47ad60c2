import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { connect } from 'node:net';

/**
 * A real forward proxy on 127.0.0.1, as a corporate proxy behaves: absolute-URI requests for http://
 * targets are forwarded, CONNECT opens a tunnel for https:// targets. It counts what went through it.
 */
export interface ForwardProxy {
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** Absolute-URI requests forwarded: method and full target URL. */
  forwarded: { method: string; url: string }[];
  /** CONNECT tunnels opened: `host:port`. */
  tunnels: string[];
  /** The Proxy-Authorization header of every request, forwarded or tunnelled ('' when absent). */
  authorizations: string[];
  /** Every request, forwarded or tunnelled. */
  readonly count: number;
  stop(): Promise<void>;
}

export interface ForwardProxyOptions {
  /** `user:password`: requests without them as Basic credentials are answered 407. */
  credentials?: string;
}

export async function startForwardProxy(options: ForwardProxyOptions = {}): Promise<ForwardProxy> {
  const forwarded: ForwardProxy['forwarded'] = [];
  const tunnels: string[] = [];
  const authorizations: string[] = [];
  const sockets = new Set<Socket>();
  const expected =
    options.credentials === undefined
      ? undefined
      : `Basic ${Buffer.from(options.credentials).toString('base64')}`;
  /** Records the request's credentials; false when the proxy refuses them. */
  const admitted = (authorization: string | undefined): boolean => {
    authorizations.push(authorization ?? '');
    return expected === undefined || authorization === expected;
  };
  const server = createServer((request, response) => {
    const target = request.url ?? '';
    if (!admitted(request.headers['proxy-authorization'])) {
      response.writeHead(407, { 'Proxy-Authenticate': 'Basic realm="proxy"' });
      response.end();
      return;
    }
    if (!/^https?:\/\//.test(target)) {
      // Not a proxy request: an origin server would answer this, a proxy refuses it.
      response.writeHead(400, { 'Content-Type': 'text/plain' });
      response.end('forward proxy: absolute URI expected');
      return;
    }
    forwarded.push({ method: request.method ?? 'GET', url: target });
    const headers = { ...request.headers };
    delete headers['proxy-connection'];
    const upstream = httpRequest(target, { method: request.method, headers }, (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    });
    upstream.on('error', () => {
      if (!response.headersSent) response.writeHead(502);
      response.end();
    });
    request.pipe(upstream);
  });
  server.on('connect', (request, client: Socket, head: Buffer) => {
    const target = request.url ?? '';
    if (!admitted(request.headers['proxy-authorization'])) {
      client.end(
        'HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="proxy"\r\n\r\n',
      );
      return;
    }
    tunnels.push(target);
    // host:port, or [v6-address]:port
    const [, host = '', port = '443'] = /^\[?(.*?)\]?:(\d+)$/.exec(target) ?? [];
    const upstream = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}`,
    forwarded,
    tunnels,
    authorizations,
    get count() {
      return forwarded.length + tunnels.length;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => {
          resolve();
        });
      }),
  };
}
