/**
 * Class/id vocabulary shared by the boilerplate filters. Class names are split into lower-case tokens
 * ("relatedArticles" -> related, articles; "share-bar" -> share, bar) so "ad" never matches "header".
 */

/** Tokens that mark navigation, promotion, social, comment and other non-article blocks. */
export const NEGATIVE_TOKENS = new Set([
  'ad',
  'ads',
  'adv',
  'advert',
  'adverts',
  'advertisement',
  'advertisements',
  'advertising',
  'adslot',
  'adunit',
  'dfp',
  'gpt',
  'sponsor',
  'sponsored',
  'sponsors',
  'promo',
  'promos',
  'promoted',
  'promotion',
  'outbrain',
  'taboola',
  'recirc',
  'recirculation',
  'related',
  'recommended',
  'recommendation',
  'recommendations',
  'trending',
  'popular',
  'mostread',
  'most-read',
  'morestories',
  'also',
  'share',
  'sharing',
  'sharebar',
  'shares',
  'social',
  'socials',
  'sociallinks',
  'facebook',
  'twitter',
  'whatsapp',
  'pinterest',
  'linkedin',
  'comment',
  'comments',
  'commenting',
  'disqus',
  'discussion',
  'replies',
  'respond',
  'reply',
  'newsletter',
  'newsletters',
  'subscribe',
  'subscription',
  'signup',
  'optin',
  'cta',
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'privacy',
  'nav',
  'navbar',
  'navigation',
  'menu',
  'breadcrumb',
  'breadcrumbs',
  'pagination',
  'pager',
  'toolbar',
  'skip',
  'sidebar',
  'aside',
  'rail',
  'widget',
  'widgets',
  'footer',
  'masthead',
  'topbar',
  'caption',
  'captions',
  'credit',
  'credits',
  'figcaption',
  'byline',
  'bylines',
  'author',
  'authors',
  'bio',
  'dateline',
  'timestamp',
  'published',
  'meta',
  'metadata',
  'tags',
  'tag',
  'taglist',
  'keywords',
  'topics',
  'carousel',
  'slideshow',
  'teasers',
  'adblock',
  'adblocker',
  'upnext',
  'readnext',
  'nextup',
  'morestories',
  'morearticles',
  'popup',
  'modal',
  'overlay',
  'lightbox',
  'banner',
  'alert',
  'notice',
  'toast',
  'sronly',
  'visuallyhidden',
  'screenreader',
  'invisible',
  'offscreen',
  // The same furniture named in other languages (share, comments, related, advertising).
  'partage',
  'partager',
  'compartir',
  'condividi',
  'teilen',
  'commentaires',
  'kommentare',
  'comentarios',
  'commenti',
  'connexes',
  'lireaussi',
  'relacionadas',
  'relacionados',
  'correlati',
  'verwandte',
  'werbung',
  'anzeige',
  'publicite',
  'publicidad',
  'pubblicita',
]);

/** Tokens that mark the article body; they raise a container's score. */
export const POSITIVE_TOKENS = new Set([
  'article',
  'articlebody',
  'body',
  'content',
  'entry',
  'main',
  'post',
  'story',
  'text',
  'prose',
  'richtext',
  'blog',
  'hentry',
  'paragraph',
  'paragraphs',
  'column',
  'detail',
  'details',
]);

const CAMEL = /([a-z0-9])([A-Z])/g;
const SPLIT = /[^a-z0-9]+/;

// Pages repeat the same class strings hundreds of times; tokenizing each once keeps the scan cheap.
const tokenCache = new Map<string, string[]>();

/** Lower-case tokens of a class/id string, plus joined neighbours ("sr-only" -> sr, only, sronly). */
export function classTokens(s: string): string[] {
  if (!s || s === ' ') return [];
  const hit = tokenCache.get(s);
  if (hit) return hit;
  const out = tokenize(s);
  if (tokenCache.size > 20_000) tokenCache.clear();
  tokenCache.set(s, out);
  return out;
}

function tokenize(s: string): string[] {
  const parts = s
    .replace(CAMEL, '$1 $2')
    .toLowerCase()
    .split(SPLIT)
    .filter((p) => p.length > 0);
  const out = parts.slice();
  for (let i = 0; i + 1 < parts.length; i++) out.push(parts[i]! + parts[i + 1]!);
  return out;
}

export interface ClassVerdict {
  negative: boolean;
  positive: boolean;
}

export function classVerdict(cls: string | undefined, id: string | undefined): ClassVerdict {
  let negative = false;
  let positive = false;
  for (const t of classTokens(`${cls ?? ''} ${id ?? ''}`)) {
    if (NEGATIVE_TOKENS.has(t)) negative = true;
    if (POSITIVE_TOKENS.has(t)) positive = true;
  }
  return { negative, positive };
}

