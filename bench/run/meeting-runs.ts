// The meetings module's write cases (issue 13 item 11), each a timed operation on meetings the
// case creates through the API as the top organisation's office:
// (j) a plenary checking in: a meeting starting in half an hour, its members invited and the
//     meeting published; then as many members as the case takes (500; smoke: 100) each sign
//     in (their own session) and check in by the rotating code shown at the door (fetched by
//     the office, renewed every 10 s) with the phone's position, one check-in every 5 ms (200/s,
//     open loop: a request's time runs from when it was due, so a server falling behind shows
//     in the figures). Three such sessions (the plenary's three days); smoke: one.
// (m) the whole provincial body invited to one published meeting: every member of every
//     organisation the office sees, in one request that writes the invitations and the notices.
// (n) a notice (通知公告) to the whole provincial body: drafted, then published in one request
//     that resolves every member's account into a recipient (one INSERT ... SELECT) and tells each.
import type { CaseResult } from './driver.js';
import { getJson, headersOf, postJson, signIn, type Session } from './http.js';

const RATE_PER_S = 200;
const MIN = 60_000;

interface Kind {
  id: number;
  code: string;
}
interface Created {
  id: number;
}

async function kindId(staff: Session, code: string): Promise<number> {
  const kinds = await getJson<Kind[]>(staff, '/api/meeting-kinds');
  const k = kinds.find((x) => x.code === code);
  if (!k) throw new Error(`no meeting kind ${code}`);
  return k.id;
}

const VENUE = { venue: '会议中心大礼堂', venueLat: 30.5728, venueLng: 114.2793, checkinRadiusM: 300 };

async function plenary(staff: Session, kind: number, day: number): Promise<number> {
  const start = Date.now() + 30 * MIN;
  const m = await postJson<Created>(
    staff,
    '/api/meetings',
    {
      kindId: kind,
      title: `基准测试：全体会议第${day}天`,
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + 4 * 60 * MIN).toISOString(),
      ...VENUE,
    },
    201,
  );
  await postJson(staff, `/api/meetings/${m.id}/invitations`, { audience: { all: true } });
  await postJson(staff, `/api/meetings/${m.id}/publish`, {});
  return m.id;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0;

/**
 * Signs in these members one after another, as the other cases do: each sign-in is a
 * deliberately slow password check whose 32 MB would count in the server's peak memory.
 */
async function signInAll(urls: string[], usernames: string[], password: string): Promise<Session[]> {
  const out: Session[] = [];
  for (const [i, u] of usernames.entries()) out.push(await signIn(urls[i % urls.length]!, u, password));
  return out;
}

export interface RushResult {
  latencies: number[];
  non2xx: number;
  errors: number;
  seconds: number;
}

async function rush(staff: Session, meetingId: number, members: Session[]): Promise<RushResult> {
  let code = (await getJson<{ code: string }>(staff, `/api/meetings/${meetingId}/checkin-code`)).code;
  const renew = setInterval(() => {
    getJson<{ code: string }>(staff, `/api/meetings/${meetingId}/checkin-code`).then(
      (c) => (code = c.code),
      () => undefined,
    );
  }, 10_000);
  const body = () => JSON.stringify({ code, lat: 30.5731, lng: 114.2801, accuracyM: 15 });
  const one = async (s: Session) => {
    const res = await fetch(`${s.base}/api/meetings/${meetingId}/checkin`, {
      method: 'POST',
      headers: headersOf(s, true),
      body: body(),
    });
    await res.arrayBuffer();
    return res.status;
  };
  const result: RushResult = { latencies: [], non2xx: 0, errors: 0, seconds: 0 };
  try {
    // The first alone, before the clock: whatever loads on first use is loaded.
    if ((await one(members[0]!)) !== 200) result.non2xx++;
    const t0 = performance.now();
    await Promise.all(
      members.slice(1).map(async (s, i) => {
        const due = t0 + (i * 1000) / RATE_PER_S;
        await new Promise((r) => setTimeout(r, Math.max(0, due - performance.now())));
        try {
          if ((await one(s)) !== 200) result.non2xx++;
        } catch {
          result.errors++;
        }
        result.latencies.push(performance.now() - due);
      }),
    );
    result.seconds = (performance.now() - t0) / 1000;
  } finally {
    clearInterval(renew);
  }
  return result;
}

