import { randomBytes } from 'node:crypto';
import type { IntakeSourceKind } from '@newswire/contracts';
import { archiveRaw, createIntakeItem, findLatestItem, type Db } from '@newswire/db';
import { enqueue, type StageQueues } from '@newswire/queue';

export interface SubmitDeps {
  db: Db;
  queues: StageQueues;
}

/** Time-ordered, unique, URL-safe: "m3x9k2a1-4f8e2c1d". */
export function newIntakeId(now = Date.now()): string {
  return `${now.toString(36)}-${randomBytes(4).toString('hex')}`;
}

export class SubmitError extends Error {
  readonly kind = 'permanent';
}

/**
 * Archives the bytes (content-addressed, so nothing rides in Redis), records the intake item and enqueues
 * the fetch job. If an unfinished item for the same source and bytes exists (a crash between enqueue and the
 * file leaving the intake folder), that item is resumed: same id, same job id, so nothing runs twice.
 */
export async function submitBytes(
  deps: SubmitDeps,
  doc: { bytes: Uint8Array; sourceKind: IntakeSourceKind; sourceRef: string; fileName?: string | null; contentType?: string | null },
): Promise<{ intakeId: string; resumed: boolean }> {
  const sha256 = await archiveRaw(deps.db, { bytes: doc.bytes, contentType: doc.contentType ?? null, fileName: doc.fileName ?? null });
  const pending = await findLatestItem(deps.db, doc.sourceKind, doc.sourceRef, sha256, { pendingOnly: true });
  const intakeId = pending?.id ?? newIntakeId();
  if (!pending)
    await createIntakeItem(deps.db, { id: intakeId, sourceKind: doc.sourceKind, sourceRef: doc.sourceRef, contentSha256: sha256 });
  await enqueue(deps.queues, 'fetch', {
    intakeId,
    source: { kind: 'raw', sha256, fileName: doc.fileName ?? null, contentType: doc.contentType ?? null },
  });
  return { intakeId, resumed: Boolean(pending) };
}

export function checkUrl(raw: string): string {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new SubmitError(`not a valid URL: ${JSON.stringify(raw)} (expected http:// or https://)`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:')
    throw new SubmitError(`unsupported URL scheme ${u.protocol} in ${raw}: only http and https are fetched`);
  return u.toString();
}

export async function submitUrl(deps: SubmitDeps, rawUrl: string, sourceKind: IntakeSourceKind = 'url'): Promise<{ intakeId: string }> {
  const url = checkUrl(rawUrl);
  const intakeId = newIntakeId();
  await createIntakeItem(deps.db, { id: intakeId, sourceKind, sourceRef: url });
  await enqueue(deps.queues, 'fetch', { intakeId, source: { kind: 'url', url } });
  return { intakeId };
}
