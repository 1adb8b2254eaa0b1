import { MONTH_PATTERN, parseDateValue } from './dates.js';

/** Canonical header field names. */
export type HeaderKey = 'date' | 'modified' | 'title' | 'author' | 'source' | 'url' | 'language' | 'section' | 'tags' | 'description';

const KEY_ALIASES: Record<string, HeaderKey> = {
  date: 'date',
  published: 'date',
  pubdate: 'date',
  'publication date': 'date',
  'published at': 'date',
  updated: 'modified',
  modified: 'modified',
  title: 'title',
  headline: 'title',
  author: 'author',
  authors: 'author',
  byline: 'author',
  by: 'author',
  writer: 'author',
  source: 'source',
  agency: 'source',
  publisher: 'source',
  site: 'source',
  outlet: 'source',
  url: 'url',
  link: 'url',
  'source url': 'url',
  language: 'language',
  lang: 'language',
  section: 'section',
  category: 'section',
  tags: 'tags',
  keywords: 'tags',
  topics: 'tags',
  description: 'description',
  summary: 'description',
};

const KEY_NAMES = Object.keys(KEY_ALIASES)
  .sort((a, b) => b.length - a.length)
  .map((k) => k.replace(/ /g, '\\s+'));
// "date 2024-12-31" (lowercase key, no colon) or "Date: 2024-12-31" (any case, with colon).
const HEADER_RE = new RegExp(`^(${KEY_NAMES.join('|')})(\\s*:\\s*|\\s+)(\\S.*)$`, 'i');

const DATE_PREFIXES: RegExp[] = [
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?(?=\s|$)/i,
  /^\d{4}[/.]\d{1,2}[/.]\d{1,2}(?=\s|$)/,
  /^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?=\s|$)/,
  /^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:GMT|UTC|UT|Z|[+-]\d{4})(?=\s|$)/i,
  new RegExp(`^(?:[A-Z][a-z]+,?\\s+)?${MONTH_PATTERN}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}(?=[\\s,]|$)`, 'i'),
  new RegExp(`^(?:[A-Z][a-z]+,?\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_PATTERN},?\\s+\\d{4}(?=[\\s,]|$)`, 'i'),
];

const TIME_AFTER_DATE =
  /^\s*(?:[-–—,|@]\s*|at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[aApP]\.?[mM]\.?)?(?:\s*(?:GMT|UTC|IST|EST|EDT|CST|CDT|PST|PDT|MST|MDT|BST|CET|CEST|EET|JST|KST|AEST|AEDT|HKT|SGT|PKT|MSK|EAT|WAT|SAST|ET|PT|CT|Z)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?)?(?=\s|$)/;

export interface HeaderField {
  key: HeaderKey;
  value: string;
}

export interface HeaderParse {
  fields: HeaderField[];
  /** The text after the header block (a value that ran into the body is cut off and the rest kept). */
  rest: string;
}

/**
 * Reads `key value` / `key: value` lines at the top of a plain-text story. A date or URL header may run
 * straight into the first body line (" date 2024-12-31 Beijing, December 31: China and ..."): the value
 * is cut at its natural end and the remainder goes back to the body.
 */
export function parseHeaders(text: string): HeaderParse {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const fields: HeaderField[] = [];
  let i = 0;
  while (i < lines.length && !(lines[i] ?? '').trim()) i++;
  for (; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (!line) {
      if (fields.length > 0) continue;
      break;
    }
    const m = HEADER_RE.exec(line);
    if (!m) break;
    const rawKey = m[1] ?? '';
    const sep = m[2] ?? '';
    const hasColon = sep.includes(':');
    // Without a colon only a lower-case key counts: "Title IX rules ..." is prose, "title ..." a header.
    if (!hasColon && rawKey !== rawKey.toLowerCase()) break;
    const key = KEY_ALIASES[rawKey.toLowerCase().replace(/\s+/g, ' ')];
    if (!key) break;
    const value = (m[3] ?? '').trim();
    if (key === 'date' || key === 'modified') {
      const dm = DATE_PREFIXES.map((re) => re.exec(value)).find((x) => x !== null);
      if (!dm || !parseDateValue(dm[0].replace(/,$/, ''))) break;
      fields.push({ key, value: dm[0].replace(/,$/, '') });
      // A clock time after the date ("December 31, 2024 - 10:30 IST") belongs to the header, not the body.
      const time = TIME_AFTER_DATE.exec(value.slice(dm[0].length));
      const remainder = value.slice(dm[0].length + (time?.[0].length ?? 0)).replace(/^[\s,;|]+/, '');
      if (remainder) return { fields, rest: [remainder, ...lines.slice(i + 1)].join('\n') };
      continue;
    }
    if (key === 'url') {
      const um = /^(?:https?:\/\/|www\.)\S+/i.exec(value);
      if (!um) break;
      fields.push({ key, value: um[0] });
      const remainder = value.slice(um[0].length).trim();
      if (remainder) return { fields, rest: [remainder, ...lines.slice(i + 1)].join('\n') };
      continue;
    }
    // A long line after a colon-less key is prose that happens to start with the word.
    if (!hasColon && value.split(/\s+/).length > 30) break;
    fields.push({ key, value });
  }
  return { fields, rest: lines.slice(i).join('\n') };
}
