/**
 * Spam and self-promotion: links, "check my channel", follow-for-follow, "DM to collab",
 * crypto and money offers, in several languages. One precompiled pass over the lower-cased text.
 * Measured on the UCI YouTube Spam Collection by `npm run eval`.
 */
const PATTERNS = [
  // links and handles pointing elsewhere
  String.raw`https?://|www\.|\b[a-z0-9-]{2,}\.(?:com|net|org|ly|io|me|co|info|xyz|link|club|site|online|shop|store|biz|tk|ru|gl|be)\b`,
  String.raw`\b(?:wa\.me|t\.me|bit\.ly|linktr\.ee)`,
  // "check out my channel", "visit my page", "subscribe to me"
  String.raw`\b(?:check|visit|view|watch|see|listen to|go to|look at)(?: out)? (?:my|our|me|this channel)\b`,
  String.raw`\b(?:my|our) (?:new )?(?:channel|page|profile|account|insta|ig|youtube|music|song|songs|video|videos|playlist|website|site|shop|store|blog|mixtape|album|cover|vlog)\b`,
  String.raw`\bsub(?:scribe)?s?(?: to)? (?:me|my|us|our|back)\b|\bsub ?4 ?sub\b|\bsubscribe\b`,
  String.raw`\bfollow (?:me|us|back|for follow|4 follow)\b|\b[fl] ?4 ?[fl]\b|\b(?:like|follow)4(?:like|follow)\b`,
  String.raw`\b(?:please|pls|plz) (?:like|follow|sub|share|check|visit|support)\b`,
  String.raw`\b(?:dm|inbox|message|text|contact) (?:me|us|for|to|on|@)|\bsend (?:me |us )?a? ?(?:dm|message)\b|\bcollab\b`,
  String.raw`\bpromot(?:e|ion|ing) (?:it|your|ur)\b|\bbrand ambassador\b|\blink in (?:my |the )?bio\b`,
  // money, crypto and prizes
  String.raw`\b(?:bitcoin|btc|crypto|forex|binance|usdt|nft|onlyfans|giveaway|sugar daddy)\b`,
  String.raw`\b(?:earn|make) (?:money|\$|cash)|\$\d+ (?:a|per) (?:day|week|hour)|\bfree (?:followers|likes|gift|iphone|money)\b`,
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
  `http https www com net org ly io co info xyz link club site online shop store biz tk ru gl
  wa linktr ee check visit view watch listen channel page profile account insta ig youtube
  music song songs video videos playlist website blog mixtape album cover vlog sub subs
  subscribe subscribed sub4sub follow f4f l4l like4like follow4follow please pls plz dm inbox
  message text contact send collab promote promotion promoting ambassador bio bitcoin btc
  crypto forex binance usdt nft onlyfans giveaway daddy earn make money cash free whatsapp
  telegram sígueme sigueme síganme siganme suscríbete suscribete canal inscreve inscreva segue
  abonniert abonnieren abonniere kanal chaîne chaine abonnez abonne iscriviti canale seguimi
  kanalıma kanalima abone takip cek mampir kunjungi ku obserwuj sprawdź sprawdz`
    .trim()
    .split(/\s+/),
);
