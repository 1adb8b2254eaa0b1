import { createHash } from 'node:crypto';
import type { Db } from '../db.js';

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Archives bytes content-addressed; archiving the same bytes twice keeps one row. Returns the key. */
export async function archiveRaw(
  db: Db,
  doc: { bytes: Uint8Array; contentType?: string | null; fileName?: string | null; sourceUrl?: string | null },
): Promise<string> {
  const sha256 = sha256Hex(doc.bytes);
  await db
    .insertInto('raw_documents')
    .values({
      sha256,
      bytes: Buffer.from(doc.bytes.buffer, doc.bytes.byteOffset, doc.bytes.byteLength),
      size: doc.bytes.byteLength,
      content_type: doc.contentType ?? null,
      file_name: doc.fileName ?? null,
      source_url: doc.sourceUrl ?? null,
      media_type: null,
      charset: null,
      charset_rule: null,
      text: null,
    })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .execute();
  return sha256;
}

export async function getRawBytes(
  db: Db,
  sha256: string,
): Promise<{ bytes: Buffer; contentType: string | null; fileName: string | null } | undefined> {
  const row = await db
    .selectFrom('raw_documents')
    .select(['bytes', 'content_type', 'file_name'])
    .where('sha256', '=', sha256)
    .executeTakeFirst();
  return row ? { bytes: row.bytes, contentType: row.content_type, fileName: row.file_name } : undefined;
}

/** Records how the fetch stage decoded a document, and the decoded text the parse stage reads. */
export async function saveDecoded(
  db: Db,
  sha256: string,
  d: { mediaType: string | null; charset: string; charsetRule: string; text: string },
): Promise<void> {
  await db
    .updateTable('raw_documents')
    .set({ media_type: d.mediaType, charset: d.charset, charset_rule: d.charsetRule, text: d.text })
    .where('sha256', '=', sha256)
    .execute();
}

export async function getDecodedText(
  db: Db,
  sha256: string,
): Promise<{ text: string; mediaType: string | null; fileName: string | null; sourceUrl: string | null } | undefined> {
  const row = await db
    .selectFrom('raw_documents')
    .select(['text', 'media_type', 'file_name', 'source_url'])
    .where('sha256', '=', sha256)
    .executeTakeFirst();
  if (!row || row.text === null) return undefined;
  return { text: row.text, mediaType: row.media_type, fileName: row.file_name, sourceUrl: row.source_url };
}
