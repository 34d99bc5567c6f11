// The phone's outbox of field visits (实地评议): each visit with its photo Blobs is written to
// IndexedDB the moment the member saves it, and stays there until the server has answered it
// 200/201. States: draft → queued → sending → sent, or needs-attention with the server's
// message (a 4xx the member must fix). Every change is a compare-and-set on one record, so a
// tab editing a visit and another tab's sync never overwrite each other's work.
import { deleteOne, getAllByIndex, getOne, openDb, STORES, update } from './idb';

export type VisitState = 'draft' | 'queued' | 'sending' | 'sent' | 'needs-attention';

export interface OutboxPhoto {
  /** Made on the phone, to find the photo again when its upload is acknowledged. */
  localId: string;
  name: string;
  type: string;
  size: number;
  /** The original file as taken (never re-encoded: the server reads its EXIF time and place); dropped once sent. */
  blob: Blob | null;
  /** The server's file id once the upload was acknowledged: never uploaded again after that. */
  fileId: string | null;
}

export interface OutboxVisit {
  /** Made on the phone when the visit was started; the server answers a resend with the same visit. */
  clientId: string;
  /** The member who made it: a phone shared by two accounts sends each one's visits as himself only. */
  userId: number;
  campaignId: number;
  campaignTitle: string;
  objectId: number;
  objectName: string;
  visitedAt: string;
  interviewee: string;
  interviewNotes: string;
  scores: { criterionId: number; score: number }[];
  comment: string;
  photos: OutboxPhoto[];
  state: VisitState;
  error: { code: string; message: string } | null;
  serverId: number | null;
  createdAt: string;
  updatedAt: string;
}

/** What the member edits; the rest is the outbox's. */
export type VisitContent = Omit<OutboxVisit, 'state' | 'error' | 'serverId' | 'createdAt' | 'updatedAt'>;

/** States in which the member may still change a visit (not while it is being sent, nor after). */
export const EDITABLE: VisitState[] = ['draft', 'queued', 'needs-attention'];
/** States that still have to reach the server. */
export const PENDING: VisitState[] = ['queued', 'sending', 'needs-attention', 'draft'];

/**
 * A sent visit's record (its photos' Blobs already gone) stays this long so the member sees
 * what went, then the next sync removes it: the server has the visit, and the phone's storage
 * would otherwise keep every visit ever sent.
 */
export const SENT_KEPT_DAYS = 7;

export class OutboxConflict extends Error {}

const CHANNEL = 'lvzhi-outbox';

export class Outbox {
  private listeners = new Set<() => void>();
  private channel: BroadcastChannel | null;

  constructor(
    readonly db: IDBDatabase,
    private readonly now: () => Date = () => new Date(),
  ) {
    // Other tabs' changes (their sync, their edits) reach this tab's lists too.
    this.channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
    if (this.channel) this.channel.onmessage = () => this.emit();
  }

  static async open(factory: IDBFactory = indexedDB, name = 'lvzhi-offline', now?: () => Date): Promise<Outbox> {
    return new Outbox(await openDb(factory, name), now);
  }

  close(): void {
    this.channel?.close();
    this.db.close();
  }

  /** Called after any change to the outbox, by this tab or another. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }

  private changed(): void {
    this.emit();
    this.channel?.postMessage('changed');
  }

  get(clientId: string): Promise<OutboxVisit | undefined> {
    return getOne<OutboxVisit>(this.db, STORES.visits, clientId);
  }

  /** The member's visits, oldest first (the order they are sent in). */
  async list(userId: number): Promise<OutboxVisit[]> {
    const all = await getAllByIndex<OutboxVisit>(this.db, STORES.visits, 'byUser', userId);
    return all.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.clientId.localeCompare(b.clientId));
  }

  /**
   * Keeps the member's visit as a draft or queues it for sending. Refused (OutboxConflict) while
   * it is being sent or once sent: what reached the server is not changed behind its back.
   */
  async save(content: VisitContent, state: 'draft' | 'queued'): Promise<OutboxVisit> {
    const at = this.now().toISOString();
    const written = await update<OutboxVisit>(this.db, STORES.visits, content.clientId, (current) => {
      if (current && (!EDITABLE.includes(current.state) || current.userId !== content.userId)) return undefined;
      return { ...content, state, error: null, serverId: null, createdAt: current?.createdAt ?? at, updatedAt: at };
    });
    if (!written) throw new OutboxConflict('visit is being sent or was sent');
    this.changed();
    return written;
  }

  /** Throws away a visit the member no longer wants (not one being sent). */
  async discard(clientId: string): Promise<void> {
    const current = await this.get(clientId);
    if (current && current.state === 'sending') throw new OutboxConflict('visit is being sent');
    await deleteOne(this.db, STORES.visits, clientId);
    this.changed();
  }

  /** Removes the member's visits sent more than `keptDays` ago; answers how many. */
  async pruneSent(userId: number, keptDays = SENT_KEPT_DAYS): Promise<number> {
    const cutoff = new Date(this.now().getTime() - keptDays * 86_400_000).toISOString();
    const old = (await this.list(userId)).filter((v) => v.state === 'sent' && v.updatedAt < cutoff);
    for (const v of old) await deleteOne(this.db, STORES.visits, v.clientId);
    if (old.length) this.changed();
    return old.length;
  }

  /** Moves a visit between states if it is in one of `from`; answers the visit as written, or undefined. */
  async transition(
    clientId: string,
    from: VisitState[],
    change: (v: OutboxVisit) => Partial<OutboxVisit>,
  ): Promise<OutboxVisit | undefined> {
    const written = await update<OutboxVisit>(this.db, STORES.visits, clientId, (current) => {
      if (!current || !from.includes(current.state)) return undefined;
      return { ...current, ...change(current), updatedAt: this.now().toISOString() };
    });
    if (written) this.changed();
    return written ?? undefined;
  }

  /** Records an acknowledged upload at once, so that photo is never sent again. */
  recordPhoto(clientId: string, localId: string, fileId: string): Promise<OutboxVisit | undefined> {
    return this.transition(clientId, ['sending'], (v) => ({
      photos: v.photos.map((p) => (p.localId === localId ? { ...p, fileId } : p)),
    }));
  }
}

/** A new id for a visit or a photo, made on the phone. */
export function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // randomUUID is for secure contexts only; a plain-http test server still gets a v4 UUID.
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
