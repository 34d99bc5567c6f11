// GET /readyz: may this instance be sent traffic? Yes (200) only when the database answers, every
// migration this build knows is applied, and the file store answers; otherwise 503 in the error
// shape, with each check's finding in `details`. /healthz stays the cheaper "is the database up"
// and /healthz/ping the liveness answer. Each check gives up after CHECK_TIMEOUT_MS, so a
// hanging dependency makes the instance not ready rather than the probe hang.
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { migrations } from '../../db/migrations/index.js';
import type { Db } from '../../db/tx.js';
import { AppError } from '../errors.js';
import type { FileStore } from '../files/store.js';
import { sendError } from '../http/error-handler.js';

const CHECK_TIMEOUT_MS = 3000;

function withTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

const reason = (err: unknown) => (err instanceof Error ? err.message : String(err));

export async function readiness(deps: { db: Db; store: FileStore }): Promise<Record<string, string>> {
  const known = Object.keys(migrations);
  const [database, migrated, fileStore] = await Promise.allSettled([
    withTimeout(sql`select 1`.execute(deps.db)),
    withTimeout(sql<{ name: string }>`select name from schema_migrations`.execute(deps.db)),
    withTimeout(deps.store.check()),
  ]);
  let pending: string;
  if (migrated.status === 'rejected') pending = database.status === 'fulfilled' ? 'never migrated' : 'unknown';
  else {
    const applied = new Set(migrated.value.rows.map((r) => r.name));
    const missing = known.filter((m) => !applied.has(m));
    pending = missing.length ? `${missing.length} pending: ${missing.join(', ')} (run lvzhi migrate)` : 'ok';
  }
  return {
    database: database.status === 'fulfilled' ? 'ok' : reason(database.reason),
    migrations: pending,
    fileStore: fileStore.status === 'fulfilled' ? 'ok' : reason(fileStore.reason),
  };
}

export function readinessRoutes(app: FastifyInstance, deps: { db: Db; files: { store: FileStore } }): void {
  app.get('/readyz', { schema: { hide: true } }, async (request, reply) => {
    const checks = await readiness({ db: deps.db, store: deps.files.store });
    if (Object.values(checks).every((v) => v === 'ok')) return { status: 'ready', checks };
    const failing = Object.entries(checks).filter(([, v]) => v !== 'ok');
    return sendError(
      request,
      reply,
      new AppError(503, 'NOT_READY', `not ready: ${failing.map(([k, v]) => `${k}: ${v}`).join('; ')}`, checks),
    );
  });
}
