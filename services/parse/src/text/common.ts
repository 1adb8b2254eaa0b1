import { emptyParsedArticle, type InputFormat, type ParsedArticle, type Provenance } from '@newswire/contracts';

/** A blank article of the given format; parsers fill in what they find. */
export const emptyArticle = (format: InputFormat): ParsedArticle => emptyParsedArticle(format);

export function prov(rule: string, confidence: number): Provenance {
  return { rule, confidence };
}

/** Collapses every run of whitespace (incl. NBSP and zero-width) to one space and trims. */
export function normalizeSpace(s: string): string {
  return s
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();
}

const WORD_RE = /[\p{L}\p{N}]+/gu;

export function countWords(s: string): number {
  let n = 0;
  for (const m of s.matchAll(WORD_RE)) if (/\p{L}/u.test(m[0])) n++;
  return n;
}

const AGENCY_BYLINE =
  /^(?:staff(?: writer| reporter)?|(?:the )?associated press|ap|afp|reuters|xinhua|ians|pti|ani|dpa|upi|bloomberg|efe|ansa|kyodo|yonhap|tass|anadolu|news desk|web desk|desk)$/i;

/** Splits an author string like "By Jane Doe and John Roe, Reuters" into names. */
export function splitAuthors(raw: string): string[] {
  const s = normalizeSpace(raw.replace(/^\s*(?:by|written by|from)\s*[:-]?\s+/i, ''));
  if (!s) return [];
  const names = s
    .split(/\s*(?:,|;|\band\b|&|\|)\s*/i)
    .map((a) => a.trim().replace(/^by\s+/i, ''))
    .filter((a) => a.length > 1 && /\p{L}/u.test(a) && countWords(a) <= 6);
  // "Jane Doe, Reuters": the agency is the outlet, not an author, unless it is the only byline.
  const people = names.filter((a) => !AGENCY_BYLINE.test(a));
  return people.length ? people : names;
}

export function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/**
 * A first paragraph that is only a byline ("By Jane Doe and John F. Roe, Reuters"; names only, no lower-case
 * words besides joiners): the names, or null. Markdown emphasis around it ("*By Jane Doe*") is ignored.
 */
export function bylineNames(paragraph: string | undefined): string[] | null {
  const m = /^by\s+(\p{Lu}[^!?]{1,80})$/iu.exec((paragraph ?? '').replace(/^[*_]+|[*_]+$/g, '').trim());
  const names = m?.[1] ?? '';
  if (!m || countWords(names) > 12) return null;
  if (/(?<![\p{L}'’])(?!(?:and|de|da|del|der|van|von|la|le|of|the|bin|al)\b)\p{Ll}/u.test(names)) return null;
  const out = splitAuthors(names);
  return out.length ? out : null;
}
