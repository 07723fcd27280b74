import { assignedJson, get, safeDecode, str } from '../sites/common/json';
import { loadedStore } from './loaded-store';

/**
 * Continuations the page loads name the channel by id only: the first page's own data says
 * which handle that id is. Read here, where the adapter has parsed that data already (the
 * parse is kept per script text), rather than in the capture script, which would bundle the
 * embedded-JSON reader for it alone.
 */
export function seedChannelAlias(doc: Document): void {
  const meta = get(assignedJson(doc, 'ytInitialData'), 'metadata', 'channelMetadataRenderer');
  const id = str(get(meta, 'externalId'));
  const vanity = str(get(meta, 'vanityChannelUrl'))?.split('/').pop() ?? '';
  if (id && vanity.startsWith('@'))
    loadedStore().aliases.set(id, safeDecode(vanity.slice(1)).toLowerCase());
}
