// The audit trail: append-only, every entry chained to the one before by an SM3 hash, so
// an edited, inserted or deleted entry breaks the chain and `lvzhi audit-verify` finds it.
// Entries are written inside the transaction of the change they describe.
import type { Selectable } from 'kysely';
import type { AuditLogTable } from '../../db/schema.js';
import type { Clock } from '../clock.js';
import { engineOf } from '../../db/dialect.js';
import { inTransaction, type Db } from '../../db/tx.js';
import type { Actor, Anonymous, SystemActor } from '../access/actor.js';
import { sm3Hex } from '../crypto/personal-data.js';
import type { AuditAction } from './actions.js';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEvent {
  action: AuditAction;
  objectType?: string;
  objectId?: string | number;
  result?: 'ok' | 'denied' | 'failed';
  detail?: Record<string, unknown>;
  /** Defaults to the actor's current organisation. */
  orgId?: number | null;
}

/** Whoever acted: a signed-in user (only these fields are recorded), an anonymous caller, or the system. */
export type AuditWho = Pick<Actor, 'kind' | 'userId' | 'displayName' | 'currentOrgId' | 'ip'> | Anonymous | SystemActor;

/** An entry of the trail as stored. */
export type AuditRow = Selectable<AuditLogTable>;

export function entryHash(prevHash: string, r: Omit<AuditRow, 'prev_hash' | 'hash'>): string {
  const canonical = JSON.stringify([
    r.seq,
    r.at,
    r.actor_id,
    r.actor_name,
    r.org_id,
    r.ip,
    r.action,
    r.object_type,
    r.object_id,
    r.result,
    r.detail,
  ]);
  return sm3Hex(`${prevHash}|${canonical}`);
}

export interface VerifyReport {
  ok: boolean;
  checked: number;
  headSeq: number;
  problems: { seq: number; problem: 'hash_mismatch' | 'broken_link' | 'missing_entry' | 'head_mismatch' }[];
}

export interface AuditLog {
  append(trx: Db, who: AuditWho, event: AuditEvent): Promise<number>;
  /** Appends in a transaction of its own: for events with no other write (a failed login). */
  record(who: AuditWho, event: AuditEvent): Promise<number>;
  verify(onProgress?: (checked: number) => void): Promise<VerifyReport>;
}

function describe(who: AuditWho) {
  if (who.kind === 'user') {
    return { actor_id: who.userId, actor_name: who.displayName, org_id: who.currentOrgId, ip: who.ip };
  }
  if (who.kind === 'system') return { actor_id: null, actor_name: `system:${who.name}`, org_id: null, ip: null };
  return { actor_id: null, actor_name: null, org_id: null, ip: who.ip };
}

/**
 * PostgreSQL: the head as this transaction last wrote it. The first append locks the head row
 * (FOR UPDATE) until the transaction ends, so no other transaction can move it meanwhile and a
 * second entry of the same transaction (a proposal written and submitted in one request) need
 * not read it again: one round trip fewer each. A transaction object lives as long as its
 * transaction (no savepoints on PostgreSQL), so a rolled-back one takes its entry with it.
 */
const heldHeads = new WeakMap<Db, { seq: number; hash: string }>();

export function createAuditLog(deps: { db: Db; clock: Clock }): AuditLog {
  const { db, clock } = deps;
  const postgres = engineOf(db) === 'postgres';

  async function readHead(trx: Db): Promise<{ seq: number; hash: string }> {
    if (!postgres)
      return trx.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
    return (
      heldHeads.get(trx) ??
      trx.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).forUpdate().executeTakeFirstOrThrow()
    );
  }

  async function append(trx: Db, who: AuditWho, event: AuditEvent): Promise<number> {
    const head = await readHead(trx);
    const base = describe(who);
    const row = {
      seq: head.seq + 1,
      at: clock.now().toISOString(),
      actor_id: base.actor_id,
      actor_name: base.actor_name,
      org_id: event.orgId === undefined ? base.org_id : event.orgId,
      ip: base.ip,
      action: event.action,
      object_type: event.objectType ?? null,
      object_id: event.objectId === undefined ? null : String(event.objectId),
      result: event.result ?? 'ok',
      detail: event.detail ? JSON.stringify(event.detail) : null,
    };
    const hash = entryHash(head.hash, row);
    const entry = { ...row, result: row.result, prev_hash: head.hash, hash };
    if (postgres) {
      // The entry and the head's move in one statement (a data-modifying WITH): one round trip.
      await trx
        .with('entry', (q) => q.insertInto('audit_log').values(entry).returning('seq'))
        .updateTable('audit_head')
        .set({ seq: row.seq, hash })
        .where('id', '=', 1)
        .execute();
      if (trx.isTransaction) heldHeads.set(trx, { seq: row.seq, hash });
    } else {
      await trx.insertInto('audit_log').values(entry).execute();
      await trx.updateTable('audit_head').set({ seq: row.seq, hash }).where('id', '=', 1).execute();
    }
    return row.seq;
  }

  async function verify(onProgress?: (checked: number) => void): Promise<VerifyReport> {
    const problems: VerifyReport['problems'] = [];
    let prevHash = GENESIS_HASH;
    let expectedSeq = 1;
    let checked = 0;
    const batch = 5000;
    for (;;) {
      const rows = await db
        .selectFrom('audit_log')
        .selectAll()
        .where('seq', '>=', expectedSeq)
        .orderBy('seq')
        .limit(batch)
        .execute();
      for (const r of rows) {
        if (r.seq !== expectedSeq) {
          for (let s = expectedSeq; s < r.seq && problems.length < 100; s++)
            problems.push({ seq: s, problem: 'missing_entry' });
        }
        if (r.prev_hash !== prevHash) problems.push({ seq: r.seq, problem: 'broken_link' });
        if (entryHash(r.prev_hash, r) !== r.hash) problems.push({ seq: r.seq, problem: 'hash_mismatch' });
        prevHash = r.hash;
        expectedSeq = r.seq + 1;
        checked++;
      }
      onProgress?.(checked);
      if (rows.length < batch || problems.length >= 100) break;
    }
    const head = await db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirst();
    const headSeq = head?.seq ?? 0;
    if (!head || head.seq !== expectedSeq - 1 || head.hash !== prevHash) {
      problems.push({ seq: headSeq, problem: 'head_mismatch' });
    }
    return { ok: problems.length === 0, checked, headSeq, problems };
  }

  return {
    append,
    record: (who, event) => inTransaction(db, (trx) => append(trx, who, event)),
    verify,
  };
}
