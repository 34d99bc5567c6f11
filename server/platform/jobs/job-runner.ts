// Background work over the jobs table: imports, exports, e-mail, reminders. A job is
// claimed atomically (PostgreSQL: FOR UPDATE SKIP LOCKED, so several app instances share
// the table), reports progress as it goes, and a job whose worker died is picked up again
// once its lease runs out. Recurring tasks run on an interval in every instance; they
// must be idempotent (reminders use dedupe keys so each is sent once).
import type { FastifyBaseLogger } from 'fastify';
import { sql } from 'kysely';
import type { Config } from '../../config.js';
import { engineOf } from '../../db/dialect.js';
import type { Db } from '../../db/tx.js';
import type { JobsTable } from '../../db/schema.js';
import type { Clock } from '../clock.js';
import { MINUTE } from '../clock.js';

export interface JobRecord {
  id: number;
  kind: string;
  orgId: number | null;
  createdBy: number | null;
  payload: unknown;
  attempts: number;
}

export interface JobContext {
  progress(done: number, total: number, message?: string): Promise<void>;
}

export type JobHandler = (job: JobRecord, ctx: JobContext) => Promise<unknown>;

export interface JobStatus {
  id: number;
  kind: string;
  status: JobsTable['status'];
  progress: number;
  total: number;
  message: string | null;
  result: unknown;
  orgId: number | null;
  createdBy: number | null;
  createdAt: string;
  finishedAt: string | null;
}

export interface EnqueueOptions {
  orgId?: number | null;
  createdBy?: number | null;
  runAt?: Date;
  /** A second enqueue with the same key is ignored and returns the first job's id. */
  dedupeKey?: string;
}

export interface JobRunner {
  handle(kind: string, handler: JobHandler): void;
  every(name: string, intervalMs: number, task: () => Promise<void>): void;
  enqueue(db: Db, kind: string, payload: unknown, opts?: EnqueueOptions): Promise<number>;
  /**
   * Queues one job of `kind` per payload, a statement per 500 (a notice to a whole body queues
   * tens of thousands of e-mails); no dedupe key. Resolves with the number queued.
   */
  enqueueMany(
    db: Db,
    kind: string,
    payloads: readonly unknown[],
    opts?: Omit<EnqueueOptions, 'dedupeKey'>,
  ): Promise<number>;
  status(id: number): Promise<JobStatus | null>;
  /** Runs every due job now, one after another (tests and the CLI). */
  drain(): Promise<number>;
  /** Runs the recurring tasks once now (tests and the CLI). */
  tick(): Promise<void>;
  start(): void;
  stop(): Promise<void>;
}

const MAX_ATTEMPTS = 3;
/** Rows of one multi-row insert: 500 rows of 9 values stay under both engines' parameter limits. */
const ENQUEUE_BATCH = 500;

/** How a job run ended: done, failed and to be tried again, or failed for good. */
export type JobOutcome = 'done' | 'retry' | 'failed';

