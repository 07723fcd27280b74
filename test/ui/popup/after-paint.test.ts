import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from '../../../src/ui/after-paint';
import { withChecked, type PopupState } from '../../../src/ui/popup/load-popup';
import { emptyReading } from '../../../src/shared/reading-factory';
import type { Store } from '../../../src/ui/store';

// load-popup's tab calls are not reached here; the module only needs to import.
vi.mock('../../../src/platform/extension', () => ({}));

afterEach(() => vi.unstubAllGlobals());

describe('work deferred past the first paint', () => {
  it('starts only after the next frame, in a task of its own', async () => {
    const order: string[] = [];
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
    const done = afterPaint().then(() => order.push('deferred'));
    await new Promise((r) => setTimeout(r, 0));
    expect(order).toEqual([]); // no frame yet: nothing runs
    order.push('frame');
    frames.shift()!();
    order.push('paint'); // the frame's own work, then the paint, come before the task
    await done;
    expect(order).toEqual(['frame', 'paint', 'deferred']);
  });
});

type Ready = Extract<PopupState, { kind: 'ready' }>;
const reading = {
  ...emptyReading('tiktok', 'profile', 'https://www.tiktok.com/@ana', new Date(0)),
};
reading.handle = 'ana';
const shown: Ready = {
  kind: 'ready',
  store: {} as Store,
  reason: null,
  glance: { platform: 'tiktok', handle: 'ana', displayName: null, followers: null },
  reading: null,
  check: () => Promise.resolve({ reading, reason: null }),
  creatorId: 'tiktok:ana',
  record: null,
  entry: null,
  readerTabId: 4,
};

describe('the popup once the contract has checked the reply', () => {
  it('keeps what was painted and gains the checked reading', () => {
    const next = withChecked(shown, { reading, reason: null });
    expect(next).toMatchObject({ creatorId: 'tiktok:ana', glance: shown.glance, reading });
    expect(next.check).toBeNull();
  });

  it('reads as nothing read when the contract refuses what the glance vouched for', () => {
    const next = withChecked(shown, { reading: null, reason: 'nothingRead' });
    expect(next).toMatchObject({ creatorId: null, glance: null, reading: null, record: null });
    expect(next.reason).toBe('nothingRead');
    expect(next.readerTabId).toBe(4); // the tab answered: a page report stays possible
  });
});
