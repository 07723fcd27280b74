// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { COMMENTS_PER_READ, queryLast } from '../../src/sites/common/dom';
import { tiktok } from '../../src/sites/tiktok';
import { fixturePages } from '../e2e/harness/fixture-server';
import { loadPage } from './load-page';

describe('comments read per reading', () => {
  it('takes the last loaded ones, so scrolling brings new comments into the sample', () => {
    const list = document.createElement('ul');
    list.innerHTML = Array.from({ length: 1000 }, (_, i) => `<li>${i}</li>`).join('');
    const last = queryLast(list, ['p', 'li'], COMMENTS_PER_READ);
    expect(last).toHaveLength(COMMENTS_PER_READ);
    expect(last.at(-1)?.textContent).toBe('999');
    expect(last[0]?.textContent).toBe(String(1000 - COMMENTS_PER_READ));
    expect(queryLast(list, ['li'], 10).map((li) => li.textContent)).toEqual(
      Array.from({ length: 10 }, (_, i) => String(990 + i)),
    );
  });

  it('a TikTok video page with many comments yields at most the cap, the last loaded ones', () => {
    const page = fixturePages().find((p) => p.kind === 'post' && p.url.includes('tiktok.com'))!;
    const html = readFileSync(resolve(import.meta.dirname, '../fixtures/sites', page.file), 'utf8');
    const doc = loadPage(html, page.url);
    const template = doc.querySelector('div[class*="DivCommentItemContainer"]');
    expect(template).toBeTruthy();
    for (let i = 0; i < COMMENTS_PER_READ + 50; i++) {
      const copy = template!.cloneNode(true) as Element;
      copy.querySelector('[data-e2e="comment-level-1"]')!.textContent = `comment ${i}`;
      template!.parentElement!.append(copy);
    }
    const read = tiktok.read(doc, new URL(page.url), new Date('2026-01-01T00:00:00Z'));
    const sample = read.posts[0]?.commentSample ?? [];
    expect(sample.length).toBe(COMMENTS_PER_READ);
    const texts = sample.map((c) => c.text);
    expect(texts).toContain(`comment ${COMMENTS_PER_READ + 49}`);
    expect(texts).not.toContain('comment 0');
  });
});
