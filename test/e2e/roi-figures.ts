// What the ROI end-to-end test types and expects: the three creators' costs and results, and
// the campaign cells of the exported CSV, each checked against figures computed by hand.
import assert from 'node:assert/strict';
import Papa from 'papaparse';

export const HANDLES = ['maya.moves', 'lena.bakes', 'mara.keramik'] as const;
export type Handle = (typeof HANDLES)[number];
export const ID: Record<Handle, string> = {
  'maya.moves': 'tiktok:maya.moves',
  'lena.bakes': 'instagram:lena.bakes',
  'mara.keramik': 'instagram:mara.keramik',
};

// Typed as a marketer would (label → text). Hand-computed totals: maya 1,200 + 30 + 3 × 40 =
// 1,350; lena 150 + 10 % × 2,100 + 45 + 12 = 417; mara 200 + 10 % × 1,900 + 45 + 12 + 4 × 40 = 607.
const FEE = 'Fee (the base fee with hybrid pay) (USD)';
export const ENTRIES: Record<Handle, [string, string][]> = {
  'maya.moves': [
    [FEE, '1,200'],
    ['Shipping (USD)', '30'],
    ['Hours', '3'],
    ['Hourly rate (USD)', '40'],
    ['Conversions (new customers)', '27'],
    ['Attributed revenue (USD)', '3,510'],
    ['Attributed gross profit (USD)', '1,404'],
  ],
  'lena.bakes': [
    [FEE, '150'],
    ['Commission on attributed sales (%)', '10'],
    ['Product gifting value (USD)', '45'],
    ['Shipping (USD)', '12'],
    ['Conversions (new customers)', '21'],
    ['Attributed revenue (USD)', '2,100'],
    ['Attributed gross profit (USD)', '840'],
  ],
  'mara.keramik': [
    [FEE, '200'],
    ['Commission on attributed sales (%)', '10'],
    ['Product gifting value (USD)', '45'],
    ['Shipping (USD)', '12'],
    ['Hours', '4'],
    ['Hourly rate (USD)', '40'],
    ['Conversions (new customers)', '18'],
    ['Attributed revenue (USD)', '1,900'],
    ['Attributed gross profit (USD)', '760'],
  ],
};

/** Cells by header for each creator id, from a CSV as the shortlist writes it. */
export function byCreator(csv: string): Map<string, Record<string, string>> {
  const [header = [], ...rows] = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), {
    delimiter: ',',
  }).data;
  const at = header.indexOf('Creator ID');
  return new Map(
    rows
      .filter((r) => r.length === header.length)
      .map((r) => [r[at]!, Object.fromEntries(header.map((h, i) => [h, r[i]!]))]),
  );
}

export function checkRoiCells(csv: Map<string, Record<string, string>>) {
  const maya = csv.get(ID['maya.moves'])!;
  const lena = csv.get(ID['lena.bakes'])!;
  const mara = csv.get(ID['mara.keramik'])!;
  assert.deepEqual(
    [maya['Campaign total cost'], lena['Campaign total cost'], mara['Campaign total cost']],
    ['1350', '417', '607'],
  );
  assert.equal(maya['Campaign currency'], 'USD');
  assert.equal(lena['Campaign commission'], '210'); // 10 % of 2,100
  assert.equal(maya['Campaign CPA'], '50');
  assert.equal(Number(mara['Campaign CPA']).toFixed(4), (607 / 18).toFixed(4));
  assert.equal(
    lena['Campaign ROI on profit (%)'],
    String(Math.round(((840 - 417) / 417) * 10000) / 100),
  );
  assert.equal(mara['Campaign CPE'], 'n/a'); // engagements were not entered
}
