// PostgreSQL: hears every committed change to the tables the read caches read, whoever made
// it (this instance, another one, psql), and moves the tracker's counters (docs/adr/0015).
//
// The database announces the changes itself: a trigger on each watched table does
// `pg_notify('lvzhi_changes', table)` (`table+` for an insert: rows added), which PostgreSQL
// delivers only if and when the writing transaction commits, in commit order. This listener
// holds one connection of its own (not from the pool) that LISTENs on that channel.
//
// Hearing is asynchronous: a commit's NOTIFY can still be on its way when the writer's answer
// has reached its client and that client's next request reaches another instance. So a reader
// first syncs: a round trip on this same connection, sent after the read began. The backend
// sends every notification signalled to it before it reads the next query (PostgreSQL
// processes pending notify interrupts on reading a client message), so when the round trip
// answers, every commit that finished before it was sent has been counted. One round trip
// serves every read waiting at the time.
//
// While the connection is down, and until it is back and LISTENing, the tracker says it cannot
// hear: stamps are null and the caches are off. Reconnecting counts as a change to everything
// (what was committed in between was not heard).
import pg from 'pg';
import type { ChangeFeed, ChangeTracker } from './change-tracker.js';

export const CHANNEL = 'lvzhi_changes';

/** The tables with the announcing triggers (migration 202612060000_change_notify). */
const WATCHED_SQL = `select distinct c.relname as name from pg_trigger t join pg_class c on c.oid = t.tgrelid
  where t.tgname like 'lvzhi\\_changes\\_%' and pg_table_is_visible(c.oid)`;

export interface ListenerOptions {
  /** First wait before reconnecting (doubled on each failure, up to 5 s). */
  retryMs?: number;
  /** A sync not answered within this is a lost connection. */
  syncTimeoutMs?: number;
}

export class ChangeListener implements ChangeFeed {
  private client: pg.Client | null = null;
  private hearing = false;
  private started = false;
  private closed = false;
  private retryMs: number;
  private retryTimer: NodeJS.Timeout | undefined;
  private inflight: Promise<boolean> | null = null;
  private queued: Promise<boolean> | null = null;

  constructor(
    private readonly url: string,
    private readonly tracker: ChangeTracker,
    private readonly options: ListenerOptions = {},
  ) {
    this.retryMs = options.retryMs ?? 100;
    tracker.attachFeed(this);
  }

  /** The PostgreSQL process id of the listening connection (tests end it to cut the line). */
  get backendPid(): number | null {
    return this.hearing ? ((this.client as unknown as { processID: number | null })?.processID ?? null) : null;
  }

  get isHearing(): boolean {
    return this.hearing;
  }

  /**
   * Resolves true once every change committed before this call has been heard. The first call
   * starts listening (a CLI process that never reads through a cache never opens the connection)
   * and, like every call while not listening, resolves false.
   */
  sync(): Promise<boolean> {
    if (!this.started) this.start();
    if (!this.hearing || !this.client) return Promise.resolve(false);
    // A round trip already sent may have left before this read began: wait for the next one.
    if (this.queued) return this.queued;
    if (!this.inflight) return (this.inflight = this.roundTrip(this.client));
    this.queued = this.inflight.then(() => {
      this.queued = null;
      if (!this.hearing || !this.client) return false;
      return (this.inflight = this.roundTrip(this.client));
    });
    return this.queued;
  }

  /** Starts listening now (the first sync does it; tests may sooner). */
  start(): void {
    if (this.started || this.closed) return;
    this.started = true;
    void this.connect();
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retryTimer);
    const client = this.client;
    this.drop();
    await client?.end().catch(() => undefined);
  }

  private roundTrip(client: pg.Client): Promise<boolean> {
    const timeoutMs = this.options.syncTimeoutMs ?? 5000;
    let timer: NodeJS.Timeout | undefined;
    const answered = client.query(';').then(
      () => this.hearing && this.client === client,
      () => false,
    );
    const timedOut = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const trip = Promise.race([answered, timedOut]).then((ok) => {
      clearTimeout(timer);
      if (!ok) this.lost(client);
      if (this.inflight === trip) this.inflight = null;
      return ok;
    });
    return trip;
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({
      connectionString: this.url,
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
      application_name: 'lvzhi-changes',
    });
    this.client = client;
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    client.on('notification', (m) => {
      if (this.client === client) this.heard(client, m.payload ?? '');
    });
    try {
      await client.connect();
      await client.query(`listen ${CHANNEL}`);
      // The sync relies on its round trip reaching the very backend that listens. Behind a pooler
      // in transaction mode it may not, and notifications may go to another client: the process
      // id the server announced and the backend's own then differ (a pooler announces its own).
      const backend = await client.query<{ pid: number }>('select pg_backend_pid() as pid');
      if (backend.rows[0]?.pid !== (client as unknown as { processID: number | null }).processID) {
        this.warnNotASession();
        throw new Error('not a session of its own');
      }
      const watched = await this.readWatched(client);
      if (this.client !== client) return; // lost meanwhile: already reconnecting
      // Only now, LISTENing: everything committed before counts as changed (setHearing does).
      this.hearing = true;
      this.tracker.setHearing(true, watched);
      this.retryMs = this.options.retryMs ?? 100;
    } catch {
      this.lost(client);
    }
  }

  private warned = false;
  private warnNotASession(): void {
    if (this.warned) return;
    this.warned = true;
    process.emitWarning(
      'The read caches stay off: the change listener is not connected to a PostgreSQL session of its own ' +
        '(a pooler in transaction mode?). Point DATABASE_LISTEN_URL at the server itself (docs/adr/0015).',
    );
  }

  private async readWatched(client: pg.Client): Promise<Set<string>> {
    const res = await client.query<{ name: string }>(WATCHED_SQL);
    return new Set(res.rows.map((r) => r.name));
  }

  private heard(client: pg.Client, payload: string): void {
    const added = payload.endsWith('+');
    const table = added ? payload.slice(0, -1) : payload;
    if (/^\w+$/.test(table)) {
      if (added) this.tracker.rowsAdded(table);
      else this.tracker.rowsAltered(table);
      return;
    }
    // '*' (the watched tables changed, or someone asks every instance to forget) or anything
    // unknown: everything changed; read the watched tables again.
    this.tracker.changedEverything();
    this.readWatched(client).then(
      (watched) => {
        if (this.client === client && this.hearing) this.tracker.setHearing(true, watched);
      },
      () => this.lost(client),
    );
  }

  /** Stops hearing on this connection (once) and, unless closed, reconnects after a pause. */
  private lost(client: pg.Client): void {
    if (this.client !== client) return;
    this.drop();
    client.end().catch(() => undefined);
    if (this.closed) return;
    this.retryTimer = setTimeout(() => void this.connect(), this.retryMs);
    this.retryTimer.unref();
    this.retryMs = Math.min(this.retryMs * 2, 5000);
  }

  private drop(): void {
    this.client = null;
    if (this.hearing) {
      this.hearing = false;
      this.tracker.setHearing(false);
    }
  }
}
