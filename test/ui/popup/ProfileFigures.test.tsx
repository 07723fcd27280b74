// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ProfileFigures } from '../../../src/ui/popup/ProfileFigures';
import { emptyReading } from '../../../src/shared/model';
import { exact, type Measured } from '../../../src/shared/stat';
import type { CreatorRecord } from '../../../src/shared/creator';
import { mount } from '../components/render';

const label: Measured = { value: 12400, low: 12350, high: 12449, source: 'text', raw: '12.4K' };
const live = (followers: Measured | null) => ({
  ...emptyReading('tiktok', 'profile', 'https://www.tiktok.com/@maya.moves', new Date()),
  handle: 'maya.moves',
  followers,
});
// Only the fields the figures read: the stored counts, exact from the page's own data.
const stored = { platform: 'tiktok', followers: exact(12412, 'json') } as unknown as CreatorRecord;
const followers = (root: HTMLElement) => root.querySelector('dd')?.textContent;

describe('the popup’s profile figures', () => {
  it('show the stored exact count when the live page shows only its rounded label', () => {
    expect(followers(mount(<ProfileFigures reading={live(label)} record={stored} />))).toBe(
      '12,412',
    );
  });

  it('show the live count when it is new news, and the stored one when none is visible', () => {
    const moved = { ...label, value: 12600, low: 12550, high: 12649, raw: '12.6K' };
    expect(followers(mount(<ProfileFigures reading={live(moved)} record={stored} />))).toBe(
      '≈ 12,600',
    );
    expect(followers(mount(<ProfileFigures reading={live(null)} record={stored} />))).toBe(
      '12,412',
    );
  });
});
