// Where the generated rows go: straight into the database, a batch of rows per statement
// inside large transactions. SQLite: prepared multi-row INSERTs on the raw better-sqlite3
// handle (journal and fsync off while loading, WAL switched on at the end). PostgreSQL:
// one INSERT … SELECT FROM unnest($1::int8[], …) per batch (COPY-like: one parameter per
// column), sent without waiting so the server inserts while the next batch is generated.
// Plain indexes are dropped before the load and rebuilt from their own definitions after.
import type SQLite from 'better-sqlite3';
import type pg from 'pg';

/** int: integers and keys; tsv: space-separated tokens stored as a tsvector (PostgreSQL). */
export type ColType = 'int' | 'text' | 'real' | 'tsv';
export type Value = string | number | null;

export interface TableWriter {
  add(row: Value[]): void;
  readonly count: number;
}

export interface Sink {
  readonly engine: 'sqlite' | 'postgres';
  table(name: string, columns: [string, ColType][]): TableWriter;
  /** Sends every buffered row and commits what has been written so far. */
  checkpoint(): Promise<void>;
  /** Waits while the database is behind (PostgreSQL); called between proposals. */
  pace(): Promise<void>;
  /** One statement with `?` placeholders, after everything buffered. */
  exec(sql: string, params: Value[]): Promise<void>;
  dropIndexes(): Promise<number>;
  rebuildIndexes(onEach?: (name: string, ms: number) => void): Promise<void>;
  /** Flushes, commits, restores normal settings (WAL on SQLite, sequences and statistics on PostgreSQL). */
  finish(sequences: Record<string, number>): Promise<void>;
  rowsWritten(): Record<string, number>;
}

const SQLITE_MAX_PARAMS = 30000;
const PG_BATCH_ROWS = 2000;
/** PostgreSQL batches sent and not yet answered, at most: bounds memory while overlapping work. */
const PG_IN_FLIGHT = 4;

abstract class BaseSink {
  protected readonly writers = new Map<
    string,
    { columns: [string, ColType][]; rows: Value[][]; count: number; batch: number }
  >();
  protected dropped: { name: string; sql: string }[] = [];

  table(name: string, columns: [string, ColType][]): TableWriter {
    const existing = this.writers.get(name);
    if (existing) throw new Error(`table writer ${name} opened twice`);
    const w = { columns, rows: [] as Value[][], count: 0, batch: this.batchRows(columns.length) };
    this.writers.set(name, w);
    return {
      add: (row) => {
        if (row.length !== columns.length)
          throw new Error(`${name}: ${row.length} values for ${columns.length} columns`);
        w.rows.push(row);
        w.count++;
        if (w.rows.length >= w.batch) this.flush(name, w.columns, w.rows.splice(0));
      },
      get count() {
        return w.count;
      },
    };
  }

  rowsWritten(): Record<string, number> {
    return Object.fromEntries([...this.writers].map(([name, w]) => [name, w.count]));
  }

  protected flushAll(): void {
    for (const [name, w] of this.writers) if (w.rows.length) this.flush(name, w.columns, w.rows.splice(0));
  }

  protected abstract batchRows(columns: number): number;
  protected abstract flush(table: string, columns: [string, ColType][], rows: Value[][]): void;
}

export class SqliteSink extends BaseSink implements Sink {
  readonly engine = 'sqlite' as const;
  private readonly statements = new Map<string, SQLite.Statement>();

  constructor(private readonly raw: SQLite.Database) {
    super();
    raw.pragma('journal_mode = OFF');
    raw.pragma('synchronous = OFF');
    raw.pragma('locking_mode = EXCLUSIVE');
    raw.pragma('cache_size = -262144');
    raw.pragma('temp_store = MEMORY');
    raw.pragma('foreign_keys = OFF');
    raw.exec('begin');
  }

  async pace(): Promise<void> {}

  protected batchRows(columns: number): number {
    return Math.max(1, Math.min(500, Math.floor(SQLITE_MAX_PARAMS / columns)));
  }

  protected flush(table: string, columns: [string, ColType][], rows: Value[][]): void {
    const key = `${table}:${rows.length}`;
    let stmt = this.statements.get(key);
    if (!stmt) {
      const one = `(${columns.map(() => '?').join(',')})`;
      stmt = this.raw.prepare(
        `insert into ${table} (${columns.map((c) => c[0]).join(',')}) values ${Array(rows.length).fill(one).join(',')}`,
      );
      this.statements.set(key, stmt);
    }
    stmt.run(rows.flat());
  }

  async checkpoint(): Promise<void> {
    this.flushAll();
    this.raw.exec('commit; begin');
  }

  async exec(sql: string, params: Value[]): Promise<void> {
    this.flushAll();
    this.raw.prepare(sql).run(params);
  }

  async dropIndexes(): Promise<number> {
    const rows = this.raw
      .prepare(`select name, sql from sqlite_master where type = 'index' and sql is not null`)
      .all() as { name: string; sql: string }[];
    this.dropped = rows;
    for (const r of rows) this.raw.exec(`drop index ${r.name}`);
    return rows.length;
  }

