// The demo city's evaluation campaign of this autumn (2026年政协委员眼中的公园), run through the
// API on the dates it happens: the city office writes it with four weighted criteria, sixteen
// parks across the districts and twenty members, runs the assignment (each park twice) and
// opens it; then members visit on their phones, each visit sent the evening of the day with one
// or two photos drawn for it (./demo-supervision-photos.ts) carrying the time and place the
// phone wrote. Two visits are flagged for the office: a photo taken far from the park, and a
// photo without a position. The demo member's own list keeps parks still to visit. The
// campaign stays open. Last year's campaign of the farmers' markets, smaller, is closed. Its own
// random source.
import { randomUUID } from 'node:crypto';
import { DAY, HOUR, MINUTE } from '../platform/clock.js';
import { drawFieldPhoto } from '../modules/supervision/index.js';
import type { DemoOrg } from './demo-context.js';
import type { Json } from './demo-driver.js';
import type { SeedRun } from './demo-run.js';
import { demoVisitPhotos } from './demo-supervision-photos.js';
import { scheduleMarketProblems } from './demo-supervision-problems.js';
import {
  COMMENTS,
  DEMO_CRITERIA,
  DEMO_MARKETS,
  DEMO_PARKS,
  GOOD_NOTES,
  INTERVIEWEES,
  MARKET_CRITERIA,
  MARKET_WORDS,
  WEAK_NOTES,
  type DemoPlace,
} from './demo-supervision-data.js';
import { dayStart, officeTime } from './demo-time.js';
import { prng } from './prng.js';

const PERIOD = { startsOn: '2026-10-19', endsOn: '2026-12-18' };
const PARTICIPANTS = 20;
const VISITS = 24;
/** The demo's member sign-in: his list shows parks visited and parks still to visit. */
const DEMO_MEMBER = 'member';
// Small photos: the visit evidence reads EXIF, not pixels, and the demo must seed quickly.
const PHOTO = { width: 320, height: 240 };

type Rnd = ReturnType<typeof prng>;
type Words = { interviewees: string[]; good: string[]; weak: string[]; comments: { good: string[]; weak: string[] } };
const PARK_WORDS: Words = { interviewees: INTERVIEWEES, good: GOOD_NOTES, weak: WEAK_NOTES, comments: COMMENTS };

