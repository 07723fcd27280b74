// A fixture server for the "what the page loads" tests: the saved pages with their own inline
// script added, and the sites' API paths answering with recorded-shape bodies.
import type { IncomingMessage } from 'node:http';
import { createServer, type Server } from 'node:https';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { makeCertificate } from './harness/cert';
import { FIXTURE_DIR, fixturePages } from './harness/fixture-server';
import * as B from '../fixtures/responses/bodies';
import * as S from '../fixtures/responses/page-scripts';
import { LENA } from '../fixtures/sites/generate/instagram-data';
import { MAYA } from '../fixtures/sites/generate/tiktok-data';

/** Which inline script each fixture page runs. */
const SCRIPTS: Record<string, string> = {
  'https://www.tiktok.com/@maya.moves': S.TIKTOK_PROFILE,
  [`https://www.tiktok.com/@maya.moves/video/${MAYA.videos[0]!.id}`]: S.TIKTOK_VIDEO,
  'https://www.instagram.com/lena.bakes/': S.INSTAGRAM_PROFILE,
  [`https://www.instagram.com/p/${LENA.posts[0]!.code}/`]: S.INSTAGRAM_POST,
  'https://www.youtube.com/@techtalkpaul/videos': S.YOUTUBE_CHANNEL,
  'https://www.youtube.com/watch?v=tTpa0Qzxxxx': S.YOUTUBE_WATCH,
};

const readBody = (req: IncomingMessage) =>
  new Promise<string>((done) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString()));
    req.on('end', () => done(text));
  });

/** The body the site would answer with, or null for paths that are not API paths. */
function api(url: URL, form: string): unknown {
  const q = url.searchParams;
  switch (`${url.host}${url.pathname}`) {
    case 'www.tiktok.com/api/post/item_list/':
      if (q.get('secUid')?.endsWith('other')) return B.ttItemList(B.OTHER_VIDEOS, 'someone.else');
      if (q.get('cursor') === '50') return B.ttItemList(B.MAYA_OLDER);
      return q.get('cursor') === '0' ? B.ttItemList(MAYA.videos) : B.ttItemList(B.MAYA_MORE);
    case 'www.tiktok.com/api/comment/list/':
      return B.ttCommentList(q.get('aweme_id') ?? '');
    case 'www.instagram.com/graphql/query':
    case 'www.instagram.com/api/graphql': {
      if (form.includes('Comments')) return B.igComments();
      if (form.includes('FeedTimeline')) return B.igHomeFeed(B.LENA_MORE);
      const page = Number(/page(\d)/.exec(decodeURIComponent(form))?.[1] ?? 1);
      return B.igTimeline(B.LENA_MORE.slice((page - 1) * 12, page * 12));
    }
    case 'www.youtube.com/youtubei/v1/browse':
      return B.ytVideosContinuation(B.PAUL_MORE, undefined, { full: true });
    case 'www.youtube.com/youtubei/v1/next':
      return B.ytCommentsNext();
    default:
      return null;
  }
}

export interface CaptureServer {
  port: number;
  requests: string[];
  close(): Promise<void>;
}

export async function startCaptureServer(): Promise<CaptureServer> {
  const pages = new Map(fixturePages().map((p) => [p.url, resolve(FIXTURE_DIR, p.file)]));
  const requests: string[] = [];
  const server: Server = createServer(makeCertificate(), async (req, res) => {
    const url = new URL(`https://${req.headers.host}${req.url ?? '/'}`);
    requests.push(url.href);
    const form = req.method === 'POST' ? await readBody(req) : '';
    const body = api(url, form);
    if (body !== null) {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(body));
      return;
    }
    const file = pages.get(url.href) ?? pages.get(url.href.split('?')[0]!);
    if (!file) return void res.writeHead(404).end();
    const script = SCRIPTS[url.href] ?? '';
    const html = readFileSync(file, 'utf8').replace('</body>', `<script>${script}</script></body>`);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
