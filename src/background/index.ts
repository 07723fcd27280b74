// The service worker (Chrome) / event page (Firefox). Listeners register synchronously at the
// top level so a worker woken by a message hears it; nothing is kept in module variables,
// because the worker can be stopped at any moment.
import '../shared/zod-jitless'; // first: no schema may run before zod is set jitless
import { listen, listenToPorts } from '../platform/extension';
import { PAGE_DATA_PORT } from '../shared/page-data';
import { routeMessage } from './router';

listen(routeMessage);
listenToPorts(PAGE_DATA_PORT, routeMessage);
