// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { creatorReportHtml, creatorReportName } from '../../src/report/build';
import { REPORT_CSP } from '../../src/report/html-file';
import { tokenProblems } from '../e2e/harness/words';
import { CONTEXT, checklistFor, entryFor, fixtureInputs } from './report-fixtures';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** What a reader reads that the report wrote itself (scraped and typed text are exempt). */
function ownWords(doc: Document): string {
  const body = doc.body.cloneNode(true) as HTMLElement;
  body.querySelectorAll('bdi, [dir="auto"], style').forEach((el) => el.remove());
  const parts: string[] = [];
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push(n.textContent ?? '');
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** Anything that would run: script elements, event attributes, javascript: links. */
function activeParts(doc: Document): string[] {
  return [...doc.querySelectorAll('*')].flatMap((el) => [
    ...(/^(script|iframe|object|embed)$/i.test(el.tagName) ? [el.tagName] : []),
    ...[...el.attributes]
      .filter((a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value))
      .map((a) => `${el.tagName} ${a.name}`),
  ]);
}

const inputs = fixtureInputs();

describe('creator vetting report', () => {
  it('has sample creators to report on', () => expect(inputs.length).toBeGreaterThanOrEqual(3));

  for (const input of inputs) {
    const name = `${input.record.platform} @${input.record.handle}`;
    it(`${name}: answer first, every section, no script, words for people`, () => {
      const html = creatorReportHtml(input, CONTEXT);
      const doc = parse(html);
      expect(html.startsWith('<!doctype html>')).toBe(true);
      expect(html).not.toMatch(/<script/i);
      expect(activeParts(doc)).toEqual([]);
      expect(
        doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
      ).toBe(REPORT_CSP);
      const main = doc.querySelector('[data-testid="creator-report"]')!;
      // The verdict comes before the figures, which come before the checklist.
      const order = ['verdict', 'key-figures', 'report-checklist', 'report-sources'].map((id) =>
        [...main.querySelectorAll('[data-testid]')].findIndex(
          (el) => el.getAttribute('data-testid') === id,
        ),
      );
      expect(order.every((i) => i >= 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      const level = input.record.score!.verdict!.level;
      expect(doc.querySelector('[data-testid="verdict"]')?.getAttribute('data-level')).toBe(level);
      expect(doc.querySelectorAll('[data-testid="report-checklist"] tbody tr')).toHaveLength(5);
      expect(tokenProblems(ownWords(doc))).toEqual([]);
    });
  }

  it('draws the followers chart as inline SVG from the reading history', () => {
    const input = inputs.find((i) => i.readings.length >= 1)!;
    const readings = [
      { ...input.readings[0]!, capturedAt: '2026-10-01T10:00:00.000Z' },
      { ...input.readings[0]!, capturedAt: '2026-11-01T10:00:00.000Z' },
    ];
    readings[1]!.followers = {
      ...readings[0]!.followers!,
      value: readings[0]!.followers!.value + 500,
    };
    const doc = parse(creatorReportHtml({ ...input, readings }, CONTEXT));
    const svg = doc.querySelector('[data-testid="follower-chart"] svg');
    expect(svg?.querySelectorAll('circle')).toHaveLength(2);
    expect(svg?.querySelector('path')?.getAttribute('d')).toMatch(/^M[\d.]+ [\d.]+ L/);
  });

  it('says who decided each check, with the marketer’s note and what the data said', () => {
    const input = inputs[0]!;
    const checklist = checklistFor(input.record, {
      partnerships: { state: 'fail', note: 'Promoted a rival brand last month.' },
      consistency: { state: null, note: 'Posts weekly.' },
    });
    const doc = parse(creatorReportHtml({ ...input, checklist }, CONTEXT));
    const rows = [...doc.querySelectorAll('[data-testid="report-checklist"] tbody tr')];
    const partner = rows.find((r) => r.textContent!.includes('partnerships'))!;
    expect(partner.getAttribute('data-state')).toBe('fail');
    expect(partner.getAttribute('data-by')).toBe('marketer');
    expect(partner.textContent).toContain('the marketer');
    expect(partner.textContent).toContain('Promoted a rival brand last month.');
    const consistency = rows.find((r) => /consistent/i.test(r.textContent!))!;
    expect(consistency.getAttribute('data-by')).toBe('automatic');
    expect(consistency.textContent).toContain('Posts weekly.');
  });

  it('keeps hostile page text as text: no markup, no link that runs code', () => {
    const input = inputs[0]!;
    const evil = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const record = {
      ...input.record,
      displayName: `${evil}"'&`,
      profileUrl: 'javascript:alert(3)',
      posts: [
        { ...input.record.posts[0]!, url: 'javascript:alert(4)', caption: `</td>${evil}` },
        ...input.record.posts.slice(1),
      ],
      score: {
        ...input.record.score!,
        signals: input.record.score!.signals.map((s, i) =>
          i === 0
            ? {
                ...s,
                verdict: 'fail' as const,
                evidence: [
                  { kind: 'comment' as const, label: `“${evil}” — @x`, url: 'javascript:alert(5)' },
                ],
              }
            : s,
        ),
      },
    };
    const entry = entryFor(record, { notes: `]]><script>alert(6)</script>`, tags: [evil] });
    const html = creatorReportHtml({ ...input, record, entry }, CONTEXT);
    const doc = parse(html);
    expect(html).not.toMatch(/<script|<img/i);
    expect(activeParts(doc)).toEqual([]);
    expect(doc.querySelector('h1')?.textContent).toContain(`${evil}"'&`);
    expect(doc.querySelector('[data-testid="report-evidence"]')?.textContent).toContain(evil);
    expect(doc.querySelector('[data-testid="report-shortlist"]')?.textContent).toContain(
      '<script>alert(6)</script>',
    );
    expect(doc.title).toContain(evil);
  });

  it('shows contact, brand safety post by post, and past partnerships with their brands', () => {
    const input = inputs[0]!;
    const first = input.record.posts[0]!;
    const record = {
      ...input.record,
      bio: 'Kooperationen: kontakt@lena-backt.de',
      externalLink: 'https://www.linktr.ee/lena',
      posts: [
        { ...first, pinned: false, caption: 'Ein Bier zum Brot @brauhaus #anzeige' },
        ...input.record.posts.slice(1),
      ],
    };
    const doc = parse(creatorReportHtml({ ...input, record, brand: undefined }, CONTEXT));
    const section = (id: string) => doc.querySelector(`[data-testid="${id}"]`)!;
    expect(section('contact').textContent).toContain('kontakt@lena-backt.de');
    expect(section('contact').textContent).toContain('linktr.ee');
    expect(section('contact').querySelector('button')).toBeNull();
    const alcohol = section('brand-safety').querySelector('details[data-category="alcohol"]')!;
    expect(alcohol.hasAttribute('open')).toBe(true);
    expect(alcohol.querySelector('a')?.getAttribute('href')).toBe(first.url);
    expect(section('brand-safety').textContent).not.toContain('options');
    expect(section('partnerships-brands').textContent).toContain('@brauhaus');
    expect(section('partnerships-engagement').textContent).toMatch(/sponsored posts .*organic/);
  });

  it('names the file after platform, handle and day, never a path', () => {
    const input = inputs[0]!;
    const record = { ...input.record, handle: '../../etc/passwd x' };
    expect(creatorReportName({ ...input, record }, CONTEXT.madeAt)).toBe(
      `vetting-report-${record.platform}-etc-passwd-x-2026-11-30.html`,
    );
  });
});
