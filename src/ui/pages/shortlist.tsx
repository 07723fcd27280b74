import '../../shared/zod-jitless'; // first: no schema may run before zod is set jitless
import { render } from 'preact';
import { ShortlistApp } from '../shortlist/ShortlistApp';

render(<ShortlistApp />, document.getElementById('app')!);
