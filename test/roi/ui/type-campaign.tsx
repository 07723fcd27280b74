// Typing costs and results into the ROI forms as a marketer would, for the end-to-end test.
import type { ComponentChild } from 'preact';
import { useState } from 'preact/hooks';
import { emptyCostLines, emptyResults, type CreatorCampaign } from '../../../src/shared/roi';
import { CostForm } from '../../../src/ui/roi/CostForm';
import { ResultsForm } from '../../../src/ui/roi/ResultsForm';
import { mount, typeInto } from '../../ui/components/render';

/** The page's part: holds the value and renders the form with each new one. */
function Controlled<T>({
  initial,
  render,
  store,
}: {
  initial: T;
  render: (v: T, set: (n: T) => void) => ComponentChild;
  store: (v: T) => void;
}) {
  const [value, setValue] = useState(initial);
  return <>{render(value, (next) => (setValue(next), store(next)))}</>;
}

/** Types into the forms as a marketer would and returns what the page would store. */
export function enter(
  id: string,
  costs: Record<string, string>,
  results: Record<string, string>,
): CreatorCampaign {
  const record: CreatorCampaign = {
    creatorId: id,
    costs: emptyCostLines(),
    results: emptyResults(),
    updatedAt: '2026-07-01T00:00:00Z',
  };
  const prefix = id.replace(/\W/g, '');
  const costForm = mount(
    <Controlled
      initial={record.costs}
      store={(v) => (record.costs = v)}
      render={(value, set) => (
        <CostForm
          value={value}
          currency="USD"
          locale="en-US"
          idPrefix={`${prefix}c`}
          onChange={set}
        />
      )}
    />,
  );
  for (const [field, value] of Object.entries(costs)) {
    typeInto(costForm.querySelector<HTMLInputElement>(`#${prefix}c-${field}`)!, value);
  }
  const resultsForm = mount(
    <Controlled
      initial={record.results}
      store={(v) => (record.results = v)}
      render={(value, set) => (
        <ResultsForm
          value={value}
          currency="USD"
          locale="en-US"
          idPrefix={`${prefix}r`}
          onChange={set}
        />
      )}
    />,
  );
  for (const [field, value] of Object.entries(results)) {
    const el = resultsForm.querySelector<HTMLInputElement | HTMLSelectElement>(
      `#${prefix}r-${field}`,
    )!;
    typeInto(el, value);
  }
  return record;
}
