// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ImportPlan } from '../../../src/ui/shortlist/import-plan';
import { ImportPreview } from '../../../src/ui/shortlist/ImportPreview';
import { mount } from '../components/render';

const plan = (problems: number): ImportPlan => ({
  kind: 'csv',
  fileName: 'big.csv',
  rows: [],
  readings: [],
  warnings: [],
  conflicts: [],
  unlistedOverwrites: 0,
  errors: Array.from({ length: problems }, (_, i) => ({
    line: i + 2,
    place: 'Followers',
    message: '"x" is not a number',
    rule: { kind: 'number' as const },
    found: 'x',
  })),
});

describe('ImportPreview', () => {
  it('lists the first 100 problems in words and says how many more there are', () => {
    const root = mount(
      <ImportPreview plan={plan(150)} busy={false} onCommit={() => {}} onCancel={() => {}} />,
    );
    const items = root.querySelectorAll('[data-testid="import-error"]');
    expect(items).toHaveLength(100);
    expect(items[0]?.textContent).toBe(
      'Row 2, Followers: expected a number such as 12,400; found “x”.',
    );
    expect(root.textContent).toContain('150 problems');
    expect(root.textContent).toContain('…and 50 more.');
    expect(root.querySelector<HTMLButtonElement>('[data-testid="import-commit"]')?.disabled).toBe(
      true,
    );
  });
});
