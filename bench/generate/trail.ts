// The audit trail and the notification centre, written in time order across every
// organisation: proposals are generated in the order they start, each schedules its events
// into a heap, and events older than the next proposal's start (less a margin) are written
// out. Audit entries are chained exactly as the app chains them (entryHash), so
// `lvzhi audit-verify` passes; the head row is set at the end.
import { entryHash, GENESIS_HASH } from '../../server/platform/audit/audit-log.js';
import type { IdSource, Sink, TableWriter } from './sink.js';

export interface Who {
  userId: number | null;
  name: string;
  orgId: number | null;
  ip: string | null;
}

interface AuditEvent {
  kind: 'a';
  t: number;
  n: number;
  who: Who;
  action: string;
  objectType: string | null;
  objectId: string | null;
  orgId: number | null;
  detail: string | null;
}

interface NoticeEvent {
  kind: 'n';
  t: number;
  n: number;
  orgId: number;
  userId: number;
  type: string;
  title: string;
  body: string;
  objectId: string;
  dedupeKey: string | null;
  readAt: number | null;
}

type Event = AuditEvent | NoticeEvent;

export const SYSTEM = (name: string): Who => ({ userId: null, name: `system:${name}`, orgId: null, ip: null });

export class Trail {
  private heap: Event[] = [];
  private n = 0;
  private seq = 0;
  private prevHash = GENESIS_HASH;
  private readonly audit: TableWriter;
  private readonly notices: TableWriter;
  audits = 0;
  notifications = 0;

  constructor(
    sink: Sink,
    private readonly ids: IdSource,
  ) {
    this.audit = sink.table('audit_log', [
      ['seq', 'int'],
      ['at', 'text'],
      ['actor_id', 'int'],
      ['actor_name', 'text'],
      ['org_id', 'int'],
      ['ip', 'text'],
      ['action', 'text'],
      ['object_type', 'text'],
      ['object_id', 'text'],
      ['result', 'text'],
      ['detail', 'text'],
      ['prev_hash', 'text'],
      ['hash', 'text'],
    ]);
    this.notices = sink.table('notifications', [
      ['id', 'int'],
      ['org_id', 'int'],
      ['user_id', 'int'],
      ['kind', 'text'],
      ['title', 'text'],
      ['body', 'text'],
      ['link', 'text'],
      ['object_type', 'text'],
      ['object_id', 'text'],
      ['dedupe_key', 'text'],
      ['read_at', 'text'],
      ['created_at', 'text'],
    ]);
  }

  /** One audit entry, as audit.append writes it (org: the event's own, else the actor's current one). */
  log(
    t: number,
    who: Who,
    action: string,
    o: {
      objectType?: string;
      objectId?: number | string;
      orgId?: number | null;
      detail?: Record<string, unknown>;
    } = {},
  ): void {
    this.push({
      kind: 'a',
      t,
      n: this.n++,
      who,
      action,
      objectType: o.objectType ?? null,
      objectId: o.objectId === undefined ? null : String(o.objectId),
      orgId: o.orgId === undefined ? who.orgId : o.orgId,
      detail: o.detail ? JSON.stringify(o.detail) : null,
    });
  }

  /** One notice per distinct recipient, as notify.send writes them. */
  notify(
    t: number,
    orgId: number,
    userIds: readonly number[],
    m: {
      kind: string;
      title: string;
      body: string;
      proposalId: number;
      dedupeKey?: string;
      readAt?: (userId: number) => number | null;
    },
  ): void {
    for (const userId of new Set(userIds)) {
      this.push({
        kind: 'n',
        t,
        n: this.n++,
        orgId,
        userId,
        type: m.kind,
        title: m.title,
        body: m.body,
        objectId: String(m.proposalId),
        dedupeKey: m.dedupeKey ? `${m.dedupeKey}:${userId}` : null,
        readAt: m.readAt ? m.readAt(userId) : null,
      });
    }
  }

  /** Writes out every event before `t`, oldest first. */
  flushBefore(t: number): void {
    while (this.heap.length && this.heap[0]!.t < t) this.write(this.pop());
  }

  /** Writes out the rest; returns the head of the chain for audit_head. */
  finish(): { seq: number; hash: string } {
    while (this.heap.length) this.write(this.pop());
    return { seq: this.seq, hash: this.prevHash };
  }

  get pending(): number {
    return this.heap.length;
  }

  private write(e: Event): void {
    const at = new Date(e.t).toISOString();
    if (e.kind === 'a') {
      const row = {
        seq: ++this.seq,
        at,
        actor_id: e.who.userId,
        actor_name: e.who.name,
        org_id: e.orgId,
        ip: e.who.ip,
        action: e.action,
        object_type: e.objectType,
        object_id: e.objectId,
        result: 'ok' as const,
        detail: e.detail,
      };
      const hash = entryHash(this.prevHash, row);
      this.audit.add([
        row.seq,
        at,
        row.actor_id,
        row.actor_name,
        row.org_id,
        row.ip,
        row.action,
        row.object_type,
        row.object_id,
        'ok',
        row.detail,
        this.prevHash,
        hash,
      ]);
      this.prevHash = hash;
      this.audits++;
    } else {
      this.notices.add([
        this.ids.next('notifications'),
        e.orgId,
        e.userId,
        e.type,
        e.title,
        e.body,
        `/proposals/${e.objectId}`,
        'proposal',
        e.objectId,
        e.dedupeKey,
        e.readAt === null ? null : new Date(e.readAt).toISOString(),
        at,
      ]);
      this.notifications++;
    }
  }

  private less(a: Event, b: Event): boolean {
    return a.t < b.t || (a.t === b.t && a.n < b.n);
  }

  private push(e: Event): void {
    const h = this.heap;
    h.push(e);
    for (let i = h.length - 1; i > 0;) {
      const p = (i - 1) >> 1;
      if (!this.less(h[i]!, h[p]!)) break;
      [h[i], h[p]] = [h[p]!, h[i]!];
      i = p;
    }
  }

  private pop(): Event {
    const h = this.heap;
    const top = h[0]!;
    const last = h.pop()!;
    if (h.length) {
      h[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1,
          r = l + 1;
        let m = i;
        if (l < h.length && this.less(h[l]!, h[m]!)) m = l;
        if (r < h.length && this.less(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top;
  }
}
