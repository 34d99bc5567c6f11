// A signed-in API client for the browser tests: what a test sets up or reads through the
// real API, beside what it does in the browser.
import { DEMO_PASSWORD } from '../../server/seed/demo.js';

/** A signed-in API client (session cookie and CSRF token), for seeding through the real API. */
export async function apiAs(baseUrl: string, login: string) {
  let cookies = '';
  const keep = (res: Response) => {
    const jar = new Map(
      cookies
        .split('; ')
        .filter(Boolean)
        .map((c) => c.split('=') as [string, string]),
    );
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [k, ...v] = pair!.split('=');
      jar.set(k!, v.join('='));
    }
    cookies = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  };
  const first = await fetch(`${baseUrl}/api/auth/csrf`);
  keep(first);
  let csrf = ((await first.json()) as { csrfToken: string }).csrfToken;
  // The API's JSON, loosely typed: these calls only set up what the browser part then checks.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const call = async (method: string, path: string, body?: unknown): Promise<any> => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { cookie: cookies, 'x-csrf-token': csrf, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    keep(res);
    const json = await res.json();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  };
  csrf = (await call('POST', '/api/auth/login', { login, password: DEMO_PASSWORD })).csrfToken;
  return call;
}

/** A meeting a week ahead, published by the office with the member invited (for pages that need one). */
export async function aPublishedMeeting(baseUrl: string): Promise<number> {
  const call = await apiAs(baseUrl, 'admin');
  const kind = (await call('GET', '/api/meeting-kinds'))[0];
  const me = await (await apiAs(baseUrl, 'member'))('GET', '/api/auth/me');
  const startsAt = new Date(Date.now() + 7 * 24 * 3600_000).toISOString();
  const endsAt = new Date(Date.now() + 7 * 24 * 3600_000 + 2 * 3600_000).toISOString();
  const m = await call('POST', '/api/meetings', {
    kindId: kind.id,
    title: '委员履职能力提升专题学习',
    startsAt,
    endsAt,
  });
  await call('POST', `/api/meetings/${m.id}/invitations`, { audience: { memberIds: [me.user.memberId] } });
  await call('POST', `/api/meetings/${m.id}/publish`, {});
  return m.id as number;
}

/** A guide on that meeting: an agenda item, a group with the member in it, his seat and hotel (for the guide's pages). */
export async function aGuide(baseUrl: string, meetingId: number): Promise<void> {
  const call = await apiAs(baseUrl, 'admin');
  const m = await call('GET', `/api/meetings/${meetingId}`);
  const me = await (await apiAs(baseUrl, 'member'))('GET', '/api/auth/me');
  const G = `/api/meetings/${meetingId}/guide`;
  await call('PUT', G, { notes: '请提前十分钟到场签到。' });
  const day = new Date(Date.parse(m.startsAt) + 8 * 3600_000).toISOString().slice(0, 10);
  await call('POST', `${G}/agenda`, {
    day,
    startTime: '09:00',
    endTime: '11:00',
    title: '专题辅导报告',
    byGroup: false,
  });
  const g = await call('POST', `${G}/groups`, { name: '第一组', room: '机关三楼第二会议室', convener: '周建华' });
  await call('PUT', `${G}/members/${me.user.memberId}`, {
    groupId: g.groups[0].id,
    seat: '2排5座',
    lodging: { hotel: '江临宾馆', room: '808' },
  });
}
