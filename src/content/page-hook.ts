// Runs in the page's own world at document_start, before the site's scripts. It observes the
// responses of the page's own fetch and XMLHttpRequest calls and hands matching bodies to the
// isolated content script. It never makes a request, never changes one, never throws into the
// page, and leaves every wrapped function looking and behaving exactly as the native one.
import {
  CAPTURE_READY_EVENT,
  MAX_BODY_CHARS,
  MAX_WAITING_BODIES,
  PAGE_DATA_EVENT,
  PAGE_DATA_PATHS,
  packPageData,
} from '../shared/page-data';

// Natives are captured before any page script runs, so the page cannot redirect our calls.
const { apply } = Reflect;
const win = window;
const nativeToString = Function.prototype.toString;
const dispatch = EventTarget.prototype.dispatchEvent;
const listen = EventTarget.prototype.addEventListener;
const Custom = CustomEvent;
const Proxied = Proxy;
const doc = document;
const XHR = XMLHttpRequest.prototype;
const urls = new WeakMap<object, string>();
const originals = new WeakMap<object, object>();

function matching(url: unknown): string | null {
  try {
    const u = new URL(String(url), location.href);
    return u.host === location.host && PAGE_DATA_PATHS.test(u.pathname) ? u.href : null;
  } catch {
    return null;
  }
}

// Bodies that came before the capture script listened (it starts at document_idle).
let listening = false;
const waiting: string[] = [];
const emit = (detail: string) => apply(dispatch, doc, [new Custom(PAGE_DATA_EVENT, { detail })]);

function pass(url: string, body: unknown): void {
  if (typeof body !== 'string' || body.length > MAX_BODY_CHARS) return;
  const detail = packPageData(url, location.href, body);
  if (listening) emit(detail);
  else if (waiting.length < MAX_WAITING_BODIES) waiting.push(detail);
}

/** A Proxy keeps name, length, prototype and construct behaviour; toString is mapped below. */
function wrap<T extends object>(
  target: T,
  after: (self: unknown, args: unknown[], out: unknown) => void,
): T {
  const wrapped = new Proxied(target, {
    apply(fn, self, args: unknown[]) {
      const out = apply(fn as (...a: unknown[]) => unknown, self, args);
      try {
        after(self, args, out);
      } catch {
        // observing must never disturb the page
      }
      return out;
    },
  });
  originals.set(wrapped, target);
  return wrapped;
}

function observeFetch(_: unknown, args: unknown[], out: unknown): void {
  const input = args[0];
  const url = matching(input instanceof Request ? input.url : input);
  if (!url) return;
  // Our reaction is registered before the page receives the promise, so the clone is taken
  // before the page can read the body.
  (out as Promise<Response>).then((res) => {
    try {
      if (res.ok)
        res
          .clone()
          .text()
          .then((text) => pass(url, text), noop);
    } catch {
      // a body already used or locked: nothing to read
    }
  }, noop);
}

function noop(): void {}

function onLoad(this: XMLHttpRequest): void {
  try {
    const url = urls.get(this);
    if (!url || this.status < 200 || this.status > 299) return;
    const type = this.responseType;
    if (type === '' || type === 'text') pass(url, this.responseText);
    else if (type === 'json' && this.response) pass(url, JSON.stringify(this.response));
  } catch {
    // never into the page
  }
}

try {
  apply(listen, doc, [
    CAPTURE_READY_EVENT,
    () => {
      listening = true;
      for (const detail of waiting.splice(0)) emit(detail);
    },
  ]);
  win.fetch = wrap(win.fetch, observeFetch);
  XHR.open = wrap(XHR.open, (self, args) => {
    const url = matching(args[1]);
    if (url) urls.set(self as object, url);
    else urls.delete(self as object);
  });
  XHR.send = wrap(XHR.send, (self) => {
    if (urls.has(self as object)) apply(listen, self, ['load', onLoad]);
  });
  // toString answers for each wrapper with its original's text, its own wrapper included.
  const toString = new Proxied(nativeToString, {
    apply: (fn, self: object, args: unknown[]) => apply(fn, originals.get(self) ?? self, args),
  });
  originals.set(toString, nativeToString);
  Function.prototype.toString = toString;
} catch {
  // a browser without one of these: the page keeps its natives
}
