// Which tables may have changed since a given moment: what lets a read cache serve a stored
// value without asking the database, and still never serve one a write has made stale.
//
// Every query this process sends through Kysely passes the plugin below; a write bumps the
// version of each table it names, once when it is compiled and again once it has run (a read
// that slipped in between the two is stamped with the first bump and so never outlives the
// second). Writes by other processes (a CLI import, another connection) are seen through
// `externalVersion` (SQLite's `PRAGMA data_version`), which then counts as a change to every
// table. Bumps are conservative: a table that is merely mentioned in a write counts as
// changed, a raw write as changing rows (not only adding them), and a raw statement that is
// not plainly a read as changing everything.
//
// This holds for SQLite, where one connection serves the process and a transaction keeps it
// until COMMIT. On PostgreSQL another connection can read between a write and its commit,
// and other instances write unseen, so there the caches stay off (docs/adr/0011).
import type { KyselyPlugin, OperationNode, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';

export interface TrackerOptions {
  /** Changes committed by other connections move it (SQLite: `PRAGMA data_version`). */
  externalVersion?: () => number;
  /**
   * Per table, columns no cached value depends on (or, like a session's last-seen time, one
   * its cache keeps itself): an update that sets nothing else is not a change.
   */
  volatileColumns?: Record<string, readonly string[]>;
}

export class ChangeTracker {
  /** Rows added by plain inserts. */
  private readonly added = new Map<string, number>();
  /** Rows changed or removed (updates, deletes, upserts, anything unrecognised). */
  private readonly altered = new Map<string, number>();
  private everything = 0;
  private lastExternal: number | undefined;

  constructor(private readonly options: TrackerOptions = {}) {}

  rowsAdded(table: string): void {
    this.added.set(table, (this.added.get(table) ?? 0) + 1);
  }

  rowsAltered(table: string): void {
    this.altered.set(table, (this.altered.get(table) ?? 0) + 1);
  }

  changedEverything(): void {
    this.everything += 1;
  }

  isVolatileUpdate(table: string, columns: readonly string[]): boolean {
    const volatile = this.options.volatileColumns?.[table];
    return !!volatile && columns.length > 0 && columns.every((c) => volatile.includes(c));
  }

  /**
   * A number that is the same at two moments only if none of `tables` can have changed in
   * between: a sum of monotonic counters, so any bump moves it. With `existingRowsOnly`,
   * rows added since do not count (a cached session is not touched by another sign-in).
   */
  stamp(tables: readonly string[], existingRowsOnly = false): number {
    const external = this.options.externalVersion;
    if (external) {
      const v = external();
      if (v !== this.lastExternal) {
        if (this.lastExternal !== undefined) this.everything += 1;
        this.lastExternal = v;
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

function tablesIn(node: unknown, into: Set<string>): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const n of node) tablesIn(n, into);
    return;
  }
  const n = node as { kind?: string; table?: { identifier?: { name?: string } } };
  if (n.kind === 'TableNode' && n.table?.identifier?.name) into.add(n.table.identifier.name);
  for (const value of Object.values(node)) if (value && typeof value === 'object') tablesIn(value, into);
}

const nameOf = (node: unknown): string | undefined => {
  const n = node as { kind?: string; table?: { identifier?: { name?: string } }; node?: unknown } | undefined;
  if (n?.kind === 'TableNode') return n.table?.identifier?.name;
  if (n?.kind === 'AliasNode') return nameOf(n.node);
  return undefined;
};

function noteUpdate(tracker: ChangeTracker, node: OperationNode): boolean {
  const u = node as unknown as { table?: unknown; from?: unknown; joins?: unknown; updates?: readonly { column?: { column?: { name?: string } } }[] };
  const table = nameOf(u.table);
  if (!table || u.from || u.joins) return false;
  const columns = (u.updates ?? []).map((c) => c.column?.column?.name ?? '');
  return tracker.isVolatileUpdate(table, columns);
}

function noteWrite(tracker: ChangeTracker, node: OperationNode): void {
  switch (node.kind) {
    case 'SelectQueryNode':
      return;
    case 'InsertQueryNode':
    case 'UpdateQueryNode':
    case 'DeleteQueryNode':
    case 'MergeQueryNode': {
      if (node.kind === 'UpdateQueryNode' && noteUpdate(tracker, node)) return;
      const ins = node as unknown as { onConflict?: unknown; onDuplicateKey?: unknown; orAction?: unknown; replace?: boolean; ignore?: boolean };
      const plainInsert = node.kind === 'InsertQueryNode' && !ins.onConflict && !ins.onDuplicateKey && !ins.orAction && !ins.replace && !ins.ignore;
      const tables = new Set<string>();
      tablesIn(node, tables);
      if (!tables.size) tracker.changedEverything();
      // A plain insert adds rows to its own table; a table it only reads from is not changed.
      const into = plainInsert ? nameOf((node as unknown as { into?: unknown }).into) : undefined;
      for (const t of tables) {
        if (t === into) tracker.rowsAdded(t);
        else tracker.rowsAltered(t);
      }
      return;
    }
    case 'RawNode': {
      const raw = node as unknown as { sqlFragments: readonly string[]; parameters: readonly OperationNode[] };
      if (NOT_WRITES.test(raw.sqlFragments.join(' '))) return;
      const first = raw.sqlFragments[0] ?? '';
      const verb = WRITE_VERB.exec(first);
      const tables = new Set<string>();
      if (verb) {
        const rest = first.slice(verb[0].length);
        const named = /^"?(\w+)"?/.exec(rest)?.[1];
        // `insert into ${sql.table(t)} …`: the table is the first parameter.
        if (named) tables.add(named);
        else if (!rest.trim()) tablesIn(raw.parameters[0], tables);
      }
      if (!tables.size) tracker.changedEverything();
      for (const t of tables) tracker.rowsAltered(t);
      return;
    }
    default:
      // Schema changes and anything not recognised: assume the worst.
      tracker.changedEverything();
  }
}

export function changeTrackingPlugin(tracker: ChangeTracker): KyselyPlugin {
  const writes = new WeakMap<object, RootOperationNode>();
  return {
    transformQuery({ node, queryId }: PluginTransformQueryArgs): RootOperationNode {
      if (node.kind !== 'SelectQueryNode') {
        noteWrite(tracker, node);
        writes.set(queryId, node);
      }
      return node;
    },
    async transformResult({ result, queryId }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
      const node = writes.get(queryId);
      if (node) noteWrite(tracker, node);
      return result;
    },
  };
}
