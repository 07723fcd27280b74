// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CAPTURE_READY_EVENT,
  MAX_WAITING_BODIES,
  PAGE_DATA_EVENT,
  unpackPageData,
} from '../../src/shared/page-data';

// The hook wraps the page's fetch when it is evaluated: each test loads it afresh over a fetch
// that answers every request with a small JSON body and never touches the network.
const realFetch = globalThis.fetch;
beforeEach(() => {
  vi.resetModules();
  globalThis.fetch = vi.fn(
    async (input: RequestInfo | URL) => new Response(`{"for":"${String(input)}"}`),
  ) as typeof fetch;
});
afterEach(() => {
  globalThis.fetch = realFetch;
});

/** Bodies passed on from now on, as the capture script would receive them. */
function received(): string[] {
  const bodies: string[] = [];
  document.addEventListener(PAGE_DATA_EVENT, (event) => {
    const data = unpackPageData((event as CustomEvent<unknown>).detail);
    if (data) bodies.push(data.body);
  });
  return bodies;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the page hook before the capture script listens', () => {
  it('keeps what the page loaded and hands it over, in order, once the capture script is ready', async () => {
    await import('../../src/content/page-hook');
    const bodies = received();
    await (await fetch('/api/comment/list/?cursor=0')).json();
    await fetch('/somewhere/else');
    await settle();
    expect(bodies).toEqual([]); // nobody listens yet: nothing is dispatched, nothing lost
    document.dispatchEvent(new CustomEvent(CAPTURE_READY_EVENT));
    expect(bodies).toEqual(['{"for":"/api/comment/list/?cursor=0"}']);
    await fetch('/api/comment/list/?cursor=20');
    await settle();
    expect(bodies).toHaveLength(2); // from now on, passed on as it comes
  });

  it(`keeps at most ${MAX_WAITING_BODIES} bodies while it waits`, async () => {
    await import('../../src/content/page-hook');
    const bodies = received();
    for (let i = 0; i < MAX_WAITING_BODIES + 5; i++) await fetch(`/api/comment/list/?c=${i}`);
    await settle();
    document.dispatchEvent(new CustomEvent(CAPTURE_READY_EVENT));
    expect(bodies).toHaveLength(MAX_WAITING_BODIES);
    expect(bodies[0]).toContain('c=0');
  });
});
