// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Signal } from '../../../src/shared/score';
import { SignalCard } from '../../../src/ui/components/SignalCard';
import { mount } from './render';

const hostile = '<img src=x onerror="window.__pwned=1">=HYPERLINK("x")';

function signal(over: Partial<Signal> = {}): Signal {
  return {
    id: 'engagement-quality',
    label: 'Engagement quality',
    verdict: 'fail',
    value: 0.42,
    unit: 'share',
    sampleSize: 57,
    message: 'Many comments are generic praise.',
    thresholds: [
      { id: 'eq.genericFail', value: 0.4, unit: 'share', comparison: '>', source: '000 table' },
    ],
    evidence: [
      { kind: 'comment', label: hostile, detail: 'generic', url: 'javascript:alert(1)' },
      { kind: 'post', label: 'Post with 3 comments', url: 'https://www.instagram.com/p/abc/' },
    ],
    ...over,
  };
}

describe('SignalCard', () => {
  it('states the verdict in words, the value, the sample size and the threshold with its source', () => {
    const root = mount(
      <ul>
        <SignalCard signal={signal()} />
      </ul>,
    );
    const text = root.textContent ?? '';
    expect(root.querySelector('[data-verdict="fail"]')?.textContent).toContain('Red flag');
    expect(text).toContain('42%');
    expect(text).toContain('sample: 57');
    // People read the threshold's label and its source's title, never an id.
    expect(text).not.toContain('engagement-quality');
    expect(text).not.toContain('eq.genericFail');
    expect(root.querySelector('[data-threshold-id="eq.genericFail"]')?.textContent).toMatch(
      /> 40%.*— 000 table/,
    );
  });

  it('renders scraped evidence as text, never as markup, and links only web addresses', () => {
    const root = mount(
      <ul>
        <SignalCard signal={signal()} />
      </ul>,
    );
    const items = root.querySelectorAll('[data-testid="evidence-list"] li');
    expect(items).toHaveLength(2);
    expect(root.querySelector('img')).toBeNull();
    expect(items[0]!.textContent).toContain(hostile);
    expect(items[0]!.querySelector('a')).toBeNull();
    expect(items[1]!.querySelector('a')?.getAttribute('href')).toBe(
      'https://www.instagram.com/p/abc/',
    );
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('says "not enough data" rather than showing a zero when the value is missing', () => {
    const root = mount(
      <ul>
        <SignalCard signal={signal({ verdict: 'insufficient', value: null, evidence: [] })} />
      </ul>,
    );
    expect(root.textContent).toContain('Measured: not enough data');
    expect(root.textContent).not.toMatch(/\b0%/);
    expect(root.textContent).toContain('No evidence items.');
  });

  it('marks the signals that decided the risk level', () => {
    const root = mount(
      <ul>
        <SignalCard signal={signal()} decisive />
      </ul>,
    );
    expect(root.querySelector('li')?.classList.contains('decisive')).toBe(true);
  });
});
