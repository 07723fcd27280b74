/**
 * Every TikTok selector in one place, newest alternative first. TikTok's class names are
 * generated ("css-1k5oywg-DivItemContainer"), but its data-e2e attributes (test hooks) have
 * been stable since 2021, so they come first; class fragments are the fallback.
 */
export const TT = {
  /** Profile header (2021–2025). */
  header: [
    '[data-e2e="user-page"] header',
    'div[class*="DivShareLayoutHeader"]',
    '[data-e2e="user-page"]',
    'main',
  ],
  handle: ['[data-e2e="user-title"]', 'h1[data-e2e="user-title"]', 'h2.share-title'],
  displayName: ['[data-e2e="user-subtitle"]', 'h1.share-sub-title'],
  followers: ['strong[data-e2e="followers-count"]', '[title="Followers"] strong'],
  following: ['strong[data-e2e="following-count"]', '[title="Following"] strong'],
  likes: ['strong[data-e2e="likes-count"]', '[title="Likes"] strong'],
  bio: ['[data-e2e="user-bio"]', 'h2.share-desc'],
  link: ['a[data-e2e="user-link"]', 'div[class*="DivShareLinks"] a'],
  /** Verified badge: 2024–2025 data-e2e hook, 2021–2023 svg beside the title. */
  verified: [
    '[data-e2e="verify-badge"]',
    '[data-e2e="user-title"] ~ svg',
    'svg[class*="StyledVerifyBadge"]',
  ],
  privateNotice: ['[data-e2e="private-account"]', 'div[class*="DivErrorContainer"] p'],
  /** Grid (2021–2025). */
  gridItems: ['[data-e2e="user-post-item"]', 'div[class*="DivItemContainerV2"]'],
  gridViews: ['[data-e2e="video-views"]', 'strong[class*="StrongVideoCount"]'],
  gridPinned: ['[data-e2e="video-card-badge"]', 'div[class*="DivBadge"]'],
  /** Video page (2022–2025 "browse" layout first, then the 2021 detail layout). */
  video: ['[data-e2e="browse-video"]', 'div[class*="DivBrowserModeContainer"]', 'main', 'body'],
  /** "Nickname · 3-14" beside the handle (2022–2025): the name is the part before the dot. */
  videoNickname: [
    '[data-e2e="browser-nickname"] span:first-child',
    '[data-e2e="browser-nickname"]',
  ],
  videoDesc: ['[data-e2e="browse-video-desc"]', '[data-e2e="video-desc"]'],
  videoLikes: ['[data-e2e="browse-like-count"]', '[data-e2e="like-count"]'],
  videoComments: ['[data-e2e="browse-comment-count"]', '[data-e2e="comment-count"]'],
  videoViews: ['[data-e2e="video-views"]', '[data-e2e="browse-video-views"]'],
  /** "Nickname · 3-14": the posting date shown beside the author name (2022–2025). */
  videoDate: ['[data-e2e="browser-nickname"] span:last-child', '[data-e2e="browser-nickname"]'],
  /** Comments (2022–2025): one level-1 text per comment; its container holds the rest. */
  commentText: ['[data-e2e="comment-level-1"]'],
  commentItem: ['div[class*="DivCommentItemContainer"]', 'div[class*="DivCommentObjectWrapper"]'],
  commentAuthor: ['[data-e2e="comment-username-1"] a', 'a[href^="/@"]'],
  commentLikes: ['[data-e2e="comment-like-count"]', 'div[class*="DivLikeWrapper"] span'],
  commentTime: ['[data-e2e="comment-time-1"]', 'span[class*="SpanCreatedTime"]'],
  /** Followers popup (2023–2025) opened from the profile header. */
  followersPopup: ['[data-e2e="follow-info-popup"]', 'div[class*="DivUserListContainer"]'],
} as const;