/** Short whole-block texts that are page furniture rather than article text. */
export const BOILERPLATE_LINE =
  /^(advertisement|advertisements|advert|ad|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|reklama|sponsored( content)?|story continues below( advertisement)?|continue reading( below)?|read more|read more:?.{0,80}|see also:?.{0,80}|related:?.{0,80}|also read:?.{0,80}|recommended|share( this( article| story)?)?( on \w+)?|share|tweet|email|print|comments?|\d+ comments?|sign up.{0,80}|subscribe.{0,80}|click here.{0,80}|follow us.{0,80}|skip to .{0,40}|image( source)?:.{0,120}|photo:.{0,120}|getty images|ap photo.{0,60}|credit:.{0,80}|loading\.*|scroll to continue.{0,40}|listen to (this )?article.{0,40}|\d+ min(ute)?s? read|copy link|link copied|copied|swipe to scroll.{0,30}|scroll (?:left|right|horizontally).{0,30}|tap to (?:expand|enlarge|zoom).{0,30}|(?:share|print|email|tweet|follow)(?: this)?(?: article| story| page)?:?|(?:partager|compartir|condividi|teilen|teile|partilhar|delen)(?: (?:sur|en|su|auf|on|em|op|via) \w+)*(?: (?:partager|compartir|condividi|teilen|teile|partilhar|delen)(?: (?:sur|en|su|auf|on|em|op|via) \w+)*)*:?)$/i;

/**
 * Headings (or short lines) that open a non-article section: what follows them inside the same
 * wrapper is teasers, sign-up boxes or comments, even when it reads like prose.
 */