/** Case (j). */
export async function checkinCase(
  urls: string[],
  staff: Session,
  password: string,
  count: number,
  rounds: number,
  phase: (label: string) => Promise<void>,
): Promise<Omit<CaseResult, 'loadBefore' | 'loadAfter'>> {
  const kind = await kindId(staff, 'plenary');
  let members: Session[] = [];
  const all: RushResult = { latencies: [], non2xx: 0, errors: 0, seconds: 0 };
  let signInSeconds = 0;
  for (let day = 1; day <= rounds; day++) {
    const id = await plenary(staff, kind, day);
    if (!members.length) {
      const board = await getJson<{ rows: { items: { memberId: number | null }[] } }>(
        staff,
        `/api/meetings/${id}/attendance`,
      );
      const usernames = board.rows.items.slice(0, count).map((r) => `m${r.memberId}`);
      if (usernames.length < count) throw new Error(`only ${usernames.length} members to check in, not ${count}`);
      await phase('j sign-in');
      const t = performance.now();
      members = await signInAll(urls, usernames, password);
      signInSeconds = Math.round((performance.now() - t) / 100) / 10;
      await phase('j');
    }
    const r = await rush(staff, id, members);
    all.latencies.push(...r.latencies);
    all.non2xx += r.non2xx;
    all.errors += r.errors;
    all.seconds += r.seconds;
    // Every check-in must show on the board: a fast answer that wrote nothing proves nothing.
    const b = await getJson<{ present: number }>(staff, `/api/meetings/${id}/attendance?pageSize=1`);
    if (b.present !== count) throw new Error(`the board shows ${b.present} present, not ${count} (meeting ${id})`);
  }
  const sorted = [...all.latencies].sort((a, b) => a - b);
  const round1 = (x: number) => Math.round(x * 10) / 10;
  return {
    key: 'j',
    name: `a ${count}-member plenary checking in at ${RATE_PER_S}/s by the rotating code, ${rounds} session(s); sign-in of the ${count} took ${signInSeconds} s (member)`,
    requestsPerSecond: round1(all.latencies.length / all.seconds),
    operationsPerSecond: round1(all.latencies.length / all.seconds),
    p50: round1(percentile(sorted, 50)),
    p99: round1(percentile(sorted, 99)),
    requests: all.latencies.length,
    non2xx: all.non2xx,
    errors: all.errors,
    timeouts: 0,
    seconds: round1(all.seconds / rounds),
  };
}

/** Case (m). */
export async function inviteAllCase(
  staff: Session,
  members: number,
): Promise<Omit<CaseResult, 'loadBefore' | 'loadAfter'>> {
  const orgs = await getJson<{ id: number }[]>(staff, '/api/orgs');
  const kind = await kindId(staff, 'study_symposium');
  const start = Date.now() + 7 * 24 * 60 * MIN;
  const m = await postJson<Created>(
    staff,
    '/api/meetings',
    {
      kindId: kind,
      title: '基准测试：全体委员学习交流视频会',
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + 2 * 60 * MIN).toISOString(),
      onlineUrl: 'https://meeting.example.org/bench',
    },
    201,
  );
  await postJson(staff, `/api/meetings/${m.id}/publish`, {});
  const t = performance.now();
  const r = await postJson<{ added: number }>(staff, `/api/meetings/${m.id}/invitations`, {
    audience: { all: true, orgIds: orgs.map((o) => o.id) },
  });
  const ms = Math.round(performance.now() - t);
  if (r.added !== members) throw new Error(`invited ${r.added} members, not the ${members} of the dataset`);
  return {
    key: 'm',
    name: `the whole body invited to a published meeting: ${r.added} invitations and their notices in one request (staff)`,
    requestsPerSecond: 0,
    operationsPerSecond: 0,
    p50: ms,
    p99: ms,
    requests: 1,
    non2xx: 0,
    errors: 0,
    timeouts: 0,
    seconds: ms / 1000,
  };
}

/** Case (n). */
export async function noticeAllCase(staff: Session): Promise<Omit<CaseResult, 'loadBefore' | 'loadAfter'>> {
  const orgs = await getJson<{ id: number }[]>(staff, '/api/orgs');
  const n = await postJson<Created>(
    staff,
    '/api/meeting-notices',
    {
      title: '基准测试：关于报送年度履职情况的通知',
      body: '请各位委员于月底前在履职平台核对本人履职记录。',
      audience: { all: true, orgIds: orgs.map((o) => o.id) },
    },
    201,
  );
  const t = performance.now();
  const r = await postJson<{ recipients: number }>(staff, `/api/meeting-notices/${n.id}/publish`, {});
  const ms = Math.round(performance.now() - t);
  if (!(r.recipients > 0)) throw new Error('the notice reached nobody');
  return {
    key: 'n',
    name: `a notice to the whole body published: ${r.recipients} recipients and their notifications in one request (staff)`,
    requestsPerSecond: 0,
    operationsPerSecond: 0,
    p50: ms,
    p99: ms,
    requests: 1,
    non2xx: 0,
    errors: 0,
    timeouts: 0,
    seconds: ms / 1000,
  };
}