export async function scheduleSupervision(run: SeedRun, orgs: DemoOrg[]): Promise<void> {
  const rnd = prng(20261019);
  const city = orgs.find((o) => o.level === 'city')!;
  const demo = await run.d.platform.db
    .selectFrom('users')
    .select('member_id')
    .where('username', '=', DEMO_MEMBER)
    .executeTakeFirst();
  const withAccount = city.members.filter((m) => m.username && m.id !== demo?.member_id);
  const chosen = [...withAccount].sort(() => rnd.next() - 0.5).slice(0, PARTICIPANTS - (demo?.member_id ? 1 : 0));
  const people = [
    ...(demo?.member_id ? [{ id: demo.member_id, username: DEMO_MEMBER }] : []),
    ...chosen.map((m) => ({ id: m.id, username: m.username })),
  ];
  const districts = [...new Set(DEMO_PARKS.map((p) => p.district))];
  const lastYear = scheduleLastYear(run, city.office, people.slice(1, 11), districts);
  scheduleMarketProblems(run, city.office, city.units.find((u) => u.name === '江临市商务局')?.username, lastYear);
  const base = '/api/supervision/campaigns';
  let campaignId = 0;

  run.d.at(officeTime(dayStart('2026-10-12'), rnd), async () => {
    const office = run.d.as(city.office);
    campaignId = (
      (await office.post(base, {
        title: '2026年政协委员眼中的公园',
        objectKind: 'place',
        description:
          '围绕“城市公园建设管理”开展民主评议：委员分片走进全市公园，实地察看、拍照取证、随机访谈游园群众，' +
          '按环境卫生、设施完好、管理服务、群众满意四项指标逐个打分点评，评议结果反馈责任单位整改。',
        ...PERIOD,
        visitsPerObject: 2,
      })) as Json
    ).id;
    await office.put(`${base}/${campaignId}/criteria`, { criteria: DEMO_CRITERIA });
    await office.post(`${base}/${campaignId}/objects`, {
      objects: DEMO_PARKS.map(({ care: _care, ...p }) => ({ ...p, responsibleUnit: '江临市住房和城乡建设局' })),
    });
    await office.put(`${base}/${campaignId}/participants`, {
      participants: people.map((m, i) => ({ memberId: m.id, district: districts[i % districts.length] })),
    });
  });

  run.d.at(officeTime(dayStart('2026-10-15'), rnd), async () => {
    const office = run.d.as(city.office);
    await office.post(`${base}/${campaignId}/assign`);
    // The demo member gets one park more by hand, so his list has parks left after his visit.
    const list = (await office.get(`${base}/${campaignId}/assignments`)) as Json[];
    const extra = list.find((o) => !o.assignees.some((a: Json) => a.memberId === demo?.member_id));
    if (demo?.member_id && extra)
      await office.post(`${base}/${campaignId}/assignments`, { objectId: extra.objectId, memberId: demo.member_id });
  });

  run.d.at(dayStart(PERIOD.startsOn) + 9 * HOUR, async () => {
    const office = run.d.as(city.office);
    await office.post(`${base}/${campaignId}/open`);
    const detail = (await office.get(`${base}/${campaignId}`)) as Json;
    const objects = (await office.get(`${base}/${campaignId}/objects`)) as Json[];
    const list = (await office.get(`${base}/${campaignId}/assignments`)) as Json[];
    const userOf = new Map(people.map((m) => [m.id, m.username]));
    // Every assignment a member holds, the demo member's first one only; then shuffled and cut.
    const pairs: { objectId: number; memberId: number }[] = [];
    let demoTaken = false;
    for (const o of list)
      for (const a of o.assignees) {
        if (a.memberId === null) continue;
        if (a.memberId === demo?.member_id) {
          if (demoTaken) continue;
          demoTaken = true;
          pairs.unshift({ objectId: o.objectId, memberId: a.memberId });
        } else pairs.push({ objectId: o.objectId, memberId: a.memberId });
      }
    const [first, ...rest] = pairs;
    const visits = [first!, ...rest.sort(() => rnd.next() - 0.5)].slice(0, VISITS);
    visits.forEach((v, i) => {
      const park = DEMO_PARKS.find((p) => p.name === objects.find((o) => o.id === v.objectId)!.name)!;
      const day = dayStart(PERIOD.startsOn) + rnd.int(1, 36) * DAY;
      const flaw = i === 3 ? 'far' : i === 7 ? 'no_gps' : null;
      const seed = 1000 + i;
      const count = rnd.int(1, 2);
      const sendAt = day + 19 * HOUR + rnd.int(0, 150) * MINUTE;
      run.d.at(sendAt, async () => {
        const member = run.d.as(userOf.get(v.memberId)!);
        const photos = await photosOf(park, day, count, seed, flaw);
        const photoIds: string[] = [];
        for (const [n, data] of photos.entries())
          photoIds.push(
            ((await member.upload('/api/files?purpose=photo', `IMG_${seed}${n}.jpg`, data, 'image/jpeg')) as Json).id,
          );
        await member.post(
          '/api/supervision/visits',
          visitBody(rnd, park, PARK_WORDS, detail.criteria, {
            campaignId,
            objectId: v.objectId,
            visitedAt: new Date(day + 10 * HOUR).toISOString(),
            photoIds,
          }),
        );
      });
    });
  });
}

/** One or two photos of the park that day; a flawed visit's photos are far away or have no position. */
async function photosOf(park: DemoPlace, day: number, count: number, seed: number, flaw: 'far' | 'no_gps' | null) {
  const shots = await demoVisitPhotos({
    category: park.category,
    lat: flaw === 'far' ? park.lat + 0.06 : park.lat,
    lon: park.lon,
    from: day + 9 * HOUR,
    to: day + 17 * HOUR,
    count,
    seed,
    ...PHOTO,
  });
  if (flaw !== 'no_gps') return shots.map((s) => s.data);
  // A phone with location off: the photos carry their time but no position.
  return Promise.all(
    shots.map((s, i) =>
      drawFieldPhoto({ scene: s.scene, seed: seed * 31 + i, ...PHOTO, quality: 85, takenAt: s.takenAt }),
    ),
  );
}

