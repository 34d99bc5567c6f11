// The outbox and its sync against a fake server and a fake IndexedDB: nothing the member saved
// is lost, nothing is sent twice, whatever the network does between the phone and the server.
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { flagLock, type SyncLock } from './lock';
import { newId, Outbox, type VisitContent } from './outbox';
import { syncOutbox, type SyncDeps } from './sync';

/** The server's side of the contract: files acknowledged with an id, visits idempotent per clientId. */
function fakeServer() {
  const s = {
    uploads: [] as string[],
    visitPosts: 0,
    visits: new Map<string, { id: number; photoIds: string[] }>(),
    /** Upload number (1-based, counted over the server's life) at which the connection drops. */
    dropUpload: 0,
    /** The server records the next visit, then the answer is lost on the way back. */
    loseNextVisitAnswer: false,
    refuseVisit: null as null | { status: number; code: string; message: string },
    attempts: 0,
    fetch: (async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      const json = (status: number, body: unknown) =>
        new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
      expect((init?.headers as Record<string, string>)['x-csrf-token']).toBe('token');
      if (url === '/api/files?purpose=photo') {
        s.attempts++;
        if (s.attempts === s.dropUpload) throw new TypeError('Failed to fetch');
        const file = (init!.body as FormData).get('file') as File;
        s.uploads.push(file.name);
        return json(201, { id: `00000000-0000-4000-8000-${String(s.uploads.length).padStart(12, '0')}` });
      }
      if (url === '/api/supervision/visits') {
        s.visitPosts++;
        if (s.refuseVisit) {
          const { status, code, message } = s.refuseVisit;
          return json(status, { error: { code, message } });
        }
        const body = JSON.parse(String(init!.body)) as { clientId: string; photoIds: string[] };
        const known = s.visits.get(body.clientId);
        if (!known) s.visits.set(body.clientId, { id: s.visits.size + 1, photoIds: body.photoIds });
        if (s.loseNextVisitAnswer) {
          s.loseNextVisitAnswer = false;
          throw new TypeError('Failed to fetch');
        }
        const visit = s.visits.get(body.clientId)!;
        return json(known ? 200 : 201, { ...visit, clientId: body.clientId });
      }
      return json(404, { error: { code: 'ROUTE_NOT_FOUND', message: 'not found' } });
    }) as typeof fetch,
  };
  return s;
}

function content(userId: number, photos: string[]): VisitContent {
  return {
    clientId: newId(),
    userId,
    campaignId: 1,
    campaignTitle: '2026年度民主评议',
    objectId: 7,
    objectName: '城东政务服务中心',
    visitedAt: '2026-12-07T02:30:00.000Z',
    interviewee: '窗口值班长',
    interviewNotes: '排队叫号约十分钟，材料一次告知。',
    scores: [{ criterionId: 3, score: 8 }],
    comment: '办事指引清楚。',
    photos: photos.map((name) => ({
      localId: newId(),
      name,
      type: 'image/jpeg',
      size: 4,
      blob: new Blob([name], { type: 'image/jpeg' }),
      fileId: null,
    })),
  };
}

const opened: Outbox[] = [];
afterEach(() => {
  for (const o of opened.splice(0)) o.close();
});

async function phone(factory = new IDBFactory()) {
  const outbox = await Outbox.open(factory, 'test');
  opened.push(outbox);
  return { outbox, factory };
}

function deps(outbox: Outbox, server: ReturnType<typeof fakeServer>, lock?: SyncLock, userId = 5): SyncDeps {
  return {
    outbox,
    userId,
    lock: lock ?? flagLock(outbox.db, 'tab-a'),
    fetch: server.fetch,
    headers: async () => ({ 'x-csrf-token': 'token' }),
  };
}

