// The demo's chair-and-members symposium (主席联系委员座谈会) with its guests, run through the
// API on the days it happens: the chair meets eight members on elderly care in the villages,
// with an expert, two grassroots representatives and a civil-affairs official as guests.
// The members are checked in at the door by scanning their personal codes (one comes late,
// one not at all); the guests are checked in by hand, save one who sent word he could not come.
import { DAY, HOUR, MINUTE } from '../platform/clock.js';
import type { SeedRun } from './demo-run.js';
import { dateOf, dayStart, officeTime } from './demo-time.js';
import { prng } from './prng.js';

const OFFICE = 'admin';

const GUESTS = [
  { name: '沈嘉禾', kind: 'expert', affiliation: '省社会科学院社会学研究所研究员', phone: '13867120458' },
  { name: '邱桂兰', kind: 'grassroots', affiliation: '石塘镇溪口村党支部书记', phone: '15924031776' },
  { name: '冯建伟', kind: 'grassroots', affiliation: '青山街道居家养老服务中心负责人' },
  { name: '邹明远', kind: 'unit', affiliation: '养老服务处副处长', unit: '市民政局', phone: '13605717392' },
] as const;

/** Schedules the symposium 24 days before "today"; members are [memberId, username] with accounts. */
export function scheduleGuestSymposium(run: SeedRun, members: [number, string][]): void {
  // Its own random source: the other meetings' demo is the same with or without it.
  const rnd = prng(20261210);
  const office = run.d.as(OFFICE);
  const start = dayStart(dateOf(run.end - 24 * DAY)) + 14.5 * HOUR;
  const invited = members.slice(-8);
  let id = 0;
  const guests: number[] = [];
  run.d.at(officeTime(start - 10 * DAY, rnd), async () => {
    const kinds: { id: number; code: string }[] = await office.get('/api/meeting-kinds');
    ({ id } = await office.post('/api/meetings', {
      kindId: kinds.find((k) => k.code === 'chair_member_symposium')!.id,
      title: '主席联系委员座谈会：农村居家养老服务',
      description: '市政协主席与委员面对面交流，听取专家和基层一线对农村居家养老服务的意见建议。',
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + 2 * HOUR).toISOString(),
      venue: '市政协机关二楼委员之家',
    }));
    await office.post(`/api/meetings/${id}/invitations`, { audience: { memberIds: invited.map(([m]) => m) } });
    for (const g of GUESTS) guests.push((await office.post(`/api/meetings/${id}/guests`, g)).invitationId);
    await office.post(`/api/meetings/${id}/publish`);
  });
  invited.slice(0, 7).forEach(([, username], i) =>
    run.d.at(start - (6 - (i % 4)) * DAY + i * MINUTE, async () => {
      await run.d.as(username).post(`/api/meetings/${id}/attend`);
    }),
  );
  // At the door: six members show their codes before the start, the seventh a quarter of an hour late.
  const scan = async (username: string) => {
    const { code } = await run.d.as(username).get(`/api/meetings/${id}/my-code`);
    await office.post(`/api/meetings/${id}/scan`, { code });
  };
  run.d.at(start - 15 * MINUTE, async () => {
    for (const [, username] of invited.slice(0, 6)) await scan(username);
    for (const g of guests.slice(0, 3)) await office.post(`/api/meetings/${id}/invitations/${g}/checkin`);
  });
  run.d.at(start + 25 * MINUTE, () => scan(invited[6]![1]));
  run.d.at(start + 3 * HOUR, async () => {
    await office.post(`/api/meetings/${id}/attendance/close`);
  });
}
