import '../../shared/zod-jitless'; // first: no schema may run before zod is set jitless
import { render } from 'preact';
import { loadPopup } from '../popup/load-popup';

// The tab and the database are asked before the UI code is loaded and evaluated, so their
// answers arrive while it is (the first paint waits for both; the message contract and the
// vetting sections wait for the first paint: popup/use-after-paint.ts).
const loading = loadPopup();
const [{ PopupApp }, { warmFormats }] = await Promise.all([
  import('../popup/PopupApp'),
  import('../i18n'),
]);
// Built while the reads are under way, not in the first render (see warmFormats).
warmFormats();
render(<PopupApp loading={loading} />, document.getElementById('app')!);
