/** Turns raw byline strings into a list of person names. */

const LEAD_IN =
  /^(?:(?:written|posted|reported|reporting|text|words|story|published|compiled|edited|updated|photos?|interview)\s+)?(?:by|par|von|por|di|door|av|de)\s*[:-]?\s+/i;
const LABEL = /^(?:authors?|writers?|reporter|byline|autor(?:es)?|auteur)\s*[:-]\s*/i;
const ROLE_WORDS =
  /\b(?:staff|senior|junior|chief|associate|assistant|deputy|managing|executive|contributing|special|freelance|political|national|foreign|sports|business|health|science|tech(?:nology)?|entertainment|news|digital|social media|investigative|white house)?\s*(?:writer|reporter|correspondent|editor|columnist|contributor|producer|journalist|analyst|intern|critic|photographer|fellow|anchor|host|author|director|manager|strategist|specialist|expert)s?\b/i;
const GENERIC = new Set([
  'staff',
  'admin',
  'administrator',
  'editor',
  'editors',
  'editorial',
  'editorial staff',
  'editorial team',
  'news desk',
  'newsdesk',
  'web desk',
  'desk',
  'team',
  'guest',
  'guest author',
  'contributor',
  'contributors',
  'anonymous',
  'unknown',
  'author',
  'authors',
  'by',
  'null',
  'undefined',
  'staff writer',
  'staff reporter',
  'wire',
  'wires',
  'wire services',
  'email',
  'e-mail',
  'email the author',
  'follow',
  'twitter',
  'facebook',
  'more',
  'read more',
  'see all',
  'view all',
  'posts',
  'all posts',
  'home',
  'opinion',
  'news',
  'share',
  'menu',
  'bio',
]);

/** Name suffixes and degrees that a comma split leaves on their own ("Jane Doe, Ph.D."). */
const SUFFIX = /^(?:jr|sr|ii|iii|iv|ph\.?\s?d|m\.?d|d\.?o|esq|mba|msc|rn|dds|phd|cpa|jd)\.?$/i;

/** Splits "A and B", "A, B & C", "A | B" into separate names. */
function splitNames(s: string): string[] {
  return s
    .split(/\s*(?:,|;|\||\/|&|\band\b|\bund\b|\bwith\b|\n)\s*/i)
    .map((x) => x.trim())
    .filter((x) => x.length > 0);
}

const AGENCY = /^(?:the )?(?:associated press|canadian press|press association)$/i;
const MONTH_WORD =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/i;
/** Agencies and role words that bylines glue after a name ("Jane Doe The Associated Press", "Jane Doe Senior Editor"). */
const TRAILING_NOISE =
  /\s+(?:(?:the\s+)?associated press|ap|reuters|afp|bloomberg|usa today|cnn|staff|senior|junior|chief|associate|deputy|managing|contributing|executive|(?:staff\s+)?(?:writer|reporter|editor|correspondent|contributor|columnist|producer|journalist|analyst|critic|photographer)s?|ms|md|rd|rdn|phd|ph\.d\.?|mph|mba|cpa|lcsw|np|rn)\.?$/i;

const ORG_WORD =
  /\b(?:daily|news|times|post|journal|telegram|tribune|herald|gazette|reporter|magazine|press|media|online|network|today|chronicle|observer|review|weekly|citizen|courier|star|sun|mirror|guardian|enquirer|examiner|inquirer|dispatch|bulletin|register|sentinel|record|democrat|republican|independent)\b/i;

