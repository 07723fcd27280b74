import { render } from 'preact';
import { PopupApp } from '../popup/PopupApp';

render(<PopupApp />, document.getElementById('app')!);
