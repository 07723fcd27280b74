import { render } from 'preact';
import { ShortlistApp } from '../shortlist/ShortlistApp';

render(<ShortlistApp />, document.getElementById('app')!);