export function createJobRunner(deps: {
  db: Db;
  clock: Clock;
  log: FastifyBaseLogger;
  config: Config['jobs'];
  /** Told of every job run as it ends (metrics). */
  onOutcome?: (kind: string, outcome: JobOutcome, seconds: number) => void;
}): JobRunner {
  const { db, clock, log, config } = deps;

  function jobRow(kind: string, payload: unknown, opts: EnqueueOptions) {
    const now = clock.now().toISOString();
    return {
      kind,
      org_id: opts.orgId ?? null,
      created_by: opts.createdBy ?? null,
      payload: JSON.stringify(payload ?? {}),
      status: 'queued' as const,
      run_at: (opts.runAt ?? clock.now()).toISOString(),
      dedupe_key: opts.dedupeKey ?? null,
      created_at: now,
      updated_at: now,
    };
  }
  const handlers = new Map<string, JobHandler>();
  const recurring: { name: string; intervalMs: number; task: () => Promise<void>; lastRun: number }[] = [];
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let stopped = true;

  /** A job whose worker died on its last allowed attempt would otherwise stay 'running' forever. */
  async function failAbandoned(now: string): Promise<void> {
    await db
      .updateTable('jobs')
      .set({ status: 'failed', message: '任务多次中断，已停止', finished_at: now, updated_at: now, locked_until: null })
      .where('status', '=', 'running')
      .where('locked_until', '<', now)
      .where('attempts', '>=', MAX_ATTEMPTS)
      .execute();
  }

  async function claim(): Promise<(JobRecord & { rawPayload: string }) | null> {
    const now = clock.now().toISOString();
    const lease = new Date(clock.now().getTime() + config.leaseMs).toISOString();
    const kinds = [...handlers.keys()];
    if (!kinds.length) return null;
    await failAbandoned(now);
    const skipLocked = engineOf(db) === 'postgres' ? sql` for update skip locked` : sql``;
    // A 'running' job whose lease has expired belonged to a worker that died: take it over.
    const result = await sql<{
      id: number;
      kind: string;
      org_id: number | null;
      created_by: number | null;
      payload: string;
      attempts: number;
    }>`
      update jobs set status = 'running', locked_until = ${lease}, attempts = attempts + 1, updated_at = ${now}
      where id = (
        select id from jobs
        where kind in (${sql.join(kinds)}) and attempts < ${MAX_ATTEMPTS}
          and ((status = 'queued' and run_at <= ${now}) or (status = 'running' and locked_until < ${now}))
        order by run_at, id limit 1${skipLocked}
      )
      returning id, kind, org_id, created_by, payload, attempts`.execute(db);
    const row = result.rows[0];
    if (!row) return null;
    return {
      id: row.id,
      kind: row.kind,
      orgId: row.org_id,
      createdBy: row.created_by,
      payload: JSON.parse(row.payload),
      rawPayload: row.payload,
      attempts: row.attempts,
    };
  }

  async function runOne(job: JobRecord): Promise<void> {
    const handler = handlers.get(job.kind)!;
    const started = performance.now();
    const ended = (outcome: JobOutcome) => deps.onOutcome?.(job.kind, outcome, (performance.now() - started) / 1000);
    const ctx: JobContext = {
      async progress(done, total, message) {
        await db
          .updateTable('jobs')
          .set({ progress: done, total, message: message ?? null, updated_at: clock.now().toISOString() })
          .where('id', '=', job.id)
          .where('attempts', '=', job.attempts)
          .execute();
      },
    };
    try {
      const result = await handler(job, ctx);
      const now = clock.now().toISOString();
      await db
        .updateTable('jobs')
        .set({
          status: 'done',
          result: JSON.stringify(result ?? null),
          finished_at: now,
          updated_at: now,
          locked_until: null,
        })
        // Only the current holder: a worker whose lease ran out and was taken over must not overwrite.
        .where('id', '=', job.id)
        .where('attempts', '=', job.attempts)
        .execute();
      ended('done');
    } catch (err) {
      log.error({ err, jobId: job.id, kind: job.kind }, 'job failed');
      const now = clock.now().toISOString();
      const final = job.attempts >= MAX_ATTEMPTS || (err as { permanent?: boolean }).permanent === true;
      const message = (err as { expose?: boolean }).expose ? String((err as Error).message) : '任务执行失败';
      ended(final ? 'failed' : 'retry');
      await db
        .updateTable('jobs')
        .set(
          final
            ? { status: 'failed', message, finished_at: now, updated_at: now, locked_until: null }
            : {
                status: 'queued',
                message,
                run_at: new Date(clock.now().getTime() + MINUTE * job.attempts).toISOString(),
                updated_at: now,
                locked_until: null,
              },
        )
        .where('id', '=', job.id)
        .where('attempts', '=', job.attempts)
        .execute();
    }
  }

  async function drain(): Promise<number> {
    let count = 0;
    for (let job = await claim(); job; job = await claim()) {
      await runOne(job);
      count++;
    }
    return count;
  }

  async function tick(): Promise<void> {
    for (const r of recurring) {
      const t = clock.now().getTime();
      if (t - r.lastRun < r.intervalMs) continue;
      r.lastRun = t;
      try {
        await r.task();
      } catch (err) {
        log.error({ err, task: r.name }, 'recurring task failed');
      }
    }
  }

  async function loop(): Promise<void> {
    if (stopped) return;
    running = (async () => {
      try {
        await tick();
        await drain();
      } catch (err) {
        log.error({ err }, 'job loop error');
      }
    })();
    await running;
    running = null;
    if (!stopped) timer = setTimeout(() => void loop(), config.pollMs);
  }

  return {
    handle(kind, handler) {
      handlers.set(kind, handler);
    },
    every(name, intervalMs, task) {
      recurring.push({ name, intervalMs, task, lastRun: -Infinity });
    },
    async enqueue(trx, kind, payload, opts = {}) {
      const values = jobRow(kind, payload, opts);
      if (opts.dedupeKey) {
        const inserted = await trx
          .insertInto('jobs')
          .values(values)
          .onConflict((oc) => oc.column('dedupe_key').doNothing())
          .returning('id')
          .executeTakeFirst();
        if (inserted) return inserted.id;
        const existing = await trx
          .selectFrom('jobs')
          .select('id')
          .where('dedupe_key', '=', opts.dedupeKey)
          .executeTakeFirstOrThrow();
        return existing.id;
      }
      const row = await trx.insertInto('jobs').values(values).returning('id').executeTakeFirstOrThrow();
      return row.id;
    },
    async enqueueMany(trx, kind, payloads, opts = {}) {
      const rows = payloads.map((p) => jobRow(kind, p, opts));
      for (let i = 0; i < rows.length; i += ENQUEUE_BATCH)
        await trx
          .insertInto('jobs')
          .values(rows.slice(i, i + ENQUEUE_BATCH))
          .execute();
      return rows.length;
    },
    async status(id) {
      const r = await db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
      if (!r) return null;
      return {
        id: r.id,
        kind: r.kind,
        status: r.status,
        progress: r.progress,
        total: r.total,
        message: r.message,
        result: r.result ? JSON.parse(r.result) : null,
        orgId: r.org_id,
        createdBy: r.created_by,
        createdAt: r.created_at,
        finishedAt: r.finished_at,
      };
    },
    drain,
    tick,
    start() {
      if (!config.enabled || !stopped) return;
      stopped = false;
      timer = setTimeout(() => void loop(), 10);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      if (running) await running;
    },
  };
}
