const TRACKING_PARAM = /^(utm_[a-z]+|fbclid|gclid|dclid|mc_cid|mc_eid|igshid|ref|cmpid|ocid|smid|sr_share)$/i;

/** Lower-cased scheme and host, no default port, no fragment, no tracking parameters, sorted query,
 * no trailing slash: the key under which a URL's article is stored once. */
export function normalizeUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  u.hostname = u.hostname.toLowerCase().replace(/^www\./, '');
  if ((u.protocol === 'http:' && u.port === '80') || (u.protocol === 'https:' && u.port === '443')) u.port = '';
  const params = [...u.searchParams.entries()].filter(([k]) => !TRACKING_PARAM.test(k)).sort(([a], [b]) => a.localeCompare(b));
  u.search = new URLSearchParams(params).toString();
  let path = u.pathname.replace(/\/+$/, '');
  if (path === '') path = '';
  return `https://${u.hostname}${u.port ? `:${u.port}` : ''}${path}${u.search}`;
}
