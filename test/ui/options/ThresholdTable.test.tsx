// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { THRESHOLDS } from '../../../src/scoring/thresholds';
import { ThresholdTable } from '../../../src/ui/options/ThresholdTable';
import { formatValue, isPercentUnit } from '../../../src/ui/components/format-value';
import { sourceTitle } from '../../../src/ui/components/source-titles';
import { click, mount, typeInto } from '../components/render';

function table(edits: Record<string, string>, badIds: string[] = []) {
  const calls: string[] = [];
  const root = mount(
    <ThresholdTable
      rows={THRESHOLDS}
      edits={edits}
      badIds={badIds}
      onEdit={(id, text) => calls.push(`edit ${id}=${text}`)}
      onReset={(id) => calls.push(`reset ${id}`)}
    />,
  );
  return { root, calls };
}
const rowOf = (root: HTMLElement, id: string) =>
  root.querySelector<HTMLTableRowElement>(`tr[data-threshold-id="${id}"]`)!;

describe('ThresholdTable', () => {
  it('lists every row with its default in words, the source title and a labelled field', () => {
    const { root } = table({});
    expect(root.querySelectorAll('tr[data-threshold-id]')).toHaveLength(THRESHOLDS.length);
    for (const row of THRESHOLDS) {
      const tr = rowOf(root, row.id);
      expect(tr.textContent).toContain(formatValue(row.value, row.unit));
      expect(tr.textContent).toContain(sourceTitle(row.source));
      // No ids, no fractions: shares read as percentages.
      expect(tr.textContent).not.toContain(row.id);
      if (isPercentUnit(row.unit)) expect(tr.textContent).toMatch(/%/);
      const input = tr.querySelector('input')!;
      expect(root.querySelector(`label[for="${input.id}"]`)?.textContent).toBe(row.label);
    }
  });

  it('offers a reset only on overridden rows and reports edits and resets by id', () => {
    const id = THRESHOLDS[3]!.id;
    const { root, calls } = table({ [id]: '9' });
    expect(root.querySelectorAll('tr button')).toHaveLength(1);
    click(rowOf(root, id).querySelector('button')!);
    typeInto(rowOf(root, THRESHOLDS[0]!.id).querySelector('input')!, '5');
    expect(calls).toEqual([`reset ${id}`, `edit ${THRESHOLDS[0]!.id}=5`]);
  });

  it('marks a bad value invalid with its message tied to the field', () => {
    const id = THRESHOLDS[1]!.id;
    const { root } = table({ [id]: 'x' }, [id]);
    const input = rowOf(root, id).querySelector('input')!;
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector(`#${input.getAttribute('aria-describedby')}`)?.textContent).toBe(
      'Not a number.',
    );
  });

  it('counts each group’s numbers in good English: "1 number", "5 numbers"', () => {
    const { root } = table({});
    const counts = [...root.querySelectorAll('summary .muted')].map((m) => m.textContent ?? '');
    expect(counts).toContain(' — 1 number');
    expect(counts.some((c) => / — [2-9]\d* numbers$/.test(c))).toBe(true);
    expect(counts.filter((c) => /\b1 numbers\b/.test(c))).toEqual([]);
  });
});
