import '../../shared/zod-jitless'; // first: no schema may run before zod is set jitless
import { render } from 'preact';
import { OptionsApp } from '../options/OptionsApp';

render(<OptionsApp />, document.getElementById('app')!);
