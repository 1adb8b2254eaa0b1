import type { Dateline } from '@newswire/contracts';
import { MONTH_PATTERN, isoDate, monthNumber, resolveYear } from './dates.js';
import { isCommonWord, isKnownPlace, isPersonName } from './lexicon.js';

const CAPS_WORD = "\\p{Lu}[\\p{Lu}.'’\\-/]*";
const CAPS_PLACE = `${CAPS_WORD}(?:\\s+${CAPS_WORD}){0,4}`;
const TITLE_WORD = "\\p{Lu}[\\p{L}.'’\\-]*";
const PARTICLE = '(?:de|da|del|do|dos|la|le|el|al|of|on|upon|am|an|sur|es)';
const TITLE_PLACE = `${TITLE_WORD}(?:\\s+(?:${PARTICLE}\\s+)?${TITLE_WORD}){0,3}`;
const DATE = `(?:${MONTH_PATTERN}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH_PATTERN}(?:,?\\s+\\d{4})?)`;
const REGION = `(?!${MONTH_PATTERN}\\s+\\d)(?!\\d)${TITLE_WORD}(?:\\s+${TITLE_WORD}){0,2}`;
const AGENCY = "[\\p{L}][\\p{L}\\p{N} .&/'’\\-]{0,40}";
const SEP = '(?:\\s*(?:--|—|–|-|:|\\|)(?=\\s|\\p{Lu}|["“‘])\\s*|\\s+)';

const DATELINE_RE = new RegExp(
  `^(?:(?<date2>${DATE})|(?<place>${CAPS_PLACE}|${TITLE_PLACE})(?:,\\s*(?<region>${REGION}))?(?:,\\s*(?<date1>${DATE})|\\s+(?<iso>\\d{4}-\\d{2}-\\d{2}))?)` +
    `(?:\\s*\\((?<agency>${AGENCY})\\))?(?<sep>${SEP})`,
  'u',
);

// All-caps openers that are labels, not places.
const NOT_PLACES = new Set([
  'UPDATE',
  'UPDATED',
  'BREAKING',
  'EXCLUSIVE',
  'NOTE',
  'EDITOR',
  "EDITOR'S NOTE",
  'EDITORS NOTE',
  'ANALYSIS',
  'FACTBOX',
  'WRAPUP',
  'CORRECTED',
  'CORRECTION',
  'REFILE',
  'OPINION',
  'COMMENT',
  'INTERVIEW',
  'FEATURE',
  'PHOTOS',
  'VIDEO',
  'WATCH',
  'LIVE',
  'URGENT',
  'FLASH',
  'ALERT',
  'NEWS',
  'REVIEW',
  'EXPLAINER',
  'POLL',
  'SPONSORED',
  'AD',
  'I',
  'A',
  'THE',
  'BY',
  'AND',
  'OR',
  'BUT',
  'IN',
  'ON',
  'AT',
  'TO',
  'FOR',
  'OF',
  'Q',
  'FAQ',
  'TL',
  'TLDR',
  'PS',
  // Agency and network credits standing alone are bylines, not places.
  'AP',
  'UPI',
  'AFP',
  'REUTERS',
  'XINHUA',
  'PTI',
  'IANS',
  'ANI',
  'DPA',
  'EFE',
  'ANSA',
  'RNS',
  'CNN',
  'BBC',
  'NYT',
  // Section and caption labels.
  'BYLINE',
  'DATELINE',
  'SOURCE',
  'SOURCES',
  'PHOTO',
  'PHOTOS',
  'CREDIT',
  'CAPTION',
  'HIGHLIGHTS',
  'SUMMARY',
  'TAGS',
  'TOPICS',
  'CONTACT',
  'MEDIA',
  'QUOTE',
  'LISTEN',
  'RELATED',
  'MORE',
  'TRENDING',
  'SPONSORED',
  'ADVERTISEMENT',
]);

export interface DatelineMatch {
  dateline: Dateline;
  /** The paragraph with the dateline cut off. */
  rest: string;
}

/**
 * Finds a wire dateline at the start of a paragraph ("BEIJING, Dec. 31 (Xinhua) --", "ATLANTA (AP) —",
 * "Beijing, December 31:", "Dec 31 (Reuters) -", "LONDON 1996-08-30"). `refDate` (YYYY-MM-DD...) supplies the missing year.
 */
