/** Calendar arithmetic on plain dates (UTC, no time of day). */

export interface Ymd {
  y: number;
  m: number; // 1..12
  d: number; // 1..31
}

const DAY_MS = 86_400_000;

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function toDayNumber({ y, m, d }: Ymd): number {
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function fromDayNumber(n: number): Ymd {
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(date: Ymd, days: number): Ymd {
  return fromDayNumber(toDayNumber(date) + days);
}

/** 0 = Sunday .. 6 = Saturday */
export function weekday(date: Ymd): number {
  return new Date(Date.UTC(date.y, date.m - 1, date.d)).getUTCDay();
}

export function addMonths(y: number, m: number, delta: number): { y: number; m: number } {
  const idx = y * 12 + (m - 1) + delta;
  return { y: Math.floor(idx / 12), m: (idx % 12) + 1 };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export const formatDay = ({ y, m, d }: Ymd): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
export const formatMonth = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;
export const formatYear = (y: number): string => pad(y, 4);

/** The calendar date of an ISO 8601 date or timestamp ("2024-12-31", "2024-12-31T23:00:00Z"), as written. */
export function parseReferenceDate(iso: string | null): Ymd | null {
  if (iso === null) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return isValidYmd(y, mo, d) ? { y, m: mo, d } : null;
}
