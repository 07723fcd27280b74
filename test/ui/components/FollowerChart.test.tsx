// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/ui/i18n';
import { FollowerChart } from '../../../src/ui/components/FollowerChart';
import { mount } from './render';

const history = [
  { at: '2025-03-01T09:00:00.000Z', followers: 15400 },
  { at: '2025-01-01T09:00:00.000Z', followers: 12000 },
  { at: '2025-02-01T09:00:00.000Z', followers: 12600 },
];

describe('FollowerChart', () => {
  it('is an image with a title and a description that summarise the series', () => {
    const root = mount(<FollowerChart points={history} idPrefix="t1" />);
    const svg = root.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-labelledby')).toBe('t1-title t1-desc');
    expect(root.querySelector('#t1-title')?.textContent).toBe('Followers over time');
    const desc = root.querySelector('#t1-desc')?.textContent ?? '';
    // Dates in the user's locale (Intl), never as ISO codes.
    expect(desc).toContain(
      `3 readings from ${formatDate('2025-01-01')} (12,000 followers) to ${formatDate('2025-03-01')} (15,400`,
    );
    expect(desc).not.toMatch(/2025-0/);
    expect(root.querySelectorAll('circle')).toHaveLength(3);
  });

  it('offers every reading as text, in time order', () => {
    const root = mount(<FollowerChart points={history} idPrefix="t2" />);
    const rows = [...root.querySelectorAll('[data-testid="chart-table"] tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent),
    );
    expect(rows).toEqual([
      [formatDate('2025-01-01'), '12,000'],
      [formatDate('2025-02-01'), '12,600'],
      [formatDate('2025-03-01'), '15,400'],
    ]);
  });

  it('says so in words when there is one reading or none', () => {
    const one = mount(<FollowerChart points={history.slice(0, 1)} idPrefix="t3" />);
    expect(one.querySelector('svg')).toBeNull();
    expect(one.textContent).toContain(`15,400 followers on ${formatDate('2025-03-01')}`);
    const none = mount(<FollowerChart points={[]} idPrefix="t4" />);
    expect(none.textContent).toBe('No follower history yet.');
  });
});