function cleanOne(raw: string): string | null {
  let s = raw.replace(/\s+/g, ' ').trim();
  if (/\bstaff\b/i.test(s)) return null;
  // Text glued to the name by the page layout: "Jane DoePublished 3 hours ago".
  s = s.replace(/(?:Published|Updated|Posted|Last updated)(?:\s|:|$).*$/, '').trim();
  s = s.replace(/([a-z])((?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/g, '$1 $2');
  if (MONTH_WORD.test(s)) s = s.replace(new RegExp(`\\s*${MONTH_WORD.source}.*$`, 'i'), '').trim();
  if (AGENCY.test(s)) return s;
  s = s.replace(LABEL, '').replace(LEAD_IN, '');
  // Drop emails, handles and URLs, and anything after a separator that starts a date or a role.
  s = s
    .replace(/\S+@\S+\.\S+/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/(^|\s)@\w+/g, ' ');
  s = s.replace(/\s*[-–—|•·:]\s*(?:updated|published|posted|last|\d).*$/i, '');
  s = s.replace(/\s*\b(?:updated|published|posted)\b.*$/i, '');
  s = s.replace(/\s*\(.*?\)\s*/g, ' ');
  s = s.replace(/\s*[-–—]\s*.*$/, (tail) => (ROLE_WORDS.test(tail) ? '' : tail));
  s = s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[,.;:\-–—\s]+|[,;:\-–—\s]+$/g, '');
  s = s.replace(/\s+\d+$/, '');
  // "Jane Doe Worcester Telegram": a publication glued after a two-word name.
  const w = s.split(' ');
  if (w.length >= 4 && ORG_WORD.test(w.slice(2).join(' ')) && !ORG_WORD.test(w.slice(0, 2).join(' '))) {
    s = w.slice(0, /^\p{Lu}\.$/u.test(w[1]!) && w.length >= 5 ? 3 : 2).join(' ');
  }
  for (let prev = ''; prev !== s && s.split(' ').length > 2;) {
    prev = s;
    s = s.replace(TRAILING_NOISE, '').trim();
  }
  if (s.split(' ').length === 2 && TRAILING_NOISE.test(s) && !/^(?:the\s+)?associated press$/i.test(s))
    s = s.replace(TRAILING_NOISE, '').trim();
  if (!s) return null;
  const lower = s.toLowerCase();
  if (/\bstaff\b|[*@#=<>{}]|:/.test(lower) || MONTH_WORD.test(s)) return null;
  if (GENERIC.has(lower) || SUFFIX.test(s)) return null;
  if (!/\p{L}/u.test(s) || /\d{3,}/.test(s)) return null;
  const words = s.split(' ');
  if (words.length > 5 || s.length > 60) return null;
  // A role alone ("Staff Writer", "Senior Editor") is not a person.
  if (
    ROLE_WORDS.test(s) &&
    s
      .replace(ROLE_WORDS, '')
      .trim()
      .split(' ')
      .filter((w) => w).length === 0
  )
    return null;
  return s;
}

export interface CleanAuthorsOptions {
  /** Names equal to (or containing) the site/publisher name are dropped. */
  siteName?: string | null;
  publisher?: string | null;
}

export function cleanAuthors(raws: readonly string[], opts: CleanAuthorsOptions = {}): string[] {
  const norm = (x: string | null | undefined): string =>
    x
      ?.toLowerCase()
      .replace(/^the\s+/, '')
      .replace(/[^\p{L}\p{N}]+/gu, '') ?? '';
  const orgs = [norm(opts.siteName), norm(opts.publisher)].filter((x) => x.length >= 3);
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of raws) {
    if (looksLikeUrl(raw.trim())) continue;
    const base = raw.replace(/\s+/g, ' ').trim().replace(LABEL, '').replace(LEAD_IN, '');
    for (const part of splitNames(base)) {
      // "Jane Doe, Staff Writer": the comma split leaves the role on its own; drop it.
      const name = cleanOne(part);
      if (!name) continue;
      const key = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
      if (!key || seen.has(key)) continue;
      const bare = norm(name);
      // The publication named as author ("The Daily Journal", "Coldwater Daily Reporter") is not a person.
      if (orgs.some((o) => bare === o || ((bare.includes(o) || o.includes(bare)) && ORG_WORD.test(name)))) continue;
      if (/^the\s/i.test(name) && ORG_WORD.test(name) && !/associated press/i.test(name)) continue;
      seen.add(key);
      out.push(name);
    }
  }
  return out;
}

/** True when a string is a URL / profile path rather than a name (article:author often holds one). */
export function looksLikeUrl(s: string): boolean {
  return /^(?:https?:)?\/\//i.test(s) || /^\/[\w-]+/.test(s) || /^www\./i.test(s);
}
