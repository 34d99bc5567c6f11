// Sends the member's queued visits: each photo on its own request (its file id recorded the
// moment the server acknowledges it, so an interrupted upload resumes at the photo that
// failed), then the visit with its clientId (a resend after a lost answer gets the server's
// 200 with the same visit). A visit leaves the pending states only on the server's 200/201.
// A 4xx about the visit marks it needing the member's attention and keeps it; a lost
// connection, a server fault, a stale session stop the sync for a later retry.
import { BUSY, type SyncLock } from './lock';
import type { Outbox, OutboxVisit } from './outbox';

export interface SyncDeps {
  outbox: Outbox;
  userId: number;
  lock: SyncLock;
  fetch: typeof fetch;
  /** Headers for a write: the CSRF token (as web/src/api/client.ts sends it) and the language. */
  headers(): Promise<Record<string, string>>;
  /** Called when the server refused the CSRF token: the next sync fetches a fresh one. */
  onCsrfFailed?(): void;
}

/** How the sync ended: `done` (nothing left it could send), or why it stopped early. */
export type SyncStop = 'done' | 'busy' | 'offline' | 'server' | 'signed-out';
export interface SyncResult {
  stop: SyncStop;
  sent: number;
  needsAttention: number;
}

type Step = { ok: true; data: unknown } | { ok: false; stop: SyncStop } | { ok: false; refused: Refusal };
interface Refusal {
  code: string;
  message: string;
}

/**
 * How long a request may take before it counts as a lost connection (a weak signal can hold one
 * open for many minutes and the sync would wait behind it): a photo of 8 MB at 1 Mbit/s takes
 * about 70 s. An upload cut this way may have reached the server; sending the photo again only
 * leaves the first copy unused.
 */
export const PHOTO_TIMEOUT_MS = 180_000;
export const POST_TIMEOUT_MS = 30_000;

async function send(deps: SyncDeps, url: string, body: BodyInit, json: boolean): Promise<Step> {
  let res: Response;
  try {
    const headers: Record<string, string> = { accept: 'application/json', ...(await deps.headers()) };
    if (json) headers['content-type'] = 'application/json';
    const signal = AbortSignal.timeout(json ? POST_TIMEOUT_MS : PHOTO_TIMEOUT_MS);
    res = await deps.fetch(url, { method: 'POST', headers, body, credentials: 'same-origin', signal });
  } catch {
    return { ok: false, stop: 'offline' };
  }
  const data: unknown = (res.headers.get('content-type') ?? '').includes('application/json')
    ? await res.json().catch(() => null)
    : null;
  if (res.ok) return { ok: true, data };
  const error = (data as { error?: Partial<Refusal> } | null)?.error;
  const refusal = { code: error?.code ?? `HTTP_${res.status}`, message: error?.message ?? `HTTP ${res.status}` };
  if (res.status === 401) return { ok: false, stop: 'signed-out' };
  if (res.status === 403 && refusal.code === 'CSRF_FAILED') {
    deps.onCsrfFailed?.();
    return { ok: false, stop: 'server' };
  }
  // Worth trying again later as it is: timeouts, rate limits, server faults.
  if (res.status === 408 || res.status === 425 || res.status === 429 || res.status >= 500)
    return { ok: false, stop: 'server' };
  return { ok: false, refused: refusal };
}

/** One visit to the end: 'sent', 'attention', or why the whole sync must stop. */
async function sendVisit(deps: SyncDeps, visit: OutboxVisit): Promise<'sent' | 'attention' | SyncStop> {
  const { outbox } = deps;
  let current: OutboxVisit | undefined = visit;
  for (const photo of visit.photos) {
    if (photo.fileId || !photo.blob) continue;
    const form = new FormData();
    form.append('file', photo.blob, photo.name);
    const step = await send(deps, '/api/files?purpose=photo', form, false);
    if (!step.ok) {
      if ('stop' in step) return step.stop;
      await outbox.transition(visit.clientId, ['sending'], () => ({
        state: 'needs-attention',
        error: { code: step.refused.code, message: `${photo.name}: ${step.refused.message}` },
      }));
      return 'attention';
    }
    const fileId = (step.data as { id?: unknown } | null)?.id;
    if (typeof fileId !== 'string') return 'server';
    current = await outbox.recordPhoto(visit.clientId, photo.localId, fileId);
    if (!current) return 'server';
  }
  const body = {
    clientId: current.clientId,
    campaignId: current.campaignId,
    objectId: current.objectId,
    visitedAt: current.visitedAt,
    interviewee: current.interviewee,
    interviewNotes: current.interviewNotes,
    scores: current.scores,
    comment: current.comment,
    photoIds: current.photos.map((p) => p.fileId).filter((id): id is string => !!id),
  };
  const step = await send(deps, '/api/supervision/visits', JSON.stringify(body), true);
  if (!step.ok) {
    if ('stop' in step) return step.stop;
    await outbox.transition(visit.clientId, ['sending'], () => ({ state: 'needs-attention', error: step.refused }));
    return 'attention';
  }
  const serverId = (step.data as { id?: unknown } | null)?.id;
  // The Blobs go once the server has the visit: the phone's storage is for what is not yet sent.
  await outbox.transition(visit.clientId, ['sending'], (v) => ({
    state: 'sent',
    error: null,
    serverId: typeof serverId === 'number' ? serverId : null,
    photos: v.photos.map((p) => ({ ...p, blob: null })),
  }));
  return 'sent';
}

/** Sends what the member has queued, unless another tab's sync is at it already. */
export async function syncOutbox(deps: SyncDeps): Promise<SyncResult> {
  const outcome = await deps.lock.run(async (): Promise<SyncResult> => {
    const result: SyncResult = { stop: 'done', sent: 0, needsAttention: 0 };
    await deps.outbox.pruneSent(deps.userId);
    for (const listed of await deps.outbox.list(deps.userId)) {
      // 'sending' under the lock can only be a sync that died mid-way (a closed tab): resume it.
      const visit = await deps.outbox.transition(listed.clientId, ['queued', 'sending'], () => ({ state: 'sending' }));
      if (!visit) continue;
      const end = await sendVisit(deps, visit);
      if (end === 'sent') result.sent++;
      else if (end === 'attention') result.needsAttention++;
      else {
        // Back in the queue as it is, acknowledged photos included, for the next try.
        await deps.outbox.transition(visit.clientId, ['sending'], () => ({ state: 'queued' }));
        return { ...result, stop: end };
      }
    }
    return result;
  });
  return outcome === BUSY ? { stop: 'busy', sent: 0, needsAttention: 0 } : outcome;
}
