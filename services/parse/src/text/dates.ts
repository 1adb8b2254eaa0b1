/** Date parsing shared by every format: header values, datelines, JSON fields, feed dates. */

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

/** Month names and their usual abbreviations (with optional period), for building regexes. */
export const MONTH_PATTERN =
  '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';

export function monthNumber(name: string): number | null {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? null;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** YYYY-MM-DD, or null when the day does not exist. */
export function isoDate(y: number, m: number, d: number): string | null {
  if (!(y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * The year that puts month/day closest to a reference date: a "Dec. 31" dateline on a story dated
 * 2025-01-02 is 2024-12-31.
 */
export function resolveYear(month: number, day: number, ref: string | null): string | null {
  const r = ref ? /^(\d{4})-(\d{2})-(\d{2})/.exec(ref) : null;
  if (!r) return null;
  const ry = Number(r[1]);
  const refMs = Date.UTC(ry, Number(r[2]) - 1, Number(r[3]));
  let best: string | null = null;
  let bestDist = Infinity;
  for (const y of [ry - 1, ry, ry + 1]) {
    const iso = isoDate(y, month, day);
    if (!iso) continue;
    const dist = Math.abs(Date.UTC(y, month - 1, day) - refMs);
    if (dist < bestDist) {
      best = iso;
      bestDist = dist;
    }
  }
  return best;
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * Parses the date formats found in headers, metadata and feeds. Returns YYYY-MM-DD for date-only
 * values and a full ISO timestamp (UTC) when a time with a zone is given; null when unparseable.
 */
export function parseDateValue(raw: string | number | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') return fromEpoch(raw);
  const s = raw.trim().replace(/\s+/g, ' ');
  if (!s) return null;
  if (/^\d{9,13}$/.test(s)) return fromEpoch(Number(s));
  const iso = ISO_RE.exec(s);
  if (iso) {
    const date = isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (!date) return null;
    if (iso[4] === undefined) return date;
    const zone = iso[7] ? (iso[7].toUpperCase() === 'Z' ? 'Z' : iso[7].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '';
    const stamp = `${date}T${iso[4]}:${iso[5]}:${iso[6] ?? '00'}${zone}`;
    if (!zone) return stamp;
    const ms = Date.parse(stamp);
    return Number.isNaN(ms) ? date : new Date(ms).toISOString();
  }
  const ymd = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(s);
  if (ymd) return isoDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (dmy) {
    const a = Number(dmy[1]);
    const b = Number(dmy[2]);
    // Ambiguous 03/04/2024: day-first is the international default; US order only when forced.
    return a > 12 ? isoDate(Number(dmy[3]), b, a) : b > 12 ? isoDate(Number(dmy[3]), a, b) : isoDate(Number(dmy[3]), b, a);
  }
  const text = parseTextDate(s);
  if (text) return text;
  // RFC 822/1123 ("Tue, 31 Dec 2024 08:00:00 GMT") and similar that carry a time.
  if (/\d{1,2}:\d{2}/.test(s) && /\b\d{4}\b/.test(s)) {
    const ms = Date.parse(s.replace(/\b(UT|UTC)\b/, 'GMT'));
    if (!Number.isNaN(ms)) return new Date(ms).toISOString();
  }
  return null;
}

function fromEpoch(n: number): string | null {
  if (!Number.isFinite(n) || n <= 0) return null;
  const ms = n < 1e11 ? n * 1000 : n;
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  return y >= 1900 && y <= 2100 ? d.toISOString() : null;
}

const TEXT_MDY = new RegExp(`^(?:[A-Z][a-z]+,?\\s+)?(${MONTH_PATTERN})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$`, 'i');
const TEXT_DMY = new RegExp(`^(?:[A-Z][a-z]+,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_PATTERN}),?\\s+(\\d{4})$`, 'i');

/** "December 31, 2024", "Dec. 31 2024", "Tuesday, 31 December 2024", "31st of Dec 2024". */
export function parseTextDate(s: string): string | null {
  const t = s.trim();
  const a = TEXT_MDY.exec(t);
  if (a) {
    const m = monthNumber(a[1] ?? '');
    return m ? isoDate(Number(a[3]), m, Number(a[2])) : null;
  }
  const b = TEXT_DMY.exec(t);
  if (b) {
    const m = monthNumber(b[2] ?? '');
    return m ? isoDate(Number(b[3]), m, Number(b[1])) : null;
  }
  return null;
}

/** The YYYY-MM-DD part of an ISO date or timestamp. */
export function dayOf(iso: string | null): string | null {
  return iso ? (/^\d{4}-\d{2}-\d{2}/.exec(iso)?.[0] ?? null) : null;
}
