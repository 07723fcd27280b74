// Isolated capture script for tiktok (document_idle; the hook keeps earlier bodies): hands the worker the responses the page loads.
import { TIKTOK_SITE } from '../sites/tiktok/site';
import { startCapture } from './capture';

startCapture({
  hosts: [TIKTOK_SITE.host],
  worth: () => true,
});
