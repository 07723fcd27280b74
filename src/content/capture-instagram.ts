// Isolated capture script for instagram (document_idle; the hook keeps earlier bodies): hands the worker the responses the page loads.
import { INSTAGRAM_SITE } from '../sites/instagram/site';
import { startCapture } from './capture';

// GraphQL carries everything (messages, notifications): parse only bodies with our connections.
const WANTED =
  /xdt_api__v1__(?:feed__user_timeline_graphql_connection|clips__user__connection|media__media_id__comments__connection)/;

startCapture({
  hosts: [INSTAGRAM_SITE.host],
  worth: (url, _page, text) => url.pathname.includes('web_profile_info') || WANTED.test(text),
});
