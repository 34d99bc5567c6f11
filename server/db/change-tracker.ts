// Which tables may have changed since a given moment: what lets a read cache serve a stored
// value without asking the database, and still never serve one a write has made stale.
//
// Every query this process sends through Kysely passes the plugin below; a write bumps the
// version of the table it writes, once when it is compiled and again once it has run (a read
// that slipped in between the two is stamped with the first bump and so never outlives the
// second). Writes by other processes (a CLI import, another connection) are seen through
// `externalVersion` (SQLite's `PRAGMA data_version`), which then counts as a change to every
// table. Bumps are conservative: a raw write counts as changing rows (not only adding them),
// and a delete (foreign keys may cascade), a schema change or a raw statement that is not
// plainly a read or a write to a named table as changing everything.
//
// The plugin is what SQLite uses: one connection serves the process and a transaction keeps
// it until COMMIT. PostgreSQL has no plugin: there the database announces every committed
// change to the cached tables itself (triggers, NOTIFY), and `db/change-listener.ts` hears
// them on a connection of its own and moves the same counters; while it cannot hear, the
// stamps are null and the caches are off (docs/adr/0015).
import type {
  KyselyPlugin,
  OperationNode,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';

export interface TrackerOptions {
  /** Changes committed by other connections move it (SQLite: `PRAGMA data_version`). */
  externalVersion?: () => number;
  /**
   * Per table, columns no cached value depends on (or, like a session's last-seen time, one
   * its cache keeps itself): an update that sets nothing else is not a change.
   */
  volatileColumns?: Record<string, readonly string[]>;
  /**
   * Tables no foreign key references: a delete from one changes its own rows only (a delete
   * elsewhere may cascade, so it changes everything). A sign-in deletes the failed-attempt
   * counters; without this, every sign-in emptied every read cache.
   */
  leafTables?: readonly string[];
}

/** Where the changes committed by every connection are heard (PostgreSQL: `change-listener.ts`). */
export interface ChangeFeed {
  /**
   * Resolves true once every change committed before the call has been heard (and counted),
   * false when that cannot be known (not listening): then nothing may be served from memory.
   */
  sync(): Promise<boolean>;
}

export class ChangeTracker {
  /** Rows added by plain inserts. */
  private readonly added = new Map<string, number>();
  /** Rows changed or removed (updates, deletes, upserts, anything unrecognised). */
  private readonly altered = new Map<string, number>();
  private everything = 0;
  private lastExternal: number | undefined;
  private readonly listeners: ((table: string | null, rowsAddedOnly: boolean) => void)[] = [];
  private feed: ChangeFeed | null = null;
  /** False while changes may be going unheard (the feed is not listening): no stamp then. */
  private hearing = true;
  /** The tables whose changes the feed announces; null: every table (the plugin sees every write). */
  private watched: ReadonlySet<string> | null = null;

  constructor(private readonly options: TrackerOptions = {}) {}

  /** Changes come from `feed`; until it says it hears them, nothing can be stamped. */
  attachFeed(feed: ChangeFeed): void {
    this.feed = feed;
    this.setHearing(false);
  }

  /**
   * The feed started or stopped hearing. Either way everything counts as changed: what was
   * committed while it could not hear is unknown, and so is what a value read then reflects.
   */
  setHearing(on: boolean, watched?: ReadonlySet<string>): void {
    if (watched) this.watched = watched;
    this.hearing = on;
    this.changedEverything();
  }

  get isHearing(): boolean {
    return this.hearing;
  }

  /**
   * Resolves once every change committed before now has been counted: true at once without a
   * feed (the plugin counts this process's writes as they run, `externalVersion` the others'),
   * else the feed's answer. A reader syncs before it takes its stamp.
   */
  sync(): true | Promise<boolean> {
    return this.feed ? this.feed.sync() : true;
  }

  /**
   * Told of every change as it is noted (`table` null: everything), so that a cache can let
   * go of values that can no longer be served instead of holding them until its next read.
   */
  onChange(listener: (table: string | null, rowsAddedOnly: boolean) => void): void {
    this.listeners.push(listener);
  }

  rowsAdded(table: string): void {
    this.added.set(table, (this.added.get(table) ?? 0) + 1);
    for (const l of this.listeners) l(table, true);
  }

  rowsAltered(table: string): void {
    this.altered.set(table, (this.altered.get(table) ?? 0) + 1);
    for (const l of this.listeners) l(table, false);
  }

  changedEverything(): void {
    this.everything += 1;
    for (const l of this.listeners) l(null, false);
  }

  isLeaf(table: string): boolean {
    return this.options.leafTables?.includes(table) ?? false;
  }

  isVolatileUpdate(table: string, columns: readonly string[]): boolean {
    const volatile = this.options.volatileColumns?.[table];
    return !!volatile && columns.length > 0 && columns.every((c) => volatile.includes(c));
  }

  /**
   * A number that is the same at two moments only if none of `tables` can have changed in
   * between: a sum of monotonic counters, so any bump moves it. With `existingRowsOnly`,
   * rows added since do not count (a cached session is not touched by another sign-in).
   * Null when changes to one of them could go unheard: the feed is not listening, or one of
   * the tables is not watched (a cache over it never serves).
   */
  stamp(tables: readonly string[], existingRowsOnly = false): number | null {
    if (!this.hearing) return null;
    const watched = this.watched;
    if (watched && !tables.every((t) => watched.has(t))) return null;
    const external = this.options.externalVersion;
    if (external) {
      const v = external();
      if (v !== this.lastExternal) {
        const first = this.lastExternal === undefined;
        this.lastExternal = v;
        if (!first) this.changedEverything();
      }
    }
    let sum = this.everything;
    for (const t of tables) {
      sum += this.altered.get(t) ?? 0;
      if (!existingRowsOnly) sum += this.added.get(t) ?? 0;
    }
    return sum;
  }
}

/** Statements that never change rows (transaction control, reads, settings). */
const NOT_WRITES = /^\s*(select|begin|commit|end|rollback|savepoint|release|pragma|explain|show|set|analyze|vacuum)\b/i;
const WRITE_VERB = /^\s*(?:insert\s+(?:or\s+\w+\s+)?into|replace\s+into|update|delete\s+from)\b\s*/i;

/** What a write does to the tables, as far as the caches care. */
type Effect = { added: string } | { altered: string } | 'everything';

const nameOf = (node: unknown): string | undefined => {
  const n = node as
    | {
        kind?: string;
        table?: { identifier?: { name?: string } };
        node?: unknown;
        sqlFragments?: unknown;
        parameters?: unknown[];
      }
    | undefined;
  if (n?.kind === 'TableNode') return n.table?.identifier?.name;
  if (n?.kind === 'AliasNode') return nameOf(n.node);
  // `sql.table(t)` in raw SQL: a raw node around the table.
  if (n?.kind === 'RawNode' && n.parameters?.length === 1) return nameOf(n.parameters[0]);
  return undefined;
};

function updateEffect(tracker: ChangeTracker, node: OperationNode): Effect | null {
  const u = node as unknown as {
    table?: unknown;
    from?: unknown;
    joins?: unknown;
    updates?: readonly { column?: { column?: { name?: string } } }[];
  };
  const table = nameOf(u.table);
  if (!table) return 'everything';
  const columns = (u.updates ?? []).map((c) => c.column?.column?.name ?? '');
  if (!u.from && !u.joins && tracker.isVolatileUpdate(table, columns)) return null;
  // Only the target's rows change (tables in FROM, joins and subqueries are read); no key
  // is ever updated, so no foreign-key action reaches another table.
  return { altered: table };
}

function insertEffect(node: OperationNode): Effect {
  const ins = node as unknown as {
    into?: unknown;
    onConflict?: unknown;
    onDuplicateKey?: unknown;
    orAction?: unknown;
    replace?: boolean;
  };
  const table = nameOf(ins.into);
  // REPLACE deletes conflicting rows, and deletes may cascade: see deletes.
  if (!table || ins.replace || ins.orAction) return 'everything';
  return ins.onConflict || ins.onDuplicateKey ? { altered: table } : { added: table };
}

function rawEffect(node: OperationNode): Effect | null {
  const raw = node as unknown as { sqlFragments: readonly string[]; parameters: readonly OperationNode[] };
  if (NOT_WRITES.test(raw.sqlFragments.join(' '))) return null;
  const first = raw.sqlFragments[0] ?? '';
  const verb = WRITE_VERB.exec(first);
  if (!verb || /^\s*delete/i.test(first)) return 'everything';
  const rest = first.slice(verb[0].length);
  // `insert into ${sql.table(t)} …`: the table is the first parameter.
  const table = /^"?(\w+)"?/.exec(rest)?.[1] ?? (rest.trim() ? undefined : nameOf(raw.parameters[0]));
  return table ? { altered: table } : 'everything';
}

function deleteEffect(tracker: ChangeTracker, node: OperationNode): Effect {
  const d = node as unknown as { from?: { froms?: readonly unknown[] } };
  const froms = d.from?.froms ?? [];
  const table = froms.length === 1 ? nameOf(froms[0]) : undefined;
  // Only from a table no foreign key reaches is a delete confined to that table.
  return table && tracker.isLeaf(table) ? { altered: table } : 'everything';
}

function effectOf(tracker: ChangeTracker, node: OperationNode): Effect | null {
  switch (node.kind) {
    case 'SelectQueryNode':
      return null;
    case 'InsertQueryNode':
      return insertEffect(node);
    case 'UpdateQueryNode':
      return updateEffect(tracker, node);
    case 'RawNode':
      return rawEffect(node);
    case 'DeleteQueryNode':
      return deleteEffect(tracker, node);
    default:
      // Deletes (a foreign key may cascade into other tables), schema changes, anything
      // not recognised: assume the worst.
      return 'everything';
  }
}

function apply(tracker: ChangeTracker, effect: Effect): void {
  if (effect === 'everything') tracker.changedEverything();
  else if ('added' in effect) tracker.rowsAdded(effect.added);
  else tracker.rowsAltered(effect.altered);
}

export function changeTrackingPlugin(tracker: ChangeTracker): KyselyPlugin {
  const pending = new WeakMap<object, Effect>();
  return {
    transformQuery({ node, queryId }: PluginTransformQueryArgs): RootOperationNode {
      const effect = effectOf(tracker, node);
      if (effect) {
        apply(tracker, effect);
        pending.set(queryId, effect);
      }
      return node;
    },
    async transformResult({ result, queryId }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
      const effect = pending.get(queryId);
      if (effect) apply(tracker, effect);
      return result;
    },
  };
}
