import type { FetchJob, ParseJob } from '@newswire/contracts';
import { archiveRaw, getRawBytes, saveDecoded, type Db } from '@newswire/db';
import { FetchError } from './errors.js';
import { gunzipIfNeeded, prepareDocument } from './fetch-document.js';
import { fetchUrl, type FetchOptions } from './http.js';
import type { RobotsCache } from './robots.js';

export interface FetchStageDeps {
  db: Db;
  http: FetchOptions;
  /** Cap on a document's size after decompression. */
  maxBytes: number;
  /** robots.txt rules checked before each URL is fetched (absent: not checked). */
  robots?: RobotsCache | null;
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
    await robots?.check(job.source.url);
    // Every redirect target is checked too: a redirect may lead to another host, or to a path its robots.txt disallows.
    const res = await fetchUrl(job.source.url, robots ? { ...deps.http, beforeRedirect: (u) => robots.check(u) } : deps.http);
    url = res.finalUrl;
    contentType = res.contentType;
    bytes = res.bytes;
    fileName = new URL(res.finalUrl).pathname.split('/').pop() || null;
    sha256 = await archiveRaw(deps.db, { bytes, contentType, sourceUrl: res.finalUrl, fileName });
  }

  const content = await gunzipIfNeeded(bytes, deps.maxBytes);
  const doc = prepareDocument(content, { contentType, fileName: fileName?.replace(/\.gz$/i, '') ?? null });
  await saveDecoded(deps.db, sha256, { mediaType: doc.mediaType, charset: doc.charset, charsetRule: doc.charsetRule, text: doc.text });
  return { intakeId: job.intakeId, docSha256: sha256, mediaType: doc.mediaType, fileName, url };
}
