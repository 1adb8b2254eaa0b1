/** Date parsing, sanity checks and source arbitration for article metadata. */

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  janvier: 1,
  januar: 1,
  enero: 1,
  gennaio: 1,
  feb: 2,
  february: 2,
  febr: 2,
  fevrier: 2,
  février: 2,
  februar: 2,
  febrero: 2,
  febbraio: 2,
  mar: 3,
  march: 3,
  mars: 3,
  märz: 3,
  marz: 3,
  marzo: 3,
  apr: 4,
  april: 4,
  avril: 4,
  abril: 4,
  aprile: 4,
  may: 5,
  mai: 5,
  mayo: 5,
  maggio: 5,
  jun: 6,
  june: 6,
  juin: 6,
  juni: 6,
  junio: 6,
  giugno: 6,
  jul: 7,
  july: 7,
  juillet: 7,
  juli: 7,
  julio: 7,
  luglio: 7,
  aug: 8,
  august: 8,
  aout: 8,
  août: 8,
  agosto: 8,
  sep: 9,
  sept: 9,
  september: 9,
  septembre: 9,
  septiembre: 9,
  settembre: 9,
  oct: 10,
  october: 10,
  octobre: 10,
  oktober: 10,
  octubre: 10,
  ottobre: 10,
  nov: 11,
  november: 11,
  novembre: 11,
  noviembre: 11,
  dec: 12,
  december: 12,
  decembre: 12,
  décembre: 12,
  dezember: 12,
  diciembre: 12,
  dicembre: 12,
  // Portuguese, Dutch, Russian (genitive and nominative)
  janeiro: 1,
  januari: 1,
  января: 1,
  январь: 1,
  fevereiro: 2,
  februari: 2,
  февраля: 2,
  февраль: 2,
  março: 3,
  maart: 3,
  марта: 3,
  март: 3,
  апреля: 4,
  апрель: 4,
  maio: 5,
  mei: 5,
  мая: 5,
  май: 5,
  junho: 6,
  июня: 6,
  июнь: 6,
  julho: 7,
  июля: 7,
  июль: 7,
  augustus: 8,
  августа: 8,
  август: 8,
  setembro: 9,
  сентября: 9,
  сентябрь: 9,
  outubro: 10,
  октября: 10,
  октябрь: 10,
  novembro: 11,
  ноября: 11,
  ноябрь: 11,
  dezembro: 12,
  декабря: 12,
  декабрь: 12,
};

const MONTH_RE = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

export const MIN_YEAR = 1990;

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

function ymd(y: number, m: number, d: number): string | null {
  return validDay(y, m, d) ? `${pad(y, 4)}-${pad(m)}-${pad(d)}` : null;
}

