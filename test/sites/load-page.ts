import { Window } from 'happy-dom';

/**
 * A Document built from saved HTML at the page's real URL, with scripts left inert (adapters
 * read script text, never run it), as the content script sees a page it did not load.
 */
export function loadPage(html: string, url: string): Document {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
    },
  });
  window.document.write(html);
  return window.document as unknown as Document;
}