export function extractDateline(paragraph: string, refDate: string | null): DatelineMatch | null {
  const m = DATELINE_RE.exec(paragraph);
  if (!m?.groups) return null;
  const g = m.groups;
  const place = g.place ?? null;
  const dateText = g.date1 ?? g.date2 ?? g.iso ?? null;
  const agency = g.agency?.trim() ?? null;
  const sep = (g.sep ?? '').trim();
  const rest = paragraph.slice(m[0].length).trim();
  if (!rest || !/^["“‘(]?[\p{Lu}\p{N}]/u.test(rest)) return null;
  if (place) {
    const isCaps = place === place.toUpperCase() && /\p{Lu}.*\p{Lu}/u.test(place);
    const known = isKnownPlace(place);
    if (isCaps) {
      if (NOT_PLACES.has(place.replace(/[-.:/]+$/, ''))) return null;
      // "SOCCER - JAPAN GET LUCKY WIN": a label before a headline in capitals; a dateline leads into the story.
      if (rest.split(/\s+/, 3).every((w) => /\p{Lu}.*\p{Lu}/u.test(w) && w === w.toUpperCase())) return null;
      // A bare all-caps word needs a real separator ("WASHINGTON:" / "ATLANTA --"), not just a space.
      if (!dateText && !agency && !sep) return null;
      // Bare "LABEL:" openers ("BYLINE:", "READ MORE:", "LOOK:") are common; with a colon alone the
      // opener must be a known place or a single word that is neither an English word nor a person's
      // name ("GUWAHATI:", not "CLINTON:" in a transcript).
      if (!dateText && !agency && sep === ':' && !known && (place.includes(' ') || isCommonWord(place) || isPersonName(place))) return null;
      if (!dateText && !agency && !known && place.split(/\s+/).length > 3) return null;
    } else {
      // Title-case openers are ordinary prose unless a date or an agency credit follows, or the opener
      // is a known city/country set off by a dash or colon ("Beijing — ...", "New Delhi: ...").
      const knownPlace = !g.region && sep !== '' && known;
      if (!dateText && !agency && !knownPlace) return null;
      if (!sep && !agency) return null;
      // "Rep. Jane Doe (D-N.Y.):", "The Tesla (TSLA)": a parenthesis after a name that is not a place.
      if (agency && !dateText && !known && !/^[-–—]+$/.test(sep)) return null;
    }
  } else if (!agency) {
    return null;
  }
  // Agency credits are names ("Xinhua", "AP", "Reuters", "dpa"), not parenthetical prose like "(right)".
  if (agency && !/^\p{Lu}/u.test(agency) && agency !== 'dpa') return null;
  if (agency && agency.split(/\s+/).length > 4) return null;
  const raw = m[0].trim();
  return {
    dateline: {
      raw,
      place: place ? placeName(place) : null,
      date: dateText ? datelineDate(dateText, refDate) : null,
      agency,
    },
    rest,
  };
}

function datelineDate(text: string, refDate: string | null): string | null {
  // "LONDON 1996-08-30", as Reuters dated its wire copy
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const md = new RegExp(`^(${MONTH_PATTERN})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?$`).exec(text);
  const dm = new RegExp(`^(\\d{1,2})\\s+(${MONTH_PATTERN})(?:,?\\s+(\\d{4}))?$`).exec(text);
  const month = monthNumber((md ? md[1] : dm?.[2]) ?? '');
  const day = Number((md ? md[2] : dm?.[1]) ?? NaN);
  const year = (md ? md[3] : dm?.[3]) ?? null;
  if (!month || !Number.isFinite(day)) return null;
  if (year) return isoDate(Number(year), month, day);
  return resolveYear(month, day, refDate);
}

const SMALL = new Set(['de', 'da', 'del', 'do', 'dos', 'la', 'le', 'el', 'al', 'of', 'on', 'upon', 'am', 'an', 'sur', 'es']);

/** "NEW DELHI" -> "New Delhi", "ST. LOUIS" -> "St. Louis"; mixed-case names are kept as written. */
export function placeName(raw: string): string {
  const s = raw.trim().replace(/[,:]$/, '');
  if (s !== s.toUpperCase()) return s;
  return s
    .toLowerCase()
    .split(/\s+/)
    .map((w, i) => (i > 0 && SMALL.has(w) ? w : w.replace(/(^|[-'’./])(\p{L})/gu, (_x, p: string, c: string) => p + c.toUpperCase())))
    .join(' ');
}