export const SECTION_END =
  /^(?:related(?: (?:stories|articles|posts|content|coverage|news|reading|links|videos|topics))?|recommended(?: for you| stories| reading| articles| videos| by our editors| by (?:the )?editors)?|top reads\\b.{0,40}|editors?['’]? (?:recommendations|picks)|(?:you )?(?:may|might|will) (?:also )?(?:like|enjoy|be interested in)|more (?:from|on|in|about|stories|news|articles|to read|like this)\b.{0,60}|read (?:more|next|this next)|(?:the )?most (?:popular|read|viewed|shared|watched)(?: stories| articles| now)?|trending(?: now| stories| articles| topics)?|popular (?:stories|now|posts|articles)|(?:the )?latest (?:news|stories|articles|headlines|videos)|top (?:stories|news|headlines|picks)|what to read next|don['’]?t miss(?: this)?|also read|see also|further reading|stay connected|sign up(?: for| to| now)?\b.{0,60}|subscribe(?: to| now| for)?\b.{0,60}|like what you['’]?re reading\??|(?:our |the )?newsletters?|get (?:the|our) .{0,40}newsletter|comments?(?: \(\d+\))?|\d+ comments?|join the (?:conversation|discussion)|leave a (?:comment|reply)|share (?:this|the) (?:article|story|post)|about the authors?|more stories|in case you missed it|keep reading|explore more(?: on these topics| stories)?|keep exploring|discover more\\b.{0,40}|continue reading|up next|watch next|around the web|from our partners|sponsored (?:content|stories|links)|promoted (?:content|stories|links)|mehr zum thema|weitere (?:artikel|themen|nachrichten)|das könnte sie auch interessieren|lesen sie auch|auch interessant|kommentare|à lire aussi|a lire aussi|sur le même sujet|lire aussi|dans la même rubrique|te puede interesar|noticias relacionadas|lee también|leggi anche|potrebbe interessarti|articoli correlati|leia também|veja também)[:.!]?$/i;

/**
 * Sentences that only occur in page furniture: legal lines, affiliate disclosures, sign-up and
 * ad-blocker prompts, citation boxes. A short block containing one is not article text.
 */
export const FURNITURE_SENTENCE =
  /(?:copyright\s*(?:©|\(c\)|\d{4})|©\s*\d{4}|all rights reserved|this (?:document|article|material|content) (?:is subject to copyright|may not be (?:re)?published)|may not be (?:re)?published,? broadcast|we may (?:receive|earn) (?:a )?(?:small )?(?:compensation|commission|affiliate)|(?:has|have) affiliate partnerships|affiliate (?:links?|commission)|thanks? for (?:signing up|subscribing)|your subscription (?:has been|is) confirmed|(?:using|use) an ad ?blocker|disable your ad ?blocker|whitelist (?:us|our site)|(?:may|can) be reached (?:at|by)|^citation:|^more information:|^journal information:|^story source:|^materials provided by|^cite this page|was this (?:page|article) helpful|^disclaimer:|reviewed according to .{0,60}editorial process|our journalism needs your support|support (?:our|independent) journalism|^(?:listen|share|print|save) this (?:article|story)|^tell us why|^read (?:the )?full (?:story|article) here|got a news tip|send (?:us )?(?:a )?news tips?|comments on this piece|html5 video|your browser does not support|enable javascript|enter your date of birth|^click to (?:read more|hide|view|expand)|article continues (?:below|after)|^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3} (?:is|was) an? (?:[\w-]+ ){0,4}(?:reporter|writer|editor|correspondent|columnist|journalist|contributor|producer)\b|a version of this (?:article|story) appear(?:s|ed) in|^this (?:story|article) (?:was )?originally (?:appeared|published|ran)|follow (?:us|him|her|them|the [\w ]{1,40}) on (?:facebook|twitter|instagram|x|tiktok|threads|linkedin)\b|^contact [\w .'-]{2,40} at \S+@|subscribe to (?:our|the) [\w ]{0,40}(?:newsletter|podcast|channel)|sign up for (?:our|the) [\w ]{0,40}newsletter|^\[?(?:image|photo|photos|video)s? (?:via|by|courtesy of)\b|^(?:submitted|file|staff) photo\b|^source images? by\b|\b(?:photo|image) credit:|\(credit: [^)]{1,80}\)\.?$|\bcredit: [^.]{1,80}\.?$|\((?:photo|image|picture|illustration)s?(?: by| via| courtesy of| credit)?:? [^)]{1,80}\)\.?$|(?:getty images|shutterstock|ap photo|afp via getty|reuters\/[\w ]+|epa-efe)[^.]{0,40}\)?\.?$)/i;

/** A line that is only a date stamp ("February 15, 2024", "Updated: 12/22/2023 10:04 AM EST"). */
export const DATE_ONLY =
  /^(?:(?:updated|published|posted|last updated|modified)\s*(?:on|:)?\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4})(?:,?\s*(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?$/i;

/**
 * Promotion and editorial-policy boxes that sit inside the story wrapper: trust / methodology notes,
 * affiliate notices, community and newsletter prompts, event invitations, embed placeholders and
 * contributor credit lines. Like FURNITURE_SENTENCE, a short block containing one is not article text.
 */
export const PROMO_SENTENCE =
  /(?:^why you can trust\b|\buses only high-quality sources\b|\bread our editorial (?:process|policy|guidelines)\b|\bour (?:experienced |expert )?team (?:dedicates|spends) (?:many )?hours\b|\bwe spend (?:many )?hours (?:testing|researching|reviewing)\b|\bwe may (?:receive|earn) an? (?:affiliate |small )?(?:fee|commission)\b|\bif you (?:buy|make a purchase)(?: something)? (?:through|using|via|by clicking(?: on)?) (?:our |one of (?:our|the) |the |these )?links?\b|\bindependently (?:selected|chosen|reviewed) by (?:our|the) editors\b|^join (?:our|the) [\w ]{0,40}(?:forums?|community|discord|conversation on)\b|\byou['’]re reading (?:the )?[\w'’ ]{1,60}newsletter\b|\bsign up (?:to get|to receive|for) (?:it|this|them|my|our) (?:free |weekly |daily )?(?:in your inbox|newsletter|e-?course|guide|updates)\b|^get [\w'’. ]{0,40}\bfree [\w'’. ]{0,40}\bguide\b|^special offer for [\w ]{1,30} readers\b|\brequest an invite\b|\bwaiting for your permission to load\b|\bhad no role in the creation (?:or|and) display of this content\b|\bwe['’]d like to hear what you think\b|\bcommitted to publishing a diversity of letters\b|^\*?\s*follow [\w .'’-]{1,60} on (?:facebook|twitter|instagram|x|tiktok|threads|linkedin|snapchat|youtube)\b|\bcontributed (?:reporting |additional reporting )?to this (?:report|story|article)\.?$|^(?:contributing|additional reporting)(?: by)?: [^.]{1,200}$|^reporting by [^.]{1,120}; editing by\b|^abonnez-vous (?:à|a) (?:notre|nos|la) [\w ]{0,30}newsletters?\b|^inscrivez-vous (?:à|a) (?:notre|nos|la) [\w ]{0,30}newsletters?\b|^suscr[ií]b[ae]te a (?:nuestro|nuestra|nuestros|el|la) (?:bolet[ií]n|newsletter)|^iscriviti (?:alla|alle) (?:nostra |nostre )?newsletter|\bnewsletter (?:abonnieren|bestellen)\b|^melden sie sich [\w ]{0,40}newsletter)/i;

/** Either furniture vocabulary: legal / credit lines (FURNITURE_SENTENCE) or promotion / policy boxes (PROMO_SENTENCE). */
export function isFurnitureText(text: string): boolean {
  return FURNITURE_SENTENCE.test(text) || PROMO_SENTENCE.test(text);
}

/** Tokens of wrappers holding paywalled story text (often hidden until the reader logs in). */
const GATED_TOKENS = new Set([
  'subscriber',
  'subscribers',
  'paywall',
  'paywalled',
  'premium',
  'metered',
  'paidcontent',
  'memberonly',
  'membersonly',
]);

export function isGated(cls: string | undefined, id: string | undefined): boolean {
  return classTokens(`${cls ?? ''} ${id ?? ''}`).some((t) => GATED_TOKENS.has(t));
}
