import '../../shared/zod-jitless'; // first: no schema may run before zod is set jitless
import { render } from 'preact';
import { loadPopup } from '../popup/load-popup';

// The tab, the database and the message contract are asked for before the UI code is loaded
// and evaluated, so their answers arrive while it is (the first paint waits for both).
const loading = loadPopup();
const { PopupApp } = await import('../popup/PopupApp');
render(<PopupApp loading={loading} />, document.getElementById('app')!);
