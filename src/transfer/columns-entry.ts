import { entryText, recordText, textColumn, type Column } from './column';
import { STATUS_WORDS } from './column-words';
import { decodeList, encodeList } from './list-codec';

/** Shortlist status, tags, notes and the dates; dates a hand-made file omits become the import time. */
export const entryColumns: Column[] = [
  textColumn({
    id: 'status',
    header: 'Status',
    description: `Pipeline stage: ${STATUS_WORDS.list}.`,
    path: 'entry.status',
    get: (r) => STATUS_WORDS.word(r.entry.status),
    set: (r, v) => void (r.entry.status = STATUS_WORDS.value(v)),
  }),
  textColumn({
    id: 'tags',
    header: 'Tags',
    description: 'Tags separated by ";" (a ";" or "\\" inside a tag is written "\\;" or "\\\\").',
    path: 'entry.tags',
    get: (r) => encodeList(r.entry.tags, ';'),
    set: (r, v) => void (r.entry.tags = decodeList(v, ';')),
  }),
  entryText('notes', {
    id: 'notes',
    header: 'Notes',
    description: "The marketer's notes on this creator.",
  }),
  entryText('addedAt', {
    id: 'added',
    header: 'Added',
    description: 'When the creator was added to the shortlist (ISO 8601).',
    finish: (r, now) => {
      r.entry.addedAt ||= now;
      r.entry.updatedAt ||= r.entry.addedAt;
      r.record.firstSeen ||= r.entry.addedAt;
      r.record.lastSeen ||= r.record.firstSeen;
    },
  }),
  entryText('updatedAt', {
    id: 'updated',
    header: 'Updated',
    description: 'When the shortlist entry last changed (ISO 8601).',
  }),
  recordText('firstSeen', {
    id: 'first_seen',
    header: 'First seen',
    description: "First visit to the creator's pages (ISO 8601).",
  }),
  recordText('lastSeen', {
    id: 'last_seen',
    header: 'Last seen',
    description: "Latest visit to the creator's pages (ISO 8601).",
  }),
];
