import type { FetchJob, ParseJob } from '@newswire/contracts';
import { archiveRaw, getRawBytes, recordItemContent, saveDecoded, type Db } from '@newswire/db';
import { FetchError } from './errors.js';
import { gunzipIfNeeded, prepareDocument } from './fetch-document.js';
import { fetchUrl, type FetchOptions } from './http.js';
import { DeferError } from '@newswire/queue';
import type { HostThrottle } from './host-throttle.js';
import type { RobotsCache } from './robots.js';

export interface FetchStageDeps {
  db: Db;
  http: FetchOptions;
  /** Cap on a document's size after decompression. */
  maxBytes: number;
  /** robots.txt rules checked before each URL is fetched (absent: not checked). */
  robots?: RobotsCache | null;
  /** Per-host politeness (absent: none): a URL whose host was asked too recently is deferred, not fetched. */
  throttle?: HostThrottle | null;
}

/**
 * The fetch stage: get the item's bytes (archived by the intake, or downloaded), decompress, reject
 * what is not a text document, decode to UTF-8, archive, and hand the parse stage a reference.
 */
export async function fetchDocument(job: FetchJob, deps: FetchStageDeps): Promise<ParseJob> {
  let sha256: string;
  let bytes: Uint8Array;
  let contentType: string | null = null;
  let fileName: string | null = null;
  let url: string | null = null;

  if (job.source.kind === 'raw') {
    const raw = await getRawBytes(deps.db, job.source.sha256);
    if (!raw) {
      throw new FetchError('permanent', 'empty', `raw document ${job.source.sha256} is not in the archive; re-submit the item`);
    }
    sha256 = job.source.sha256;
    bytes = raw.bytes;
    contentType = job.source.contentType ?? raw.contentType;
    fileName = job.source.fileName ?? raw.fileName;
  } else {
    const robots = deps.robots;
    const target = job.source.url;
    await robots?.check(target);
    const throttle = deps.throttle;
    if (throttle) {
      // The job holds the host's next free slot: it is deferred until then and goes when it comes back.
      const wait = await throttle.reserve(target, job.intakeId, robots ? await robots.crawlDelayMs(target) : null);
      if (wait > 0) throw new DeferError(wait, `${new URL(target).host}: this item's turn comes in ${wait} ms`);
    }
    // Every redirect target is checked too: a redirect may lead to another host, or to a path its robots.txt disallows.
    let res;
    try {
      res = await fetchUrl(target, robots ? { ...deps.http, beforeRedirect: (u) => robots.check(u) } : deps.http);
    } catch (err) {
      // 429 / 503 with Retry-After: no job of any worker asks that host again before then.
      if (throttle && err instanceof FetchError && err.code === 'rate-limited' && err.retryAfterMs)
        await throttle.block(target, err.retryAfterMs);
      throw err;
    }
    url = res.finalUrl;
    contentType = res.contentType;
    bytes = res.bytes;
    fileName = new URL(res.finalUrl).pathname.split('/').pop() || null;
    sha256 = await archiveRaw(deps.db, { bytes, contentType, sourceUrl: res.finalUrl, fileName });
    await recordItemContent(deps.db, job.intakeId, sha256);
  }

  const content = await gunzipIfNeeded(bytes, deps.maxBytes);
  const doc = prepareDocument(content, { contentType, fileName: fileName?.replace(/\.gz$/i, '') ?? null });
  await saveDecoded(deps.db, sha256, { mediaType: doc.mediaType, charset: doc.charset, charsetRule: doc.charsetRule, text: doc.text });
  return { intakeId: job.intakeId, docSha256: sha256, mediaType: doc.mediaType, fileName, url };
}
