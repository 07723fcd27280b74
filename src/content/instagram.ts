// Content script entry for instagram; it does nothing more until the URL is a creator page.
import { instagram } from '../sites/instagram';
import { codeFromHref } from '../sites/instagram/urls';
import { start } from './start';

// Loaded items are matched to shown posts by short code.
start(instagram, (href) => codeFromHref(href)?.[0] ?? null);
