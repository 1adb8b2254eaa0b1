import { z } from 'zod';
import { enrichedArticleSchema, parsedArticleSchema } from './article.js';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'expected a sha256 hex digest');
const intakeId = z.string().min(1).max(200);
/**
 * A reprocessing run (`newswire reprocess`): carried from stage to stage and part of every later job id, so a second
 * pass over an item already processed is not mistaken for a repeat of its first jobs, and the store replaces the
 * item's article in place instead of keeping the first version.
 */
const rev = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,40}$/, 'expected letters, digits, _ or -')
  .optional();

/** fetch: get the bytes of one intake item (archived by intake, or from a URL), decode them. */
export const fetchJobSchema = z.object({
  intakeId,
  source: z.discriminatedUnion('kind', [
    /** Bytes already archived in raw_documents by the intake (files, HTTP bodies, stdin). */
    z.object({ kind: z.literal('raw'), sha256, fileName: z.string().nullable(), contentType: z.string().nullable().optional() }),
    z.object({ kind: z.literal('url'), url: z.string().url() }),
  ]),
});
export type FetchJob = z.infer<typeof fetchJobSchema>;

/** parse: the decoded document, by reference (raw_documents.sha256); never the bytes themselves. */
export const parseJobSchema = z.object({
  intakeId,
  docSha256: sha256,
  mediaType: z.string().nullable(),
  fileName: z.string().nullable(),
  url: z.string().nullable(),
  rev,
});
export type ParseJob = z.infer<typeof parseJobSchema>;

export const enrichJobSchema = z.object({
  intakeId,
  docSha256: sha256,
  article: parsedArticleSchema,
  rev,
});
export type EnrichJob = z.infer<typeof enrichJobSchema>;

export const storeJobSchema = z.object({
  intakeId,
  docSha256: sha256,
  article: enrichedArticleSchema,
  rev,
});
export type StoreJob = z.infer<typeof storeJobSchema>;
