// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { commentEv } from '../../../src/scoring/evidence';
import { EvidenceList } from '../../../src/ui/components/EvidenceList';
import { mount } from './render';

describe('EvidenceList bidi isolation', () => {
  it('a right-to-left override in a comment cannot reverse the author shown after it', () => {
    const comment = { author: 'alice', text: '\u202Egreat post', likes: null, at: null };
    const root = mount(<EvidenceList items={[commentEv(comment, 'generic praise')]} />);
    const isolates = Array.from(root.querySelectorAll('bdi')).map((b) => b.textContent);
    // The override stays inside the quote's own isolate; the author has an isolate of its own.
    expect(isolates).toContain('alice');
    expect(isolates.find((t) => t?.includes('\u202E'))).not.toContain('alice');
  });

  it('isolates any other page text whole', () => {
    const root = mount(<EvidenceList items={[{ kind: 'keyword', label: '\u202Evegan' }]} />);
    expect(root.querySelector('bdi')?.textContent).toBe('\u202Evegan');
  });
});
