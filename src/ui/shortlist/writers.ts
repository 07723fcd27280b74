/**
 * Everything the shortlist page needs only when the marketer acts (edit, import, export):
 * the zod schemas, the CSV reader and writer. Loaded on first use through `loadWriters`, so
 * opening the page evaluates none of it (the open is timed at 10,000 creators).
 */
export { editShortlistEntries, saveShortlistRows, storedCreatorIds } from '../../storage/bulk';
export { removeShortlistEntries } from '../../storage/shortlist';
export { restorePeople, withPeople } from '../../storage/people';
export { withCampaigns } from '../../storage/campaigns';
export { planImport } from './import-plan';
export { buildCsv } from './export-csv';
