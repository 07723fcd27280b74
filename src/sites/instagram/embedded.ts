import type { Post } from '../../shared/model';
import { arr, assignedJson, bool, get, scriptJsonAfterKey, str } from '../common/json';
import { statFromJson } from '../common/stat';
import { partnershipFields } from '../common/partnership';
import { hashtagsOf, isoFromUnix } from '../common/text';

/**
 * Instagram's embedded data, exact where present:
 * - 2015–2021 server HTML: `window._sharedData = {...}` with entry_data.ProfilePage[0].graphql.user
 *   (edge_followed_by.count…) and PostPage[0].graphql.shortcode_media;
 * - 2023–2025: `<script type="application/json" data-sjs>` blobs holding the first grid page as
 *   "xdt_api__v1__feed__user_timeline_graphql_connection": {edges: [{node: {code, like_count…}}]}.
 * Both describe the page as first loaded; callers check the handle before trusting them.
 */
function sharedData(doc: Document): unknown {
  return assignedJson(doc, '_sharedData');
}

export function sharedDataUser(doc: Document): Record<string, unknown> | null {
  const user = get(sharedData(doc), 'entry_data', 'ProfilePage', 0, 'graphql', 'user');
  return user && typeof user === 'object' ? (user as Record<string, unknown>) : null;
}

export function sharedDataMedia(doc: Document): unknown {
  return get(sharedData(doc), 'entry_data', 'PostPage', 0, 'graphql', 'shortcode_media');
}

const TIMELINE = 'xdt_api__v1__feed__user_timeline_graphql_connection';

/** Grid nodes from the 2023–2025 data-sjs scripts (empty when absent). */
export function timelineNodes(doc: Document): unknown[] {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/json"]'))) {
    const text = script.textContent ?? '';
    if (!text.includes(TIMELINE)) continue;
    return arr(get(scriptJsonAfterKey(script, TIMELINE), 'edges')).map((e) => get(e, 'node'));
  }
  return [];
}

export function postUrl(code: string, reel: boolean): string {
  return `https://www.instagram.com/${reel ? 'reel' : 'p'}/${code}/`;
}

/** One grid or post node of either generation as a Post. */
export function postFromNode(node: unknown): Post | null {
  const code = str(get(node, 'code')) ?? str(get(node, 'shortcode'));
  if (!code) return null;
  const caption =
    str(get(node, 'caption', 'text')) ??
    str(get(node, 'edge_media_to_caption', 'edges', 0, 'node', 'text'));
  const reel = get(node, 'product_type') === 'clips' || bool(get(node, 'is_video')) === true;
  const pins = [get(node, 'timeline_pinned_user_ids'), get(node, 'pinned_for_users')];
  const pinKnown = pins.some((p) => p !== undefined);
  return {
    url: postUrl(code, reel),
    views: statFromJson(
      get(node, 'play_count') ?? get(node, 'view_count') ?? get(node, 'video_view_count'),
    ),
    likes: statFromJson(
      get(node, 'like_count') ??
        get(node, 'edge_liked_by', 'count') ??
        get(node, 'edge_media_preview_like', 'count'),
    ),
    comments: statFromJson(
      get(node, 'comment_count') ??
        get(node, 'edge_media_to_comment', 'count') ??
        get(node, 'edge_media_to_parent_comment', 'count'),
    ),
    pinned: pinKnown ? pins.some((p) => arr(p).length > 0) : null,
    caption: caption ? caption.slice(0, 5000) : null,
    hashtags: hashtagsOf(caption),
    postedAt: isoFromUnix(get(node, 'taken_at') ?? get(node, 'taken_at_timestamp')),
    commentSample: [],
    ...partnershipFields(bool(get(node, 'is_paid_partnership')), sponsorsOf(node)),
  };
}

/**
 * Brands named by the "Paid partnership with …" label: v1 media `sponsor_tags[].sponsor`,
 * GraphQL `edge_media_to_sponsor_user.edges[].node.sponsor`.
 */
function sponsorsOf(node: unknown): (string | null)[] {
  return [
    ...arr(get(node, 'sponsor_tags')).map((t) => str(get(t, 'sponsor', 'username'))),
    ...arr(get(node, 'edge_media_to_sponsor_user', 'edges')).map((e) =>
      str(get(e, 'node', 'sponsor', 'username')),
    ),
  ];
}
