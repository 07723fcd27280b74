// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskText, maskedHtml, maskedRegionHtml } from '../../src/sites/report';
import { emptyReading } from '../../src/shared/reading-factory';

function region(html: string): Element {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host.firstElementChild!;
}

describe('maskedRegionHtml', () => {
  it('masks digits outside the reported stats: a viewer id and a phone number go', () => {
    const body = `<body><span>8,412 followers</span><a href="/accounts/?viewer=17841400123">me</a><p>Call +49 151 2345678</p><script type="application/json">{"viewer":{"id":17841400123,"phone":"+49 151 2345678"}}</script><script type="application/json">{"user":{"follower_count":8412,"pk":55501234}}</script></body>`;
    const host = document.implementation.createHTMLDocument('');
    host.documentElement.innerHTML = body;
    const out = maskedRegionHtml(host.body, ['8,412 followers']);
    expect(out).toContain('8,412');
    expect(out).not.toMatch(/17841400123|2345678|55501234/);
    expect(out).toContain('+00 000 0000000');
    // JSON that is not the profile's data is dropped; the profile's keeps its counts only.
    expect(out).not.toContain('viewer');
    expect(out).toContain('"follower_count":8412');
    expect(out).toContain('"pk":0');
  });

  const html = `<header class="x1" data-e2e="user-page" id="h"><h2 dir="auto">lena.bakes</h2><a href="/lena.bakes/followers/" role="link"><span title="8,412">8,412</span> followers</a><img alt="Lena Hoffmann's profile picture" src="https://cdn.example/lena.jpg"><!-- Lena --><script type="application/json">{"user":{"username":"lena.bakes","follower_count":8412,"is_verified":false}}</script><script>window.secret = "Lena";</script><style>.a{}</style></header>`;

  it('masks names in text and attributes but keeps stats digits, tags and structure', () => {
    const out = maskedRegionHtml(region(html), ['8,412']);
    expect(out).not.toMatch(/lena|Lena|Hoffmann|secret/);
    expect(out).toContain('data-e2e="user-page"');
    expect(out).toContain('class="x1"');
    expect(out).toContain('role="link"');
    expect(out).toContain('title="8,412"');
    expect(out).toContain('>8,412<');
    expect(out).toContain('xxxx.xxxxx');
    expect(out).toContain('Xxxx Xxxxxxxx');
  });

  it('keeps embedded JSON numbers and keys, masks its strings, drops code and comments', () => {
    const out = maskedRegionHtml(region(html));
    expect(out).toContain('"follower_count":8412');
    expect(out).toContain('"username":"xxxx.xxxxx"');
    expect(out).toContain('"is_verified":false');
    expect(out).not.toContain('window');
    expect(out).not.toContain('<!--');
  });

  it('does not change the page it reads', () => {
    const el = region(html);
    const before = el.outerHTML;
    maskedRegionHtml(el);
    expect(el.outerHTML).toBe(before);
  });

  it('never leaves a letter and keeps every digit, in any script', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (s) => {
        const masked = maskText(s);
        expect(masked.replace(/[xX]/g, '')).not.toMatch(/\p{L}/u);
        expect(masked.replace(/\D/g, '')).toBe(s.replace(/\D/g, ''));
      }),
      { numRuns: 100 },
    );
  });
});

describe('maskedHtml (the popup masks what the content script sent as shown)', () => {
  const sent = `<header data-e2e="user-page"><h2>lena.bakes</h2><span title="8,412">8,412</span> followers · Call +49 151 2345678<img src="x" onerror="window.hit = 1"><script>window.hit = 2</script></header>`;

  it("masks names and numbers outside the reading, keeps the reading's counts", () => {
    const reading = emptyReading(
      'instagram',
      'profile',
      'https://www.instagram.com/lena.bakes/',
      new Date(0),
    );
    reading.followers = { value: 8412, low: 8412, high: 8412, source: 'text', raw: '8,412' };
    const out = maskedHtml(document, sent, reading);
    expect(out).not.toMatch(/lena|2345678/);
    expect(out).toContain('>8,412<');
    expect(out).toContain('+00 000 0000000');
    expect(out).toContain('data-e2e="user-page"');
    expect(out).not.toContain('window.hit = 2');
  });
});
