import { t } from '../ui/i18n';
import { CreatorReport } from './CreatorReport';
import { htmlFile } from './html-file';
import type { CreatorReportInput, ReportContext } from './report-input';
import { ShortlistReport } from './ShortlistReport';

/** A file name from the handle: letters, digits, dots and dashes only, never a path. */
const safeName = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9.-]+/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '')
    .slice(0, 60) || 'creator';

const day = (iso: string) => iso.slice(0, 10);

/** The creator's one-page vetting report as a complete, script-free HTML file. */
export function creatorReportHtml(input: CreatorReportInput, context: ReportContext): string {
  const { record } = input;
  const who =
    record.displayName && record.displayName !== record.handle
      ? `${record.displayName} (@${record.handle})`
      : `@${record.handle}`;
  return htmlFile(
    t('reportTitle', [who]),
    context.lang,
    <CreatorReport input={input} context={context} />,
  );
}

/** Selected creators side by side as one script-free HTML file. */
export function shortlistReportHtml(inputs: CreatorReportInput[], context: ReportContext): string {
  return htmlFile(
    t('reportShortlistTitle', [String(inputs.length)]),
    context.lang,
    <ShortlistReport inputs={inputs} context={context} />,
  );
}

export function creatorReportName(input: CreatorReportInput, madeAt: string): string {
  const { platform, handle } = input.record;
  return `vetting-report-${platform}-${safeName(handle)}-${day(madeAt)}.html`;
}

export function shortlistReportName(madeAt: string): string {
  return `shortlist-report-${day(madeAt)}.html`;
}
