// Firefox has no host-resolver flag: this local HTTP proxy answers CONNECT for the three
// sites' hosts by piping to the HTTPS fixture server, and refuses (and records) every other
// host. Firefox finds it through the PAC file it serves, so every request goes through here.
import { createServer } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { SITE_HOSTS } from './cert';

export interface SiteProxy {
  port: number;
  pacUrl: string;
  /** "host:port" of every CONNECT or plain request the proxy refused. */
  refused: string[];
  close(): Promise<void>;
}

export async function startSiteProxy(fixturePort: number): Promise<SiteProxy> {
  const refused: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    if (req.url === '/proxy.pac') {
      res.writeHead(200, { 'content-type': 'application/x-ns-proxy-autoconfig' });
      res.end(`function FindProxyForURL(url, host) { return "PROXY 127.0.0.1:${port}"; }`);
      return;
    }
    refused.push(req.headers.host ?? req.url ?? '?');
    res.writeHead(403).end();
  });
  server.on('connect', (req, client: Socket, head: Buffer) => {
    const [host, port = '443'] = (req.url ?? '').split(':');
    if (!SITE_HOSTS.includes(host ?? '') || port !== '443') {
      refused.push(req.url ?? '?');
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(fixturePort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => [client, upstream].forEach((x) => x.destroy()));
      s.on('close', () => sockets.delete(s));
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    pacUrl: `http://127.0.0.1:${port}/proxy.pac`,
    refused,
    close: () =>
      new Promise((done) => {
        sockets.forEach((s) => s.destroy());
        server.close(() => done());
      }),
  };
}
