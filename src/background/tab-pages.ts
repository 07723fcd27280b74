import type { PageReading, Post } from '../shared/model';
import { emptyLoaded, type Loaded } from '../sites/common/loaded';
import { addLoaded, newLoadedStore, type LoadedStore } from './loaded-store';
import { withLoaded } from './merge-loaded';
import { POST_ID_OF } from './post-ids';

/**
 * What the worker knows of the page a tab shows: what the page loaded, the header of its last
 * reading and its posts as last stored. Kept in the worker's memory: a worker that stopped
 * has none of it, says so to the next body (`known`), and the page then sends its reading
 * whole again.
 */
export interface TabPage {
  store: LoadedStore;
  /** The last reading without its posts: what a patch of loaded items patches. */
  head: PageReading | null;
  /** Its posts by id, as merged, without comments. */
  shown: Map<string, Post>;
}

/** Tabs remembered at once; the one heard from longest ago is forgotten past this. */
const MAX_TABS = 20;

export function tabPages(): (tabId: number) => TabPage {
  const tabs = new Map<number, TabPage>();
  return (tabId) => {
    const page = tabs.get(tabId) ?? { store: newLoadedStore(), head: null, shown: new Map() };
    tabs.delete(tabId);
    tabs.set(tabId, page);
    if (tabs.size > MAX_TABS) tabs.delete(tabs.keys().next().value!);
    return page;
  };
}

const postIdOf = (snap: PageReading) => POST_ID_OF[snap.platform];

function remember(page: TabPage, merged: PageReading, posts: Post[]): void {
  page.head = { ...merged, posts: [], followersList: [] };
  const idOf = postIdOf(merged);
  for (const post of posts) {
    const id = idOf(post.url);
    if (id) page.shown.set(id, { ...post, commentSample: [] });
  }
}

/**
 * A reading the tab sent, merged with what its page loaded: a whole one (a new page, or the
 * first part of one) gets the creator's loaded posts added; a patch only has the posts it
 * carries completed. The result is what gets stored.
 */
export function mergeTabReading(page: TabPage, reading: PageReading, whole: boolean): PageReading {
  if (reading.aliases) addLoaded(page.store, { ...emptyLoaded(), aliases: reading.aliases });
  const merged = withLoaded(reading, page.store, postIdOf(reading), whole);
  if (whole) page.shown = new Map();
  remember(page, merged, merged.posts);
  return merged;
}

/**
 * A body's items, kept for the tab's later readings, and the patch that brings them into the
 * record of the page it shows now (null when they add nothing to it, or no page is known).
 */
export function addTabLoaded(page: TabPage, loaded: Loaded): PageReading | null {
  addLoaded(page.store, loaded);
  const head = page.head;
  if (!head?.handle) return null;
  // Only this body's items: the earlier ones are in the record already. The channel ids the
  // tab's pages named are all known (read only here).
  const fresh = { ...newLoadedStore(), aliases: page.store.aliases };
  addLoaded(fresh, { ...loaded, aliases: [] });
  const shown = [...page.shown.values()];
  const merged = withLoaded({ ...head, posts: shown }, fresh, postIdOf(head));
  const changed = merged.posts.filter((post, i) => post !== shown[i]);
  const counts = ['followers', 'following', 'postCount', 'totalLikes'] as const;
  if (!changed.length && counts.every((key) => merged[key] === head[key])) return null;
  remember(page, merged, changed);
  return { ...merged, posts: changed };
}
