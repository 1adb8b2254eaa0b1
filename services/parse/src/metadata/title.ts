/** Headline selection: the visible <h1> when it agrees with the page's declared titles, else the cleanest declared one. */

const SEPARATORS = /\s+(?:[|–—·•:»]|-{1,2}|::)\s+/;

export function normTitle(s: string): string {
  return s
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function siteKeys(siteName: string | null, url: string | null): string[] {
  const keys: string[] = [];
  if (siteName) keys.push(normTitle(siteName).replace(/ /g, ''));
  if (url) {
    try {
      const host = new URL(url).hostname.replace(/^www\d?\./, '');
      const parts = host.split('.');
      keys.push(parts.slice(0, -1).join(''), parts[0] ?? '');
    } catch {
      // not a URL
    }
  }
  return keys.filter((k) => k.length > 1);
}

/** Removes a trailing (or leading) " | Site Name" segment from a declared title. */
export function stripSiteName(title: string, siteName: string | null, url: string | null): string {
  const segs = title.split(SEPARATORS);
  if (segs.length < 2) return title.trim();
  const keys = siteKeys(siteName, url);
  const isSite = (seg: string): boolean => {
    const k = normTitle(seg).replace(/ /g, '');
    if (!k) return true;
    return keys.some((s) => k === s || (k.length >= 3 && (s.includes(k) || k.includes(s)) && seg.split(/\s+/).length <= 4));
  };
  let start = 0;
  let end = segs.length;
  while (end - start > 1 && isSite(segs[end - 1]!)) end--;
  while (end - start > 1 && isSite(segs[start]!)) start++;
  if (start === 0 && end === segs.length) {
    // No known site name: a short last segment after a pipe is still almost always the brand.
    const m = /^(.*\S)\s+[|•·»]\s+([^|]{1,40})$/.exec(title);
    if (m && m[2]!.split(/\s+/).length <= 4 && m[1]!.length > m[2]!.length) return m[1]!.trim();
    return title.trim();
  }
  // Keep the original separators inside the kept range.
  const kept = segs.slice(start, end).join(' ');
  const startIdx = title.indexOf(segs[start]!);
  const lastSeg = segs[end - 1]!;
  const endIdx = title.lastIndexOf(lastSeg) + lastSeg.length;
  return startIdx >= 0 && endIdx > startIdx ? title.slice(startIdx, endIdx).trim() : kept.trim();
}

export interface TitleSources {
  h1s: string[];
  ogTitle: string | null;
  twitterTitle: string | null;
  jsonLdHeadline: string | null;
  titleTag: string | null;
  siteName: string | null;
  url: string | null;
}

export interface TitleChoice {
  value: string | null;
  rule: string | null;
  confidence: number;
}

export function chooseTitle(src: TitleSources): TitleChoice {
  const declared = [src.ogTitle, src.jsonLdHeadline, src.twitterTitle, src.titleTag].filter((x): x is string => !!x && x.trim().length > 0);
  const declaredNorm = declared.map(normTitle);
  for (const h1 of src.h1s) {
    const n = normTitle(h1);
    if (n.length < 3) continue;
    if (
      declaredNorm.some(
        (d) =>
          d === n ||
          (d.startsWith(n) && n.length > d.length * 0.5) ||
          (n.startsWith(d) && d.length > n.length * 0.7) ||
          (d.includes(n) && n.length > 15),
      )
    ) {
      return { value: h1, rule: 'dom.h1', confidence: 0.95 };
    }
  }
  // The h1 carries a kicker or section label around the declared title ("Politics | Headline"):
  // the declared title is the headline itself.
  const stripped: [string, string][] = [
    [src.jsonLdHeadline, 'jsonld.headline'],
    [src.ogTitle, 'meta.og:title'],
    [src.twitterTitle, 'meta.twitter:title'],
    [src.titleTag, 'html.title'],
  ]
    .filter((x): x is [string, string] => !!x[0])
    .map(([t, rule]) => [stripSiteName(t, src.siteName, src.url), rule]);
  for (const h1 of src.h1s.slice(0, 2)) {
    const n = normTitle(h1);
    for (const [t, rule] of stripped) {
      const d = normTitle(t);
      if (d.length >= 15 && n.length > d.length && n.includes(d) && d.length >= n.length * 0.5) return { value: t, rule, confidence: 0.85 };
    }
  }
  // No declared title matches: the visible headline is still the best guess when it looks like one
  // (declared titles are often rewritten for social cards and search).
  const site = src.siteName ? normTitle(src.siteName) : '';
  const visible = src.h1s.find((h) => h.split(/\s+/).length >= 4 && h.length <= 300 && normTitle(h) !== site);
  if (visible) return { value: visible, rule: 'dom.h1', confidence: 0.75 };
  if (src.jsonLdHeadline && src.ogTitle && normTitle(src.jsonLdHeadline) === normTitle(stripSiteName(src.ogTitle, src.siteName, src.url))) {
    return { value: src.jsonLdHeadline.trim(), rule: 'jsonld.headline', confidence: 0.9 };
  }
  if (src.ogTitle) return { value: stripSiteName(src.ogTitle, src.siteName, src.url), rule: 'meta.og:title', confidence: 0.8 };
  if (src.jsonLdHeadline) return { value: src.jsonLdHeadline.trim(), rule: 'jsonld.headline', confidence: 0.8 };
  if (src.twitterTitle)
    return { value: stripSiteName(src.twitterTitle, src.siteName, src.url), rule: 'meta.twitter:title', confidence: 0.75 };
  const h1 = src.h1s.find((h) => h.length > 3);
  if (h1) return { value: h1, rule: 'dom.h1', confidence: 0.6 };
  if (src.titleTag) return { value: stripSiteName(src.titleTag, src.siteName, src.url), rule: 'html.title', confidence: 0.6 };
  return { value: null, rule: null, confidence: 0 };
}
