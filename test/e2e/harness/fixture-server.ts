// Serves the project's fixture pages under the real sites' addresses (host + path), over HTTPS.
import { createServer, type Server } from 'node:https';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { makeCertificate } from './cert';
import { shiftRecordedDates } from '../../fixtures/sites/recorded-dates';

export const FIXTURE_DIR = resolve(import.meta.dirname, '../../fixtures/sites');

export interface FixturePage {
  url: string;
  file: string;
  kind: string;
  /** The day the page describes; served later, its dates move forward by the days since. */
  recordedAt?: string;
}

export function fixturePages(): FixturePage[] {
  return JSON.parse(readFileSync(resolve(FIXTURE_DIR, 'pages.json'), 'utf8')) as FixturePage[];
}

/** Every host an http(s) address in a fixture page names (images, links, scripts). */
export function hostsNamedInFixtures(): Set<string> {
  const html = fixturePages().map((p) => readFileSync(resolve(FIXTURE_DIR, p.file), 'utf8'));
  return new Set(
    html.flatMap((h) => [...h.matchAll(/https?:\/\/([a-z0-9.-]+)/gi)].map((m) => m[1]!)),
  );
}

const OTHER_PAGE =
  '<!doctype html><html lang="en"><head><title>Explore</title></head><body><main><h1>Explore</h1></main></body></html>';

export interface RunningServer {
  port: number;
  /** Every request the browser made, as "host path", to prove nothing else was asked for. */
  requests: string[];
  close(): Promise<void>;
}

export async function startFixtureServer(
  extraPages: Record<string, string> = {},
): Promise<RunningServer> {
  const byUrl = new Map(fixturePages().map((p) => [p.url, p]));
  // Read the pages as of today: a sample creator must not turn "inactive" as the calendar moves.
  const serve = (p: FixturePage) => {
    const html = readFileSync(resolve(FIXTURE_DIR, p.file), 'utf8');
    return p.recordedAt ? shiftRecordedDates(html, new Date(p.recordedAt), new Date()) : html;
  };
  const requests: string[] = [];
  const server: Server = createServer(makeCertificate(), (req, res) => {
    const full = `https://${req.headers.host}${req.url ?? '/'}`;
    requests.push(full);
    // Pages like YouTube's /watch?v=… are told apart by their query; others ignore it.
    // Extra pages (the bench's heavy ones) win over the fixtures at the same address.
    const path = full.split('?')[0]!;
    const inline = extraPages[full] ?? extraPages[path];
    const page = inline === undefined ? (byUrl.get(full) ?? byUrl.get(path)) : undefined;
    if (inline !== undefined || page) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(inline ?? serve(page!));
    } else if (path.endsWith('/favicon.ico')) {
      res.writeHead(404).end();
    } else {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(OTHER_PAGE);
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
