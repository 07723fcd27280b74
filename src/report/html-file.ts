import { render, type ComponentChild } from 'preact';
import { REPORT_CSS } from './report-style';

/**
 * The saved page may load nothing and run nothing: no script, no request, inline styles and
 * data images only. A browser that opens the file enforces it even if a tag slipped through.
 */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
/** For the few strings written into the page's head by hand (its title and language). */
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/**
 * Renders the body with Preact into a detached element: every piece of scraped text becomes a
 * text node, which the DOM serialises escaped. The result is refused (thrown) if it holds a
 * script or an event attribute, so a future component cannot slip one into a saved file.
 */
function renderBody(body: ComponentChild): string {
  const root = document.createElement('div');
  render(body, root);
  try {
    const active = [...root.querySelectorAll('*')].find(
      (el) =>
        /^(script|iframe|object|embed)$/i.test(el.tagName) ||
        [...el.attributes].some((a) => /^on/i.test(a.name)),
    );
    if (active) throw new Error(`a report may not carry <${active.tagName.toLowerCase()}> code`);
    return root.innerHTML;
  } finally {
    render(null, root);
  }
}

/** A whole HTML file: charset, the no-script policy, the print-ready style, then the body. */
export function htmlFile(title: string, lang: string, body: ComponentChild): string {
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    `<body>${renderBody(body)}</body>`,
    '</html>',
    '',
  ].join('\n');
}
