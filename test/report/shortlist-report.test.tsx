// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { shortlistReportHtml, shortlistReportName } from '../../src/report/build';
import { PER_PAGE } from '../../src/report/ShortlistReport';
import { tokenProblems } from '../e2e/harness/words';
import { CONTEXT, checklistFor, entryFor, fixtureInputs } from './report-fixtures';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const inputs = fixtureInputs();

describe('shortlist report', () => {
  it('puts the selected creators side by side, answer first, with who decided each check', () => {
    const [a, b, c] = inputs;
    const picked = [
      { ...a!, entry: entryFor(a!.record, { notes: 'Great fit for the autumn range.' }) },
      { ...b!, checklist: checklistFor(b!.record, { partnerships: { state: 'pass', note: '' } }) },
      c!,
    ];
    const html = shortlistReportHtml(picked, CONTEXT);
    const doc = parse(html);
    expect(html).not.toMatch(/<script/i);
    const heads = [...doc.querySelectorAll('[data-testid="compare-creator"]')].map(
      (h) => h.textContent,
    );
    expect(heads).toHaveLength(3);
    picked.forEach((p, i) => expect(heads[i]).toContain(`@${p.record.handle}`));
    const rows = [...doc.querySelectorAll('[data-testid="compare-table"] tbody tr')];
    // The verdict is the first row; each creator's cell names its level.
    const verdicts = [...rows[0]!.querySelectorAll('td')].map((td) => td.textContent);
    picked.forEach((p, i) => {
      const level = p.record.score!.verdict!.level;
      const word = { book: 'Book', check: 'Check first', avoid: 'Avoid', unknown: 'Too little' }[
        level
      ];
      expect(verdicts[i]).toContain(word);
    });
    const partnerships = rows.find((r) =>
      r.querySelector('th')!.textContent!.includes('partnerships'),
    )!;
    expect(partnerships.querySelectorAll('td')[1]!.textContent).toContain('(the marketer)');
    expect(partnerships.querySelectorAll('td')[0]!.textContent).toContain('(automatic)');
    expect(doc.body.textContent).toContain('Great fit for the autumn range.');
    expect(doc.querySelector('[data-testid="report-sources"]')?.children.length).toBeGreaterThan(0);
    const own = doc.body.cloneNode(true) as HTMLElement;
    own.querySelectorAll('bdi, [dir="auto"]').forEach((el) => el.remove());
    const walker = doc.createTreeWalker(own, NodeFilter.SHOW_TEXT);
    const words: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) words.push(n.textContent ?? '');
    expect(tokenProblems(words.join(' '))).toEqual([]);
  });

  it(`starts a new table (and printed page) every ${PER_PAGE} creators`, () => {
    const many = Array.from({ length: PER_PAGE + 2 }, (_, i) => inputs[i % inputs.length]!);
    const doc = parse(shortlistReportHtml(many, CONTEXT));
    const tables = doc.querySelectorAll('[data-testid="compare-table"]');
    expect(tables).toHaveLength(2);
    expect(tables[0]!.querySelectorAll('thead th')).toHaveLength(PER_PAGE + 1);
    expect(tables[1]!.querySelectorAll('thead th')).toHaveLength(3);
    expect(doc.querySelectorAll('.page-break')).toHaveLength(1);
  });

  it('is named after the day it was made', () =>
    expect(shortlistReportName(CONTEXT.madeAt)).toBe('shortlist-report-2026-11-30.html'));
});
