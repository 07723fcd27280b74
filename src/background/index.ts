// The service worker (Chrome) / event page (Firefox). Listeners register synchronously at the
// top level so a worker woken by a message hears it; nothing is kept in module variables,
// because the worker can be stopped at any moment.
import { listen } from '../platform/extension';
import { routeMessage } from './router';

listen(routeMessage);