describe('field visit outbox sync', () => {
  it('resumes an interrupted upload at the photo that failed and never resends an acknowledged one', async () => {
    const { outbox } = await phone();
    const server = fakeServer();
    server.dropUpload = 2;
    const saved = await outbox.save(content(5, ['a.jpg', 'b.jpg', 'c.jpg']), 'queued');

    const first = await syncOutbox(deps(outbox, server));
    expect(first.stop).toBe('offline');
    let kept = (await outbox.get(saved.clientId))!;
    expect(kept.state).toBe('queued');
    expect(kept.photos.map((p) => !!p.fileId)).toEqual([true, false, false]);
    expect(server.visitPosts).toBe(0);

    const second = await syncOutbox(deps(outbox, server));
    expect(second).toEqual({ stop: 'done', sent: 1, needsAttention: 0 });
    expect(server.uploads).toEqual(['a.jpg', 'b.jpg', 'c.jpg']);
    kept = (await outbox.get(saved.clientId))!;
    expect(kept.state).toBe('sent');
    expect(kept.photos.every((p) => p.blob === null)).toBe(true);
    expect(server.visits.get(saved.clientId)!.photoIds).toEqual(kept.photos.map((p) => p.fileId));
  });

  it('keeps a sent visit for a week so the member sees it went, then removes it from the phone', async () => {
    let now = new Date('2026-12-07T02:00:00Z');
    const factory = new IDBFactory();
    const outbox = await Outbox.open(factory, 'test', () => now);
    opened.push(outbox);
    const server = fakeServer();
    const sent = await outbox.save(content(5, ['a.jpg']), 'queued');
    const draft = await outbox.save(content(5, ['b.jpg']), 'draft');
    expect((await syncOutbox(deps(outbox, server))).sent).toBe(1);
    expect((await outbox.get(sent.clientId))!.state).toBe('sent');

    now = new Date('2026-12-13T02:00:00Z'); // six days on: still listed as sent
    await syncOutbox(deps(outbox, server));
    expect((await outbox.get(sent.clientId))?.state).toBe('sent');

    now = new Date('2026-12-14T03:00:00Z'); // past seven days: gone; the unsent draft stays
    await syncOutbox(deps(outbox, server));
    expect(await outbox.get(sent.clientId)).toBeUndefined();
    expect((await outbox.get(draft.clientId))!.state).toBe('draft');
    expect(server.visitPosts).toBe(1);
  });

  it('retries a visit whose answer was lost and accepts the server’s 200 for the same clientId', async () => {
    const { outbox } = await phone();
    const server = fakeServer();
    server.loseNextVisitAnswer = true;
    const saved = await outbox.save(content(5, ['a.jpg']), 'queued');

    expect((await syncOutbox(deps(outbox, server))).stop).toBe('offline');
    expect((await outbox.get(saved.clientId))!.state).toBe('queued');

    expect((await syncOutbox(deps(outbox, server))).sent).toBe(1);
    const kept = (await outbox.get(saved.clientId))!;
    expect(kept.state).toBe('sent');
    expect(kept.serverId).toBe(1);
    expect(server.visitPosts).toBe(2);
    expect(server.visits.size).toBe(1);
    expect(server.uploads).toEqual(['a.jpg']);
  });

  it('keeps a refused visit needing attention with the server’s message, sends the others, and sends it once fixed', async () => {
    const { outbox } = await phone();
    const server = fakeServer();
    const bad = await outbox.save(content(5, ['a.jpg']), 'queued');
    server.refuseVisit = { status: 400, code: 'VALIDATION_FAILED', message: '评分超出该项满分' };
    const result = await syncOutbox(deps(outbox, server));
    expect(result).toEqual({ stop: 'done', sent: 0, needsAttention: 1 });
    const kept = (await outbox.get(bad.clientId))!;
    expect(kept.state).toBe('needs-attention');
    expect(kept.error).toEqual({ code: 'VALIDATION_FAILED', message: '评分超出该项满分' });
    expect(kept.photos[0]!.blob).not.toBeNull();

    // Not retried by itself: a second sync leaves it alone.
    await syncOutbox(deps(outbox, server));
    expect(server.visitPosts).toBe(1);

    // The member corrects the score and queues it again: the acknowledged photo is not re-sent.
    server.refuseVisit = null;
    const { state: _s, error: _e, serverId: _i, createdAt: _c, updatedAt: _u, ...edited } = kept;
    await outbox.save({ ...edited, scores: [{ criterionId: 3, score: 6 }] }, 'queued');
    expect((await syncOutbox(deps(outbox, server))).sent).toBe(1);
    expect(server.uploads).toEqual(['a.jpg']);
    expect((await outbox.get(bad.clientId))!.state).toBe('sent');
  });

  it('stops on a server fault or a lost session and keeps the visit queued', async () => {
    const { outbox } = await phone();
    const server = fakeServer();
    const saved = await outbox.save(content(5, []), 'queued');
    server.refuseVisit = { status: 503, code: 'SERVICE_UNAVAILABLE', message: '服务暂不可用' };
    expect((await syncOutbox(deps(outbox, server))).stop).toBe('server');
    server.refuseVisit = { status: 401, code: 'SESSION_EXPIRED', message: '登录已过期' };
    expect((await syncOutbox(deps(outbox, server))).stop).toBe('signed-out');
    const kept = (await outbox.get(saved.clientId))!;
    expect(kept.state).toBe('queued');
    expect(kept.error).toBeNull();
  });

  it('sends a visit once when two tabs sync at the same time', async () => {
    const factory = new IDBFactory();
    const tabA = await phone(factory);
    const tabB = await phone(factory);
    const server = fakeServer();
    const saved = await tabA.outbox.save(content(5, ['a.jpg', 'b.jpg']), 'queued');

    const results = await Promise.all([
      syncOutbox(deps(tabA.outbox, server, flagLock(tabA.outbox.db, 'tab-a'))),
      syncOutbox(deps(tabB.outbox, server, flagLock(tabB.outbox.db, 'tab-b'))),
    ]);
    expect(results.map((r) => r.stop).sort()).toEqual(['busy', 'done']);
    expect(server.visitPosts).toBe(1);
    expect(server.uploads).toEqual(['a.jpg', 'b.jpg']);
    expect((await tabB.outbox.get(saved.clientId))!.state).toBe('sent');
  });

  it('lets another tab sync once a dead tab’s flag has expired', async () => {
    const { outbox } = await phone();
    let clock = 1_000;
    const dead = flagLock(outbox.db, 'tab-dead', { now: () => clock, ttlMs: 60_000 });
    // The dead tab took the flag and never released it (its sync never returns).
    void dead.run(() => new Promise(() => undefined));
    await new Promise((r) => setTimeout(r, 20));
    const alive = flagLock(outbox.db, 'tab-alive', { now: () => clock, ttlMs: 60_000 });
    const server = fakeServer();
    await outbox.save(content(5, []), 'queued');
    expect((await syncOutbox(deps(outbox, server, alive))).stop).toBe('busy');
    clock += 61_000;
    expect((await syncOutbox(deps(outbox, server, alive))).sent).toBe(1);
  });

  it('sends only the signed-in member’s visits and refuses to change a visit being sent', async () => {
    const { outbox } = await phone();
    const server = fakeServer();
    const other = await outbox.save(content(9, []), 'queued');
    const mine = await outbox.save(content(5, []), 'queued');
    expect((await syncOutbox(deps(outbox, server))).sent).toBe(1);
    expect((await outbox.get(other.clientId))!.state).toBe('queued');
    expect((await outbox.get(mine.clientId))!.state).toBe('sent');
    const {
      state: _s,
      error: _e,
      serverId: _i,
      createdAt: _c,
      updatedAt: _u,
      ...sent
    } = (await outbox.get(mine.clientId))!;
    await expect(outbox.save(sent, 'queued')).rejects.toThrow(/sent/);
  });
});
