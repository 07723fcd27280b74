import { contactOf } from '../contact/contact';
import { forPeople, type Column } from './column';
import { encodeList } from './list-codec';
import type { ShortlistRow } from '../shared/shortlist-row';

const contact = (r: ShortlistRow) => contactOf(r.record.bio, r.record.externalLink);

/**
 * How to reach the creator (issue 17): only what the profile shows; nothing is fetched.
 * Written from Bio and External link, which import reads back whole; import derives these
 * again from them, so the round trip keeps every address and the file stays byte-identical.
 */
export const contactColumns: Column[] = [
  forPeople({
    id: 'contact_emails',
    header: 'Contact e-mails',
    description:
      'E-mail addresses the bio or channel description shows (also "name [at] site [dot] com"), separated by ";". Import derives them again from Bio and External link, so nothing is lost.',
    get: (r) => encodeList(contact(r).emails, ';') || null,
  }),
  forPeople({
    id: 'link_in_bio_host',
    header: 'Link-in-bio host',
    description:
      'The site the bio link points to ("linktr.ee"), without "www."; the link is never opened. Import derives it again from External link and Bio.',
    get: (r) => contact(r).linkHost,
  }),
];
