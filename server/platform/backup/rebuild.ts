// Derived data a backup does not carry: search indexes (a contentless FTS5 table cannot be
// read back, and PostgreSQL's tsvector table has no SQLite twin). The module that owns one
// registers how to rebuild it from its own tables; `lvzhi restore` runs every rebuild once
// the data is in.
import type { Db } from '../../db/tx.js';

/** Rebuilds the derived data from scratch (clearing what is there); returns how many records it indexed. */
export type Rebuild = (db: Db) => Promise<number>;

const rebuilds = new Map<string, Rebuild>();

export function registerRebuild(name: string, rebuild: Rebuild): void {
  rebuilds.set(name, rebuild);
}

export async function runRebuilds(
  db: Db,
  say: (line: string) => void = () => undefined,
): Promise<Record<string, number>> {
  const done: Record<string, number> = {};
  for (const [name, rebuild] of rebuilds) {
    done[name] = await rebuild(db);
    say(`  rebuilt ${name}: ${done[name]} records`);
  }
  return done;
}
