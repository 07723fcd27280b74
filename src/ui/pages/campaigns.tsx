import '../../shared/zod-jitless'; // first: no schema may run before zod is set jitless
import { render } from 'preact';
import { CampaignsApp } from '../campaigns/CampaignsApp';

render(<CampaignsApp />, document.getElementById('app')!);
