// Drives a second app instance over the demo database with a movable clock, so the demo's
// proposals go through the real workflow (history, audit trail, notifications, search
// index) on the dates they would have happened. Events are run in time order; an event may
// schedule later ones. Requests are made as the right user with a session minted for the run.
import { randomBytes } from 'node:crypto';
import { buildApp, type App } from '../app.js';
import { openDatabase, type Database } from '../db/database.js';
import { ManualClock } from '../platform/clock.js';
import { CSRF_HEADER, SESSION_COOKIE, tokenId } from '../platform/auth/sessions.js';
import type { Platform } from '../platform/platform.js';

export interface Caller {
  get<T = Json>(url: string): Promise<T>;
  post<T = Json>(url: string, body?: unknown): Promise<T>;
  put<T = Json>(url: string, body?: unknown): Promise<T>;
  patch<T = Json>(url: string, body?: unknown): Promise<T>;
  /** A file sent as a browser's form upload (field `file`). */
  upload<T = Json>(url: string, filename: string, data: Buffer, contentType: string): Promise<T>;
}
// The API's JSON, read by the seeder only where it needs an id or a version.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

interface Event {
  at: number;
  seq: number;
  run: () => Promise<void>;
}

export interface Driver {
  clock: ManualClock;
  platform: Platform;
  /** Runs `run` when the clock reaches `at` (ms); events past the end are dropped. */
  at(at: number, run: () => Promise<void>): void;
  as(username: string): Caller;
  /** Runs every event up to `end`, then the recurring jobs once more. */
  run(end: number): Promise<number>;
  close(): Promise<void>;
}

/** The run's sessions are last seen "in the future": they never go idle as the clock jumps, nor get touched on every request. */
const NEVER_IDLE = '2999-01-01T00:00:00.000Z';

/**
 * SQLite: the platform's own connection, shared (closing the run leaves it open).
 * PostgreSQL: a small pool of its own whose commits do not wait for the disk: a demo is
 * rebuilt rather than recovered after a power cut, and thousands of steps each waiting for
 * a WAL flush would take minutes. Either way the main app sees every step as it commits.
 */
function runDatabase(p: Platform): Database {
  if (p.config.database.kind !== 'postgres') return { ...p.database, close: async () => undefined };
  const url = new URL(p.config.database.url);
  url.searchParams.set('options', `${url.searchParams.get('options') ?? ''} -c synchronous_commit=off`.trim());
  return openDatabase({ database: { ...p.config.database, url: url.toString(), poolSize: 2 } });
}

export async function createDriver(p: Platform, start: Date): Promise<Driver> {
  const clock = new ManualClock(start);
  // No e-mail goes to demo addresses.
  const config = { ...p.config, smtp: null };
  const built: App = await buildApp(config, { clock, database: runDatabase(p), logger: false, webDir: null });
  await built.app.ready();
  const { app, platform } = built;

  const sessions = new Map<string, { cookie: string; csrf: string; id: string }>();
  async function session(username: string) {
    let s = sessions.get(username);
    if (!s) {
      const u = await platform.db
        .selectFrom('users')
        .select(['id', 'org_id'])
        .where('username', '=', username)
        .executeTakeFirst();
      if (!u) throw new Error(`demo seed: no user ${username}`);
      const { token, csrfToken } = await platform.sessions.create({
        userId: u.id,
        orgId: u.org_id,
        mfaState: 'ok',
        ip: '127.0.0.1',
        userAgent: 'lvzhi-demo-seed',
      });
      s = { cookie: `${SESSION_COOKIE}=${token}`, csrf: csrfToken, id: tokenId(token) };
      await platform.db
        .updateTable('auth_sessions')
        .set({ last_seen_at: NEVER_IDLE, expires_at: NEVER_IDLE })
        .where('id', '=', s.id)
        .execute();
      sessions.set(username, s);
    }
    return s;
  }

  function caller(username: string): Caller {
    const call = async (
      method: 'GET' | 'POST' | 'PUT' | 'PATCH',
      url: string,
      body?: unknown,
      form?: { payload: Buffer; headers: Record<string, string> },
    ) => {
      const s = await session(username);
      const res = await app.inject({
        method,
        url,
        remoteAddress: '127.0.0.1',
        headers: { cookie: s.cookie, [CSRF_HEADER]: s.csrf, ...form?.headers },
        ...(form ? { payload: form.payload } : body === undefined ? {} : { payload: body as object }),
      });
      if (res.statusCode < 200 || res.statusCode > 299) {
        throw new Error(
          `demo seed: ${username} ${method} ${url} at ${clock.now().toISOString()} -> ${res.statusCode} ${res.body}`,
        );
      }
      return res.json();
    };
    return {
      get: (url) => call('GET', url),
      post: (url, body) => call('POST', url, body ?? {}),
      put: (url, body) => call('PUT', url, body ?? {}),
      patch: (url, body) => call('PATCH', url, body ?? {}),
      upload: (url, filename, data, contentType) =>
        call('POST', url, undefined, multipartForm(filename, data, contentType)),
    };
  }

  // A binary heap on (time, insertion order): the same seed always runs in the same order.
  const heap: Event[] = [];
  let seq = 0;
  const before = (a: Event, b: Event) => a.at < b.at || (a.at === b.at && a.seq < b.seq);
  function push(e: Event) {
    heap.push(e);
    for (let i = heap.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }
  function pop(): Event | undefined {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length && last) {
      heap[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && before(heap[l]!, heap[m]!)) m = l;
        if (r < heap.length && before(heap[r]!, heap[m]!)) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m]!, heap[i]!];
        i = m;
      }
    }
    return top;
  }

  return {
    clock,
    platform,
    at(at, run) {
      push({ at, seq: seq++, run });
    },
    as: caller,
    async run(end) {
      let done = 0;
      for (let e = pop(); e && e.at <= end; e = pop()) {
        if (e.at > clock.now().getTime()) clock.set(new Date(e.at));
        await e.run();
        done++;
      }
      heap.length = 0;
      clock.set(new Date(Math.max(end, clock.now().getTime())));
      await platform.jobs.tick();
      return done;
    },
    async close() {
      const ids = [...sessions.values()].map((s) => s.id);
      for (let i = 0; i < ids.length; i += 200) {
        await platform.db
          .deleteFrom('auth_sessions')
          .where('id', 'in', ids.slice(i, i + 200))
          .execute();
      }
      await app.close();
    },
  };
}

/** A multipart/form-data body with one file in the field `file`, as a browser sends an upload. */
function multipartForm(filename: string, data: Buffer, contentType: string) {
  const boundary = `----lvzhiseed${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename.replace(/["\r\n]/g, '_')}"\r\nContent-Type: ${contentType}\r\n\r\n`,
    'utf8',
  );
  return {
    payload: Buffer.concat([head, data, Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8')]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
