import { describe, expect, it } from 'vitest';
import {
  addTag,
  applyEdit,
  parseTags,
  removeTag,
  setNotes,
  setStatus,
} from '../../../src/ui/shortlist/entry-edits';
import { sampleRow } from './sample';

const entry = sampleRow(1, { tags: ['Vegan', 'Berlin'] }).entry;
const now = new Date('2026-03-01T12:00:00Z');

describe('entry edits', () => {
  it('parses typed tags: commas or semicolons, trimmed, no repeats in any case', () => {
    expect(parseTags(' vegan, Berlin;summer ,, VEGAN ')).toEqual(['vegan', 'Berlin', 'summer']);
    expect(parseTags('')).toEqual([]);
    expect(parseTags('x'.repeat(80))[0]).toHaveLength(60);
  });

  it('adds a tag once, whatever its case', () => {
    expect(addTag('summer')(entry).tags).toEqual(['Vegan', 'Berlin', 'summer']);
    expect(addTag('vegan')(entry)).toBe(entry);
    expect(addTag('   ')(entry)).toBe(entry);
  });

  it('removes a tag in any case, and leaves others untouched', () => {
    expect(removeTag('BERLIN')(entry).tags).toEqual(['Vegan']);
    expect(removeTag('paris')(entry)).toBe(entry);
  });

  it('stamps updatedAt only when something changed', () => {
    const moved = applyEdit(entry, setStatus('core'), now);
    expect(moved.status).toBe('core');
    expect(moved.updatedAt).toBe(now.toISOString());
    const same = applyEdit(entry, setStatus(entry.status), now);
    expect(same).toBe(entry);
    expect(applyEdit(entry, setNotes(entry.notes), now)).toBe(entry);
    expect(applyEdit(entry, setNotes('call Tuesday'), now).notes).toBe('call Tuesday');
  });
});
