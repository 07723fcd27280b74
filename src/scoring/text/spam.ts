/**
 * Spam and self-promotion: links, "check my channel", follow-for-follow, "DM to collab",
 * crypto and money offers, in several languages. One precompiled pass over the lower-cased text.
 * Measured on the UCI YouTube Spam Collection by `npm run eval`.
 */
const PATTERNS = [
  // links, also spelled out ("site . com") or as a bare path ("watch?v=")
  String.raw`https?://|www\.|\b[a-z0-9-]{2,}\.(?:com|net|org|ly|io|me|co|info|xyz|link|club|site|online|shop|store|biz|tk|ru|gl|be|pl|de|fr|es|it|br|in|us|tv|uk)\b|\b[a-z0-9-]{2,}\.[a-z]{2,6}/\S`,
  String.raw`\b(?:wa\.me|t\.me|bit\.ly|linktr\.ee|youtu\.be)|watch\?v=|\s(?:\.|dot) ?com\b`,
  // "check out my channel", "visit my page", "check this out"
  String.raw`\b(?:check|visit|view|watch|see|listen to|go to|look at)(?: out)? (?:my|our|me|mah|this channel)\b|\bcheck (?:this|it) out\b|\bcheck (?:out )?(?:this|the)? ?[^.!?\n]{0,30}\bchannel\b|\bcheck (?:out )?this (?:video|song)\b`,
  String.raw`\ba (?:new |gaming |music )channel\b|\b(?:my|our) (?:new )?(?:channel|page|profile|account|insta|ig|youtube|music|song|songs|rap|beats?|video|videos|playlist|website|site|shop|store|blog|mixtape|album|covers?|vlog)\b`,
  String.raw`\bsub(?:scribe)?s?(?: to)? (?:me|my|us|our|back)\b|\bsub ?4 ?sub\b|\b(?:subscribe|suscribe|sucscribe)\b|\b(?:reach|get|hit) \d[\d,.]*k? subscribers\b`,
  String.raw`\bi(?:'|’| a)?m a (?:[\w ]{0,20} )?(?:rapper|singer|producer|youtuber|artist|musician)\b|\bnew (?:to )?youtub|\bdid (?:a|some) covers?\b|\bsearch (?:for )?["“]`,
  String.raw`\bfollow (?:me|us|back|for follow|4 follow)\b|\b[fl] ?4 ?[fl]\b|\b(?:like|follow)4(?:like|follow)\b`,
  String.raw`\b(?:please|pls|plz) (?:like|follow|sub|share|check|visit|support|donate)\b|\bgive (?:it|me|us) a? ?(?:like|thumbs)`,
  String.raw`\b(?:dm|inbox|message|text|contact) (?:me|us|for|to|on|@)|\bsend (?:me |us )?a? ?(?:dm|message)\b|\bcollab\b`,
  String.raw`\bpromot(?:e|ion|ing) (?:it|your|ur)\b|\bbrand ambassador\b|\blink in (?:my |the )?bio\b`,
  String.raw`\b(?:on|my|our|for your) (?:instagram|facebook|twitter|snapchat|soundcloud|itunes|spotify|tiktok)\b`,
  // money, crypto and prizes
  String.raw`\b(?:bitcoins?|btc|crypto|forex|binance|usdt|nft|onlyfans|giveaways?|sugar daddy)\b`,
  String.raw`\b(?:earn|make) (?:real )?(?:money|\$|cash)|\$\d+ (?:a|per) (?:day|week|hour)|\bfree (?:followers|likes|gift|iphone|money|downloads?)\b`,
  String.raw`\bwhats ?app\b|\btelegram\b`,
  // other languages
  String.raw`s[ií]gueme|s[ií]ganme|suscr[ií]bete|mi canal|meu canal|se inscreve|inscreva-se|me segue|segue de volta`,
  String.raw`abonnier|mein kanal|ma cha[iî]ne|abonnez-vous|abonne-toi|iscriviti|il mio canale|seguimi`,
  String.raw`kanal[ıi]ma|abone ol|takip et|cek ig|mampir|kunjungi|channel ku|obserwuj|sprawd[zź] m[oó]j`,
  String.raw`подпиш|мой канал|заработ|переходи|チャンネル登録|구독|关注我|加我|私信`,
];

export const SPAM_RE = new RegExp(PATTERNS.join('|'), 'u');

/**
 * Words every pattern above needs at least one of (words of non-Latin scripts always run the
 * pattern). Checked per word while scanning, so SPAM_RE runs on a few comments, not all.
 */
export const SPAM_TRIGGERS: ReadonlySet<string> = new Set(
  `http https www com dot wa linktr ee youtu youtube watch check visit view listen channel page
  profile account insta ig music song songs rap beat beats video videos playlist website blog
  mixtape album cover covers vlog sub subs subscribe subscribed subscribes subscriber subscribers
  subscribing suscribe sucscribe sub4sub rapper singer producer youtuber artist musician search
  follow f4f l4l like4like follow4follow please pls plz thumbs give dm inbox message text contact
  send collab promote promotion promoting ambassador bio instagram facebook twitter snapchat
  soundcloud itunes spotify tiktok bitcoin bitcoins btc crypto forex binance usdt nft onlyfans
  giveaway giveaways daddy earn make money cash free whatsapp telegram sígueme sigueme síganme
  siganme suscríbete suscribete canal inscreve inscreva segue abonniert abonnieren abonniere
  kanal chaîne chaine abonnez abonne iscriviti canale seguimi kanalıma kanalima abone takip cek
  mampir kunjungi ku obserwuj sprawdź sprawdz`
    .trim()
    .split(/\s+/),
);
