// Isolated capture script for tiktok (document_start): reads the responses the page loads.
import '../shared/zod-jitless'; // first: no schema may run before zod is set jitless
import { tiktokResponse } from '../sites/tiktok/responses';
import { TIKTOK_SITE } from '../sites/tiktok/site';
import { startCapture } from './capture';

startCapture({
  hosts: [TIKTOK_SITE.host],
  worth: () => true,
  parse: (url, body) => tiktokResponse(url, body),
});
