import { render } from 'preact';
import { CampaignsApp } from '../campaigns/CampaignsApp';

render(<CampaignsApp />, document.getElementById('app')!);