const ISO_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?)?/i;
const SLASH_YMD_RE = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/;
const COMPACT_RE = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?(Z)?$/;
const EPOCH_RE = /^\d{10}(?:\d{3})?$/;
const MDY_RE = new RegExp(`\\b(${MONTH_RE})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DMY_RE = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?\\s+(?:of\\s+|de\\s+)?(${MONTH_RE})\\.?,?\\s+(?:de\\s+)?(\\d{4})\\b`, 'i');
const NUM_RE = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/;
const TIME_RE = /\b(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?/i;

/**
 * Parses a machine or human date string to ISO 8601: a full timestamp when the time is known
 * (keeping the offset as written, so the calendar day is the publisher's), else YYYY-MM-DD.
 */
export function parseDate(input: string): string | null {
  const s = input.trim();
  if (!s) return null;
  let m = ISO_RE.exec(s);
  if (m) {
    const day = ymd(Number(m[1]), Number(m[2]), Number(m[3]));
    if (!day) return null;
    if (m[4] === undefined) return day;
    const hh = Number(m[4]);
    const mm = Number(m[5]);
    const ss = Number(m[6] ?? 0);
    if (hh > 23 || mm > 59 || ss > 59) return day;
    let tz = m[7] ?? '';
    if (/^(UTC|GMT)$/i.test(tz)) tz = 'Z';
    else if (/^[+-]\d{4}$/.test(tz)) tz = `${tz.slice(0, 3)}:${tz.slice(3)}`;
    return `${day}T${pad(hh)}:${pad(mm)}:${pad(ss)}${tz.toUpperCase()}`;
  }
  if (EPOCH_RE.test(s)) {
    const ms = s.length === 13 ? Number(s) : Number(s) * 1000;
    const d = new Date(ms);
    return Number.isNaN(d.getTime()) ? null : d.toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  m = COMPACT_RE.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = SLASH_YMD_RE.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  return parseHumanDate(s);
}

/** Finds a written date ("Dec. 22, 2023", "22 December 2023", "12/22/2023") inside free text. */
export function parseHumanDate(s: string): string | null {
  let best: { index: number; day: string } | null = null;
  const consider = (index: number, day: string | null): void => {
    if (day && (!best || index < best.index)) best = { index, day };
  };
  let m = MDY_RE.exec(s);
  if (m) consider(m.index, ymd(Number(m[3]), MONTHS[m[1]!.toLowerCase()] ?? 0, Number(m[2])));
  m = DMY_RE.exec(s);
  if (m) consider(m.index, ymd(Number(m[3]), MONTHS[m[2]!.toLowerCase()] ?? 0, Number(m[1])));
  m = ISO_RE.exec(s.replace(/^.*?(?=\d{4}-\d{1,2}-\d{1,2})/, ''));
  if (m) consider(s.search(/\d{4}-\d{1,2}-\d{1,2}/), ymd(Number(m[1]), Number(m[2]), Number(m[3])));
  m = NUM_RE.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    // Dots are the day-first convention (12.03.2024 is 12 March: German, Dutch, Nordic, Russian...); slashes and
    // dashes only when unambiguous: one side above 12, or both equal.
    if (m[0].includes('.') && !m[0].includes('/') && !m[0].includes('-')) consider(m.index, ymd(Number(m[3]), b, a));
    else if (a > 12 && b <= 12) consider(m.index, ymd(Number(m[3]), b, a));
    else if (b > 12 && a <= 12) consider(m.index, ymd(Number(m[3]), a, b));
    else if (a === b) consider(m.index, ymd(Number(m[3]), a, b));
  }
  if (!best) return null;
  const found = best as { index: number; day: string };
  // A clock time right after the date makes a timestamp without offset (publisher-local).
  const rest = s.slice(found.index);
  const t = TIME_RE.exec(rest);
  if (t && t.index < 40) {
    let hh = Number(t[1]);
    const mm = Number(t[2]);
    const ap = t[4]?.toLowerCase().replace(/\./g, '');
    if (ap === 'pm' && hh < 12) hh += 12;
    if (ap === 'am' && hh === 12) hh = 0;
    if (hh <= 23 && mm <= 59) return `${found.day}T${pad(hh)}:${pad(mm)}:00`;
  }
  return found.day;
}

/** A date in a URL path: /2023/12/22/, /2023-12-22/, /20231222/. */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url;
  }
  let m = /(?:^|\/)((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?:\/|$)/.exec(path);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  // /2023/dec/21/ (month written as a word)
  m = /(?:^|\/)((?:19|20)\d{2})\/([a-z]{3,9})\/(\d{1,2})(?:\/|$)/i.exec(path);
  if (m && MONTHS[m[2]!.toLowerCase()] !== undefined) return ymd(Number(m[1]), MONTHS[m[2]!.toLowerCase()]!, Number(m[3]));
  m = /(?:^|[/_-])((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[/_.-]|$)/.exec(path);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /(?:^|[/_-])((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/.exec(path);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

/** Not before 1990 and not more than a day in the future. */
export function isSaneDate(iso: string, now: Date = new Date()): boolean {
  const y = Number(iso.slice(0, 4));
  if (!Number.isFinite(y) || y < MIN_YEAR) return false;
  const t = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(t)) return false;
  return t <= now.getTime() + 24 * 3600 * 1000;
}

export interface DateCandidate {
  value: string;
  rule: string;
  confidence: number;
}

export interface DateChoice {
  value: string | null;
  rule: string | null;
  confidence: number;
  conflicts: { value: string; rule: string }[];
}

/**
 * Picks the first sane candidate (callers order them by reliability) and keeps the candidates
 * whose calendar day disagrees as conflicts.
 */
export function chooseDate(candidates: readonly DateCandidate[], now: Date = new Date()): DateChoice {
  const sane = candidates.filter((c) => isSaneDate(c.value, now));
  const chosen = sane[0];
  if (!chosen) return { value: null, rule: null, confidence: 0, conflicts: [] };
  const day = chosen.value.slice(0, 10);
  const conflicts: { value: string; rule: string }[] = [];
  const seen = new Set<string>();
  for (const c of sane) {
    const d = c.value.slice(0, 10);
    if (d !== day && !seen.has(`${c.rule}|${d}`)) {
      seen.add(`${c.rule}|${d}`);
      conflicts.push({ value: c.value, rule: c.rule });
    }
  }
  // Agreement between independent sources raises confidence; disagreement lowers it.
  const agree = sane.filter((c) => c !== chosen && c.value.slice(0, 10) === day).length;
  let confidence = chosen.confidence + Math.min(agree * 0.05, 0.1) - (conflicts.length > 0 ? 0.15 : 0);
  confidence = Math.max(0.05, Math.min(1, confidence));
  return { value: chosen.value, rule: chosen.rule, confidence, conflicts };
}

const UTC_TS = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(?:Z|\+00:00)$/;
const OFFSET = /([+-])(\d{2}):(\d{2})$/;

/** The offset ("-05:00") of a timestamp that declares a non-zero one. */
export function offsetOf(iso: string): string | null {
  if (!/T\d{2}:\d{2}/.test(iso)) return null;
  const m = OFFSET.exec(iso);
  if (!m || (m[2] === '00' && m[3] === '00')) return null;
  return m[0];
}

function shiftDay(day: string, delta: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + delta);
  return d.toISOString().slice(0, 10);
}

/**
 * Publishers mostly emit UTC; readers (and most references) see the publisher-local day. A UTC
 * timestamp is moved to the page's own local offset when another of its timestamps declares one, or
 * to the day shown in the page text when that is one day off in the direction the clock allows.
 */
export interface VisibleDay {
  /** YYYY-MM-DD as shown in the page text. */
  day: string;
  /** The machine timestamp of the same element (`<time datetime>`), when there is one. */
  instant: string | null;
}

export function localizeDate(
  value: string,
  offsets: readonly string[],
  visibleDays: readonly VisibleDay[],
): { value: string; rule: string | null } {
  const m = UTC_TS.exec(value);
  if (!m) return { value, rule: null };
  const offset = offsets[0];
  if (offset) {
    const om = OFFSET.exec(offset)!;
    const minutes = (om[1] === '-' ? -1 : 1) * (Number(om[2]) * 60 + Number(om[3]));
    const t = new Date(Date.parse(value) + minutes * 60_000);
    const local = t.toISOString().slice(0, 19);
    return { value: `${local}${offset}`, rule: 'offset' };
  }
  const day = m[1]!;
  const hour = Number(m[2]);
  const t = Date.parse(value);
  for (const v of visibleDays) {
    // A <time> showing another instant (the update time, a related story) says nothing about this one.
    if (v.instant && Math.abs(Date.parse(v.instant) - t) > 60_000) continue;
    const d = v.day.slice(0, 10);
    if (d === day) return { value, rule: null };
    // West of UTC the local day can be the previous one before 12:00 UTC; east of UTC the next one after 12:00 UTC.
    if ((d === shiftDay(day, -1) && hour < 12) || (d === shiftDay(day, 1) && hour >= 12)) return { value: d, rule: 'visible-day' };
  }
  return { value, rule: null };
}