  async rebuildIndexes(onEach?: (name: string, ms: number) => void): Promise<void> {
    this.flushAll();
    for (const r of this.dropped) {
      const t = performance.now();
      this.raw.exec(r.sql);
      onEach?.(r.name, performance.now() - t);
    }
    this.dropped = [];
  }

  async finish(): Promise<void> {
    this.flushAll();
    this.raw.exec('commit');
    // AUTOINCREMENT keeps its own high-water mark, which explicit ids already moved.
    this.raw.pragma('locking_mode = NORMAL');
    this.raw.pragma('journal_mode = WAL');
    this.raw.pragma('wal_checkpoint(TRUNCATE)');
  }
}

const PG_TYPE: Record<ColType, string> = { int: 'int8', text: 'text', real: 'float8', tsv: 'text' };

export class PgSink extends BaseSink implements Sink {
  readonly engine = 'postgres' as const;
  private inFlight: Promise<unknown>[] = [];
  private tail: Promise<unknown> = Promise.resolve();
  private failure: unknown = null;
  private started: Promise<unknown>;

  constructor(private readonly client: pg.Client) {
    super();
    // Foreign keys are checked by triggers; a bulk loader of consistent data switches them off
    // for its own session, as pg_restore --disable-triggers does.
    this.started = client.query('set session_replication_role = replica; set synchronous_commit = off; begin');
    this.tail = this.started;
  }

  protected batchRows(): number {
    return PG_BATCH_ROWS;
  }

  protected flush(table: string, columns: [string, ColType][], rows: Value[][]): void {
    const arrays = columns.map((_c, i) => rows.map((r) => r[i]));
    const select = columns
      .map(([c, t]) => (t === 'tsv' ? `array_to_tsvector(string_to_array(${c}, ' '))` : c))
      .join(', ');
    const unnest = columns.map(([, t], i) => `$${i + 1}::${PG_TYPE[t]}[]`).join(', ');
    const text = `insert into ${table} (${columns.map((c) => c[0]).join(', ')}) select ${select} from unnest(${unnest}) as u(${columns.map((c) => c[0]).join(', ')})`;
    // One after another on the one client (node-pg no longer queues for us), without waiting here.
    const q = this.tail
      .then(() => this.client.query(text, arrays))
      .then(
        () => undefined,
        (err: unknown) => {
          this.failure ??= new Error(`${table}: ${(err as Error).message}`);
        },
      );
    this.tail = q;
    this.inFlight.push(q);
  }

  /** Lets the database catch up when more than a few batches are waiting (one client runs them in order). */
  async pace(): Promise<void> {
    while (this.inFlight.length > PG_IN_FLIGHT) await this.inFlight.shift();
    if (this.failure) throw this.failure;
  }

  /** Waits for what was sent; generation pauses only here, so the database works in parallel. */
  async drain(): Promise<void> {
    await this.started;
    await Promise.all(this.inFlight.splice(0));
    if (this.failure) throw this.failure;
  }

  async checkpoint(): Promise<void> {
    this.flushAll();
    await this.drain();
    await this.client.query('commit; begin');
  }

  async exec(sql: string, params: Value[]): Promise<void> {
    this.flushAll();
    await this.drain();
    let n = 0;
    await this.client.query(
      sql.replace(/\?/g, () => `$${++n}`),
      params,
    );
  }

  async dropIndexes(): Promise<number> {
    await this.drain();
    const { rows } = await this.client.query<{
      name: string;
      sql: string;
    }>(`select indexname as name, indexdef as sql from pg_indexes
      where schemaname = current_schema() and indexname not in (select conname from pg_constraint)`);
    this.dropped = rows;
    for (const r of rows) await this.client.query(`drop index ${r.name}`);
    return rows.length;
  }

  async rebuildIndexes(onEach?: (name: string, ms: number) => void): Promise<void> {
    this.flushAll();
    await this.drain();
    await this.client.query('commit');
    await this.client.query(`set maintenance_work_mem = '512MB'`);
    for (const r of this.dropped) {
      const t = performance.now();
      await this.client.query(r.sql);
      onEach?.(r.name, performance.now() - t);
    }
    this.dropped = [];
    await this.client.query('begin');
  }

  async finish(sequences: Record<string, number>): Promise<void> {
    this.flushAll();
    await this.drain();
    for (const [table, max] of Object.entries(sequences)) {
      await this.client.query(
        `select setval(pg_get_serial_sequence('${table}', 'id'), ${Math.max(1, max)}, ${max > 0})`,
      );
    }
    await this.client.query('commit');
    await this.client.query('set session_replication_role = origin');
    // What autovacuum would do shortly after a load: visibility map and planner statistics.
    await this.client.query('vacuum analyze');
  }
}

/** Small helper: the highest id given out per table, for the sequences. */
export class IdSource {
  private readonly last = new Map<string, number>();
  next(table: string): number {
    const n = (this.last.get(table) ?? 0) + 1;
    this.last.set(table, n);
    return n;
  }
  peek(table: string): number {
    return this.last.get(table) ?? 0;
  }
  all(): Record<string, number> {
    return Object.fromEntries(this.last);
  }
}
