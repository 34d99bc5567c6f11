// The cross-cutting services, built once per app and handed to each module. A module
// takes what it needs from here; nothing here knows any module.
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.js';
import { openDatabase, type Database } from '../db/database.js';
import type { Engine } from '../db/dialect.js';
import type { ChangeTracker } from '../db/change-tracker.js';
import type { Db } from '../db/tx.js';
import { createOrgTree, type OrgTree } from './access/org-tree.js';
import { createAuditLog, type AuditLog } from './audit/audit-log.js';
import { createSessionStore, type SessionStore } from './auth/sessions.js';
import { HOUR, systemClock, type Clock } from './clock.js';
import { createPersonalDataCipher, type PersonalDataCipher } from './crypto/personal-data.js';
import { createFileService, type FileService } from './files/file-service.js';
import { openFileStore } from './files/open-store.js';
import { createJobRunner, type JobRunner } from './jobs/job-runner.js';
import { createMetrics, type Metrics } from './metrics/metrics.js';
import { createNotifier, type Notifier } from './notify/notifier.js';

export interface Platform {
  config: Config;
  database: Database;
  db: Db;
  engine: Engine;
  /** For read caches: null where they are off (server/platform/read-cache.ts). */
  changes: ChangeTracker | null;
  clock: Clock;
  audit: AuditLog;
  cipher: PersonalDataCipher;
  orgTree: OrgTree;
  sessions: SessionStore;
  files: FileService;
  jobs: JobRunner;
  notify: Notifier;
  /** Null unless /metrics is switched on (METRICS_TOKEN or METRICS_ALLOW). */
  metrics: Metrics | null;
}

export const APP_VERSION = '0.1.0';

export interface PlatformOptions {
  clock?: Clock;
  database?: Database;
}

export function createPlatform(config: Config, log: FastifyBaseLogger, opts: PlatformOptions = {}): Platform {
  const database = opts.database ?? openDatabase(config);
  const metrics = config.metrics
    ? createMetrics({ engine: database.engine, fileStore: config.fileStore.kind, version: APP_VERSION })
    : null;
  // Every statement of the app is timed through this handle when metrics are on.
  const db = metrics ? database.db.withPlugin(metrics.statementTimer) : database.db;
  const clock = opts.clock ?? systemClock;
  const audit = createAuditLog({ db, clock });
  const jobs = createJobRunner({ db, clock, log, config: config.jobs, onOutcome: metrics?.observeJob });
  metrics?.watch({
    db,
    pool: database.pool,
    poolMax: config.database.kind === 'postgres' ? config.database.poolSize : undefined,
  });
  const cipher = createPersonalDataCipher(config.dataKey);
  const files = createFileService({
    db,
    clock,
    audit,
    cipher,
    store: openFileStore(config),
    limits: config.upload,
  });
  jobs.every('files.purge-expired', HOUR, async () => {
    await files.purgeExpired();
  });
  return {
    config,
    database,
    db,
    engine: database.engine,
    changes: database.changes,
    clock,
    audit,
    cipher,
    orgTree: createOrgTree(db),
    sessions: createSessionStore({ db, clock, config, changes: database.changes }),
    files,
    jobs,
    notify: createNotifier({ db, clock, jobs, config, log }),
    metrics,
  };
}
