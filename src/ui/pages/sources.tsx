import { render } from 'preact';
import { SourcesPage } from '../sources/SourcesPage';

render(<SourcesPage />, document.getElementById('app')!);
