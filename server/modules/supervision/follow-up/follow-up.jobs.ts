// The overdue scan of routed items, run hourly in every app instance: one still waiting for its
// unit's answer after its deadline is flagged overdue, and the unit's users and the office member
// who routed it are told. Once is guaranteed by the notices' dedupe key, which names the deadline
// (a new deadline is flagged again); the marker column only spares the scan what it already sent.
import { inTransaction, type Db } from '../../../db/tx.js';
import { chinaToday, type Clock } from '../../../platform/clock.js';
import type { Platform } from '../../../platform/platform.js';

export interface OverdueItem {
  id: number;
  org_id: number;
  unit_id: number;
  due_on: string;
  created_by: number;
}

export interface OverdueSource<T extends OverdueItem> {
  /** Past the deadline, unanswered, not yet flagged for that deadline. */
  newlyOverdue(db: Db, today: string): Promise<T[]>;
  unitUserIds(db: Db, unitId: number): Promise<number[]>;
  markFlagged(db: Db, id: number, dueOn: string): Promise<unknown>;
  notice(item: T): {
    kind: string;
    title: string;
    body: string;
    link: string;
    objectType: string;
    dedupeKey: string;
  };
}

export function createFollowUpOverdueScan<T extends OverdueItem>(
  deps: { db: Db; clock: Clock; notify: Platform['notify'] },
  source: OverdueSource<T>,
) {
  const { db, clock, notify } = deps;
  return {
    async scan(): Promise<{ overdue: number }> {
      const today = chinaToday(clock);
      let sent = 0;
      for (const r of await source.newlyOverdue(db, today)) {
        const userIds = [...new Set([...(await source.unitUserIds(db, r.unit_id)), r.created_by])];
        await inTransaction(db, async (trx) => {
          sent += await notify.send(trx, { orgId: r.org_id, userIds, objectId: r.id, ...source.notice(r) });
          await source.markFlagged(trx, r.id, r.due_on);
        });
      }
      return { overdue: sent };
    },
  };
}
