import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_FORMATS } from '../../../src/roi/prices';
import messages from '../../../src/ui/campaigns/messages.en.json';

const root = resolve(import.meta.dirname, '../../..');
const dir = resolve(root, 'src/ui/campaigns');
const keys = Object.keys(messages);

describe('Costs and ROI page strings', () => {
  it('has every key the page asks for, and no key another catalogue has', () => {
    const source = readdirSync(dir)
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => readFileSync(resolve(dir, f), 'utf8'))
      .join('\n');
    const used = [...source.matchAll(/t\(\s*'(cmp_\w+)'/g)].map((m) => m[1]!);
    used.push(...CONTENT_FORMATS.map((f) => `cmp_format_${f}`));
    expect(used.length).toBeGreaterThan(30);
    for (const key of used) expect(keys, key).toContain(key);

    const others = [resolve(root, 'public/_locales/en/messages.json')];
    for (const f of readdirSync(resolve(root, 'src/ui'), { recursive: true, encoding: 'utf8' }))
      if (f.endsWith('messages.en.json') && !f.startsWith('campaigns'))
        others.push(resolve(root, 'src/ui', f));
    const theirs = new Set(
      others
        .flatMap((f) => Object.keys(JSON.parse(readFileSync(f, 'utf8')) as object))
        .map((k) => k.toLowerCase()),
    );
    for (const key of keys) expect(theirs.has(key.toLowerCase()), key).toBe(false);
  });
});
