// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageDataSender, type PageDataMessage } from '../../src/content/page-data-sender';
import { onWorkerForgot } from '../../src/content/worker-forgot';
import { PAGE_DATA_PORT } from '../../src/shared/page-data';

interface FakePort {
  name: string;
  posted: { seq: number; message: PageDataMessage }[];
  reply(seq: number, reply: unknown): void;
  close(): void;
  /** Whether our side closed it. */
  closedByUs: boolean;
}

/** A runtime whose ports the test answers and closes, as a worker that stops would. */
function fakeRuntime(options: { postThrows?: () => boolean } = {}) {
  const ports: FakePort[] = [];
  const runtime = {
    id: 'ext',
    connect({ name }: { name: string }) {
      const onMessage: ((m: unknown) => void)[] = [];
      const onDisconnect: (() => void)[] = [];
      const port: FakePort = {
        name,
        posted: [],
        reply: (seq, reply) => onMessage.forEach((fn) => fn({ seq, reply })),
        close: () => onDisconnect.forEach((fn) => fn()),
        closedByUs: false,
      };
      ports.push(port);
      return {
        postMessage(m: { seq: number; message: PageDataMessage }) {
          if (options.postThrows?.()) throw new Error('Attempting to use a disconnected port');
          port.posted.push(m);
        },
        disconnect: () => {
          port.closedByUs = true;
        },
        onMessage: { addListener: (fn: (m: unknown) => void) => onMessage.push(fn) },
        onDisconnect: { addListener: (fn: () => void) => onDisconnect.push(fn) },
      };
    },
  };
  (globalThis as { chrome?: unknown }).chrome = { runtime };
  return ports;
}

const message = (body: string): PageDataMessage => ({
  type: 'content/pageData',
  url: 'https://www.tiktok.com/api/post/item_list/',
  page: 'https://www.tiktok.com/@ana',
  body,
  locale: 'en',
});

afterEach(() => {
  delete (globalThis as { chrome?: unknown }).chrome;
});

describe('the page-data sender', () => {
  it('posts every body over one port of its name, numbered', () => {
    const ports = fakeRuntime();
    const send = pageDataSender(() => undefined);
    send(message('a'), 0);
    send(message('b'), 0);
    send(message('c'), 0);
    expect(ports).toHaveLength(1);
    expect(ports[0]!.name).toBe(PAGE_DATA_PORT);
    expect(ports[0]!.posted.map((p) => [p.seq, p.message.body])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
    ]);
  });

  it('sends again, once, what a stopping worker never answered, over a new port', () => {
    const ports = fakeRuntime();
    const retried: [string, number][] = [];
    const send = pageDataSender((m, attempt) => {
      retried.push([m.body, attempt]);
      send(m, attempt);
    });
    send(message('answered'), 0);
    send(message('lost'), 0);
    ports[0]!.reply(1, { ok: true, known: true });
    ports[0]!.close();
    expect(retried).toEqual([['lost', 1]]);
    expect(ports).toHaveLength(2);
    expect(ports[1]!.posted.map((p) => p.message.body)).toEqual(['lost']);
    // Lost a second time: it is not sent a third.
    ports[1]!.close();
    expect(retried).toEqual([['lost', 1]]);
  });

  it('hands a body it could not post to the retry, and then opens a new port', () => {
    let fail = true;
    const ports = fakeRuntime({ postThrows: () => fail });
    const retried: number[] = [];
    const send = pageDataSender((_m, attempt) => retried.push(attempt));
    send(message('a'), 0);
    expect(retried).toEqual([1]);
    fail = false;
    send(message('b'), 0);
    expect(ports).toHaveLength(2);
    expect(ports[1]!.posted.map((p) => p.message.body)).toEqual(['b']);
  });

  it('tells the reading script when the worker no longer knows the page', () => {
    const ports = fakeRuntime();
    const forgot = vi.fn();
    const stop = onWorkerForgot(forgot);
    try {
      const retry = vi.fn();
      const send = pageDataSender(retry);
      send(message('a'), 0);
      send(message('b'), 0);
      ports[0]!.reply(1, { ok: true, known: true });
      expect(forgot).not.toHaveBeenCalled();
      ports[0]!.reply(2, { ok: true, known: false });
      expect(forgot).toHaveBeenCalledTimes(1);
      // Answered bodies are not sent again when the port later closes.
      ports[0]!.close();
      expect(retry).not.toHaveBeenCalled();
    } finally {
      stop();
    }
  });

  it('closes its port as the page is hidden, and opens one again after a return', () => {
    const ports = fakeRuntime();
    const send = pageDataSender(() => undefined);
    send(message('a'), 0);
    window.dispatchEvent(new Event('pagehide'));
    expect(ports[0]!.closedByUs).toBe(true);
    send(message('b'), 0);
    expect(ports).toHaveLength(2);
    expect(ports[1]!.posted.map((p) => p.message.body)).toEqual(['b']);
  });

  it('posts nothing once the extension is gone', () => {
    const ports = fakeRuntime();
    (globalThis as { chrome?: { runtime: { id?: string } } }).chrome!.runtime.id = undefined;
    const retry = vi.fn();
    pageDataSender(retry)(message('a'), 0);
    expect(ports).toHaveLength(0);
    expect(retry).not.toHaveBeenCalled();
  });
});
