import http from 'node:http';
import type { Db } from '@newswire/db';
import type { Logger } from '@newswire/logger';
import type { StageQueues } from '@newswire/queue';
import { describeIntakeItem } from './status.js';
import { SubmitError, submitBytes, submitUrl } from './submit.js';

export interface HttpApiOptions {
  host: string;
  port: number;
  maxBytes: number;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function readBody(req: http.IncomingMessage, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) throw new HttpError(413, `body larger than INTAKE_MAX_BYTES=${max} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(`${JSON.stringify(body, null, 2)}\n`);
}

/**
 * POST /ingest      a document body (any content type; ?filename=x.html helps format detection), or
 *                   JSON {"url": "https://..."} to fetch a URL. Answers 202 {id, state, status}.
 * GET  /intake/:id  the item's state, article, children, lineage and failures.
 * GET  /healthz
 */
export function createHttpApi(deps: { db: Db; queues: StageQueues; log: Logger }, opts: HttpApiOptions): http.Server {
  const log = deps.log.child({ component: 'http' });
  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = async (): Promise<void> => {
      if (req.method === 'GET' && url.pathname === '/healthz') return send(res, 200, { ok: true });
      const m = /^\/intake\/([^/]+)$/.exec(url.pathname);
      if (req.method === 'GET' && m?.[1]) {
        const status = await describeIntakeItem(deps.db, decodeURIComponent(m[1]));
        return status ? send(res, 200, status) : send(res, 404, { error: `no intake item ${m[1]}` });
      }
      if (req.method === 'POST' && url.pathname === '/ingest') {
        const body = await readBody(req, opts.maxBytes);
        const contentType = req.headers['content-type'] ?? null;
        if (body.length === 0) throw new HttpError(400, 'empty body: send a document, or JSON {"url": "https://..."}');
        let id: string;
        const asJson = contentType?.includes('json') ? tryJson(body) : undefined;
        if (asJson && typeof asJson === 'object' && asJson !== null && 'url' in asJson && Object.keys(asJson).length === 1) {
          id = (await submitUrl(deps, String((asJson as { url: unknown }).url), 'http')).intakeId;
        } else {
          const fileName = url.searchParams.get('filename');
          id = (
            await submitBytes(deps, {
              bytes: body,
              sourceKind: 'http',
              sourceRef: fileName ?? `http:${new Date().toISOString()}`,
              fileName,
              contentType,
            })
          ).intakeId;
        }
        log.info({ intakeId: id }, 'accepted');
        return send(res, 202, { id, state: 'pending', status: `/intake/${id}` });
      }
      throw new HttpError(404, `no route ${req.method} ${url.pathname}; try POST /ingest or GET /intake/:id`);
    };
    route().catch((err: unknown) => {
      if (err instanceof HttpError) return send(res, err.status, { error: err.message });
      if (err instanceof SubmitError) return send(res, 400, { error: err.message });
      log.error({ err }, 'request failed');
      send(res, 503, { error: `could not accept the item: ${(err as Error).message}` });
    });
  });
}

function tryJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}
