// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ShortlistTable } from '../../../src/ui/shortlist/ShortlistTable';
import { mount } from '../components/render';
import { sampleSummary } from './sample';
import { tableProps } from './table-props';

const table = (indexes: number[]) =>
  mount(<ShortlistTable {...tableProps(indexes.map((i) => sampleSummary(i)))} />);

describe('a shortlist row', () => {
  it('shows the verdict with its first reason, without hovering; the title keeps the next step', () => {
    const root = table([1]);
    const cell = root.querySelector('[data-testid="row-verdict"]')!.closest('td')!;
    expect(cell.querySelector('[data-testid="row-verdict"]')?.textContent).toBe('Check first');
    expect(cell.querySelector('[data-testid="row-why"]')?.textContent).toBe('Reason 1');
    // Cut by the cell's width only: the whole reason and the next step stay in its title.
    expect(cell.title).toBe('Reason 1\nNext step: Step 1');
  });

  it('shows no reason, and no "undefined", for a creator scored before verdicts existed', () => {
    const root = table([6]);
    expect(root.querySelector('[data-testid="row-verdict"]')?.textContent).toBe(
      'Too little to judge',
    );
    expect(root.querySelector('[data-testid="row-why"]')).toBeNull();
    expect(root.textContent).not.toMatch(/undefined|null/);
  });

  it('keeps the columns within the 1,200 px window the table is laid out for', () => {
    const root = table([0]);
    const widths = [...root.querySelectorAll<HTMLElement>('thead th')].map(
      (th) => Number.parseInt(th.style.width, 10) || 36, // the check column's width is in CSS
    );
    const css = readFileSync(
      resolve(import.meta.dirname, '../../../src/ui/shortlist/shortlist-table.css'),
      'utf8',
    );
    const min = Number(/min-width: (\d+)px/.exec(css)?.[1]);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(min);
    expect(min).toBeLessThanOrEqual(1200);
    // The verdict column is the widest: the answer and its reason lead the row.
    expect(Math.max(...widths)).toBe(widths[2]);
  });
});