function visitBody(
  rnd: Rnd,
  park: DemoPlace,
  words: Words,
  criteria: { id: number; maxScore: number }[],
  v: { campaignId: number; objectId: number; visitedAt: string; photoIds: string[] },
) {
  const good = rnd.next() < park.care;
  const scores = criteria.map((c) => ({
    criterionId: c.id,
    score: Math.max(3, Math.min(c.maxScore, Math.round(park.care * c.maxScore + rnd.int(-1, 1)))),
  }));
  return {
    clientId: randomUUID(),
    ...v,
    interviewee: rnd.pick(words.interviewees),
    interviewNotes: good
      ? `${rnd.pick(words.good)}${rnd.next() < 0.5 ? rnd.pick(words.weak) : ''}`
      : `${rnd.pick(words.weak)}${rnd.pick(words.weak)}`,
    scores,
    comment: rnd.pick(good ? words.comments.good : words.comments.weak),
  };
}

/** Last autumn's markets: ten members, each market twice, one photo a visit, then review and close. */
function scheduleLastYear(
  run: SeedRun,
  officeUser: string,
  people: { id: number; username: string }[],
  districts: string[],
): () => number {
  const rnd = prng(20250915);
  const base = '/api/supervision/campaigns';
  const period = { startsOn: '2025-09-15', endsOn: '2025-10-31' };
  let id = 0;
  run.d.at(officeTime(dayStart('2025-09-08'), rnd), async () => {
    const office = run.d.as(officeUser);
    id = (
      (await office.post(base, {
        title: '2025年政协委员眼中的农贸市场',
        objectKind: 'place',
        description: '委员走进农贸市场，察看环境卫生、价格公示和计量，访谈买菜群众，评议结果反馈市场主管部门。',
        ...period,
        visitsPerObject: 2,
      })) as Json
    ).id;
    await office.put(`${base}/${id}/criteria`, { criteria: MARKET_CRITERIA });
    await office.post(`${base}/${id}/objects`, {
      objects: DEMO_MARKETS.map(({ care: _care, ...m }) => ({ ...m, responsibleUnit: '江临市商务局' })),
    });
    await office.put(`${base}/${id}/participants`, {
      participants: people.map((m, i) => ({ memberId: m.id, district: districts[i % districts.length] })),
    });
    await office.post(`${base}/${id}/assign`);
  });
  run.d.at(dayStart(period.startsOn) + 9 * HOUR, async () => {
    const office = run.d.as(officeUser);
    await office.post(`${base}/${id}/open`);
    const criteria = ((await office.get(`${base}/${id}`)) as Json).criteria;
    const objects = (await office.get(`${base}/${id}/objects`)) as Json[];
    const list = (await office.get(`${base}/${id}/assignments`)) as Json[];
    const userOf = new Map(people.map((m) => [m.id, m.username]));
    list.forEach((o, i) =>
      o.assignees.forEach((a: Json, j: number) => {
        if (a.memberId === null) return;
        const market = DEMO_MARKETS.find((m) => m.name === objects.find((x) => x.id === o.objectId)!.name)!;
        const day = dayStart(period.startsOn) + rnd.int(1, 40) * DAY;
        const seed = 500 + i * 10 + j;
        run.d.at(day + 19 * HOUR + rnd.int(0, 150) * MINUTE, async () => {
          const member = run.d.as(userOf.get(a.memberId)!);
          const [photo] = await photosOf(market, day, 1, seed, null);
          const file = (await member.upload(
            '/api/files?purpose=photo',
            `IMG_${seed}.jpg`,
            photo!,
            'image/jpeg',
          )) as Json;
          await member.post(
            '/api/supervision/visits',
            visitBody(rnd, market, MARKET_WORDS, criteria, {
              campaignId: id,
              objectId: o.objectId,
              visitedAt: new Date(day + 10 * HOUR).toISOString(),
              photoIds: [file.id],
            }),
          );
        });
      }),
    );
  });
  run.d.at(officeTime(dayStart('2025-11-03'), rnd), () => run.d.as(officeUser).post(`${base}/${id}/review`));
  run.d.at(officeTime(dayStart('2025-12-01'), rnd), () => run.d.as(officeUser).post(`${base}/${id}/close`));
  // The campaign's id, once its first step has run (its problems are recorded after).
  return () => id;
}
