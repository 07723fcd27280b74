import '../../shared/zod-jitless'; // first: no schema may run before zod is set jitless
import { render } from 'preact';
import { SourcesPage } from '../sources/SourcesPage';

render(<SourcesPage />, document.getElementById('app')!);
