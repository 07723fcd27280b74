import { checkedIdentity } from '../shared/identity';
import { booleanCell, booleanText, CellError, recordText, textColumn, type Column } from './column';
import { PLATFORM_WORDS } from './column-words';

/** Who the creator is, as read from their profile. */
export const identityColumns: Column[] = [
  recordText('id', {
    id: 'creator_id',
    header: 'Creator ID',
    description: 'Internal key "platform:handle" (lower case); always derived from both on import.',
    // A file cannot name which stored creator a row replaces: the id comes from platform and
    // handle (" @Alice " is alice), and the address is the creator's page on its own site.
    finish: (r) => {
      const who = checkedIdentity(r.record.platform, r.record.handle, r.record.profileUrl);
      if ('problem' in who)
        throw new CellError(who.problem, 'Handle', { kind: 'handle', platform: r.record.platform });
      Object.assign(r.record, who);
      r.entry.creatorId = r.record.id;
      if (r.checklist) r.checklist.creatorId = r.record.id;
    },
  }),
  textColumn({
    id: 'platform',
    header: 'Platform',
    description: `${PLATFORM_WORDS.list} (in any case).`,
    required: true,
    path: 'record.platform',
    get: (r) => PLATFORM_WORDS.word(r.record.platform),
    set: (r, v) => void (r.record.platform = PLATFORM_WORDS.value(v)),
  }),
  recordText('handle', {
    id: 'handle',
    header: 'Handle',
    description: 'Username on the platform, without "@".',
    required: true,
  }),
  recordText('displayName', {
    id: 'display_name',
    header: 'Display name',
    description: 'Name shown on the profile.',
  }),
  recordText('profileUrl', {
    id: 'profile_url',
    header: 'Profile URL',
    description: 'Address of the profile page.',
  }),
  flagColumn(
    'verified',
    'Verified',
    'true when the profile shows the verified badge, false when not',
  ),
  flagColumn('private', 'Private', 'true for a private account, false for a public one'),
  recordText('bio', {
    id: 'bio',
    header: 'Bio',
    description: 'Profile bio as read from the page.',
  }),
  recordText('externalLink', {
    id: 'external_link',
    header: 'External link',
    description: 'Link in the bio.',
  }),
];

function flagColumn(field: 'verified' | 'private', header: string, meaning: string): Column {
  return textColumn({
    id: field,
    header,
    description: `${meaning}; empty when the page did not say.`,
    path: `record.${field}`,
    get: (r) => booleanText(r.record[field]),
    set: (r, v) => void (r.record[field] = booleanCell(v)),
  });
}
