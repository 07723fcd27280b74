import type { ShortlistItem } from '../../storage/shortlist';
import { toCsv } from '../../transfer/csv-write';

/** Saves a file through a Blob link: needs no "downloads" permission. */
export function downloadText(text: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadShortlistCsv(items: ShortlistItem[]): void {
  const header = ['platform', 'handle', 'display_name', 'followers'];
  const rows = items.map(({ record }) => [
    record.platform,
    record.handle,
    record.displayName,
    record.followers?.value,
  ]);
  const date = new Date().toISOString().slice(0, 10);
  downloadText(toCsv([header, ...rows]), `shortlist-${date}.csv`, 'text/csv;charset=utf-8');
}
