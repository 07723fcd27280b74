import { assignedJson, get, safeDecode, str } from '../sites/common/json';

/**
 * The first page's channel as an [id, handle] pair: continuations the page loads name the
 * channel by id only, and the worker, which merges them, needs to know whose id it is. Read
 * here, where the adapter has parsed that data already (the parse is kept per script text),
 * rather than in the capture script, which would bundle the embedded-JSON reader for it alone.
 */
export function channelAliases(doc: Document): Array<[string, string]> {
  const meta = get(assignedJson(doc, 'ytInitialData'), 'metadata', 'channelMetadataRenderer');
  const id = str(get(meta, 'externalId'));
  const vanity = str(get(meta, 'vanityChannelUrl'))?.split('/').pop() ?? '';
  return id && vanity.startsWith('@') ? [[id, safeDecode(vanity.slice(1)).toLowerCase()]] : [];
}
