import { timingSafeEqual } from 'node:crypto';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import { STAGES } from '@newswire/contracts';
import { countByState, type Db } from '@newswire/db';
import type { StageQueues } from '@newswire/queue';

export interface DashboardOptions {
  basePath: string;
  /** Basic auth; both set or both null. */
  user: string | null;
  password: string | null;
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function basicAuth(user: string, password: string) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const header = req.headers.authorization ?? '';
    const [scheme, encoded] = header.split(' ');
    if (scheme === 'Basic' && encoded) {
      const [u, ...rest] = Buffer.from(encoded, 'base64').toString('utf8').split(':');
      if (safeEqual(u ?? '', user) && safeEqual(rest.join(':'), password)) return next();
    }
    res.setHeader('WWW-Authenticate', 'Basic realm="newswire"');
    res.status(401).send('authentication required');
  };
}

/** Prometheus metrics: job counts per queue and state, intake items per final state, process metrics. */
export function createMetrics(queues: StageQueues, db: Db): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'newswire_dashboard_' });
  new Gauge({
    name: 'newswire_queue_jobs',
    help: 'Jobs per queue and state',
    labelNames: ['queue', 'state'],
    registers: [registry],
    async collect() {
      for (const stage of STAGES) {
        const counts = await queues[stage].getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed', 'paused', 'prioritized');
        for (const [state, n] of Object.entries(counts)) this.set({ queue: stage, state }, n);
      }
    },
  });
  new Gauge({
    name: 'newswire_intake_items',
    help: 'Intake items per state',
    labelNames: ['state'],
    registers: [registry],
    async collect() {
      const counts = await countByState(db);
      for (const state of ['pending', 'stored', 'duplicate', 'failed', 'expanded']) this.set({ state }, counts[state] ?? 0);
    },
  });
  return registry;
}

/** bull-board over every stage queue, /healthz and /metrics. */
export function createDashboard(deps: { queues: StageQueues; db: Db; ping: () => Promise<void> }, opts: DashboardOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  const metrics = createMetrics(deps.queues, deps.db);

  app.get('/healthz', (_req, res) => {
    deps.ping().then(
      () => res.json({ ok: true }),
      (err: unknown) => res.status(503).json({ ok: false, error: (err as Error).message }),
    );
  });
  app.get('/metrics', (_req, res) => {
    metrics.metrics().then(
      (body) => res.type(metrics.contentType).send(body),
      (err: unknown) => res.status(500).send(String(err)),
    );
  });

  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(opts.basePath);
  createBullBoard({
    queues: STAGES.map((s) => new BullMQAdapter(deps.queues[s], { readOnlyMode: false, description: `newswire ${s} stage` })),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'newswire' } },
  });
  const router = serverAdapter.getRouter() as express.Router;
  if (opts.user && opts.password) app.use(opts.basePath, basicAuth(opts.user, opts.password), router);
  else app.use(opts.basePath, router);
  if (opts.basePath !== '/') app.get('/', (_req, res) => res.redirect(opts.basePath));
  return app;
}
