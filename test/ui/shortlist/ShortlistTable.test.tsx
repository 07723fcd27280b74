// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { ShortlistTable } from '../../../src/ui/shortlist/ShortlistTable';
import { sampleSummaries } from './sample';
import { tableProps } from './table-props';

const root = document.createElement('div');
afterEach(() => {
  act(() => render(null, root));
  root.remove();
});

const rendered = () =>
  Array.from(root.querySelectorAll<HTMLElement>('[data-testid="shortlist-row"]'));

describe('ShortlistTable', () => {
  it('builds only the rows in view for the first paint, and the rows around them after it', async () => {
    document.body.append(root);
    // Not inside act(): effects (which run after the browser's paint) have not run yet.
    render(<ShortlistTable {...tableProps(sampleSummaries(100))} />, root);
    // 600 px assumed before measuring: 15 rows of 40 px and the one cut at the bottom.
    expect(rendered().map((r) => Number(r.dataset.index))).toEqual([...Array(16).keys()]);
    expect(rendered()[0]!.querySelector('[data-testid="row-verdict"]')?.textContent).toBeTruthy();
    const spacer = root.querySelector<HTMLElement>('tbody tr[aria-hidden="true"]');
    expect(spacer?.style.height).toBe(`${(100 - 16) * 40}px`);
    // After the paint: 8 more below (overscan), the same elements for the first 16.
    const first = rendered()[0];
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(rendered()).toHaveLength(24);
    expect(rendered()[0]).toBe(first);
  });
});
