import '../../shared/zod-jitless'; // first: no schema may run before zod is set jitless
import { render } from 'preact';
import { PopupApp } from '../popup/PopupApp';

render(<PopupApp />, document.getElementById('app')!);
