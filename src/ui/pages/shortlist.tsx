import '../../shared/zod-jitless'; // first: no schema may run before zod is set jitless
import { render } from 'preact';
import { loadShortlist } from '../shortlist/load-shortlist';

// The database and the list's first screen are read before the UI code is loaded and
// evaluated, so the reads and the loading overlap (the first paint waits for both).
const loading = loadShortlist();
const [{ ShortlistApp }, { warmFormats }] = await Promise.all([
  import('../shortlist/ShortlistApp'),
  import('../i18n'),
]);
// Built while the reads are under way, not in the first render (see warmFormats).
warmFormats();
render(<ShortlistApp loading={loading} />, document.getElementById('app')!);
