import { contactOf } from '../contact/contact';
import { partnershipsOfRecord } from '../scoring/partnerships/of-record';
import type { CreatorRecord } from '../shared/creator';
import type { BrandProfile } from '../shared/vetting';
import { ContactSection } from '../ui/contact/ContactSection';
import { PartnershipsSection } from '../ui/partnerships/PartnershipsSection';
import { BrandSafetySection } from '../ui/safety/BrandSafetySection';

/**
 * The report's "beyond the numbers" part (issue 17): how to reach the creator, brand safety
 * post by post, and past partnerships with the brands tagged. The same sections as the popup,
 * without the copy buttons (the report carries no script).
 */
export function BeyondNumbers({
  record,
  brand,
}: {
  record: CreatorRecord;
  brand: BrandProfile | undefined;
}) {
  return (
    <>
      <ContactSection contact={contactOf(record.bio, record.externalLink)} />
      <BrandSafetySection record={record} brand={brand} inReport />
      <PartnershipsSection
        facts={partnershipsOfRecord(record, brand?.competitors ?? [])}
        platform={record.platform}
      />
    </>
  );
}
