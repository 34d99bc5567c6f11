// The demo's sector activity week (界别活动周) of this year, run through the API on the dates it
// happens: the city's office writes the campaign in April and takes in every county; each office
// signs up a dozen members; the week opens with its public form; through the week members and
// party members submit on their phones, the offices enter paper forms in batches, and residents
// use the public form (each solving its challenge); the week closes at the month's end. About
// 360 opinions, composed from the hand-written fragments of ./demo-opinions-texts.ts, left
// 'submitted' (processing's seed routes and answers some). The organisations' categories and
// themes, with their keywords, are reference data written straight to the table. Its own random
// source.
import { solveChallenge } from '../platform/http/public-challenge.js';
import { DAY, HOUR, MINUTE } from '../platform/clock.js';
import { scheduleActivityWeekEvents } from './demo-activity-week.js';
import type { DemoOrg } from './demo-context.js';
import type { Json } from './demo-driver.js';
import { CLOSERS, OPENERS, SIGNATURES, SUBJECTS, type Subject } from './demo-opinions-texts.js';
import type { SeedRun } from './demo-run.js';
import { dayStart, memberTime, officeTime } from './demo-time.js';
import { prng } from './prng.js';

const YEAR = 2026;
const WEEK = { startsOn: '2026-05-18', endsOn: '2026-05-24' };
const TOTAL = 360;

/** Categories and this year's themes of every organisation, with the words its rules match. */
const CATEGORIES: [string, string[]][] = [
  ['经济发展', ['企业', '融资', '贷款', '营商', '产业', '农产品', '销售', '电商', '招商']],
  ['社会民生', ['公交', '医院', '看病', '老人', '养老', '食堂', '菜市场', '充电', '卫生院', '就业']],
  ['城乡建设', ['道路', '红绿灯', '信号灯', '路灯', '人行道', '停车', '村道', '电梯', '拓宽']],
  ['生态环境', ['污水', '垃圾', '异味', '扬尘', '噪音', '公园', '绿化', '排放']],
  ['文化教育', ['学校', '教师', '课后', '图书馆', '校车', '文化', '放学']],
  ['政治法治', ['物业', '业主', '执法', '治理', '调解', '法律']],
];
const THEMES: [string, string[]][] = [
  ['民生实事', ['公交', '红绿灯', '菜市场', '充电桩', '停车', '看病']],
  ['一老一小', ['老人', '老年', '电梯', '学校', '课后', '孩子', '卫生院']],
  ['美丽家园', ['公园', '人行道', '异味', '噪音', '扬尘', '环境']],
  ['营商环境', ['企业', '融资', '办事', '政务服务', '账款']],
  ['乡村振兴', ['村', '农户', '农产品', '农村', '种植']],
  ['基层治理', ['物业', '业主', '社区', '小区']],
  ['文化惠民', ['图书馆', '文化', '阅读']],
];

type Channel = 'member' | 'paper' | 'public';

interface Planned {
  org: DemoOrg;
  channel: Channel;
  title: string;
  body: string;
  place: string;
  author: string | null;
  contact: string | null;
}

export async function scheduleOpinions(run: SeedRun, orgs: DemoOrg[]): Promise<void> {
  const rnd = prng(20260518);
  const db = run.d.platform.db;
  const city = orgs.find((o) => o.level === 'city')!;
  const counties = orgs.filter((o) => o.level === 'county');

  for (const o of orgs) {
    const rows = [
      ...CATEGORIES.map(([name, words], i) => ({ kind: 'category' as const, name, words, i })),
      ...THEMES.map(([name, words], i) => ({ kind: 'theme' as const, name, words, i })),
    ];
    await db
      .insertInto('opinion_categories')
      .values(
        rows.map((r) => ({
          org_id: o.id,
          kind: r.kind,
          name: r.name,
          keywords: JSON.stringify(r.words),
          sort_order: r.i,
        })),
      )
      .onConflict((oc) => oc.columns(['org_id', 'kind', 'name']).doNothing())
      .execute();
  }

  scheduleActivityWeekEvents(run, orgs, WEEK);
  const planned = plan(rnd, city, counties);
  let campaignId = 0;
  let token = '';

  run.d.at(officeTime(dayStart('2026-04-20'), rnd), async () => {
    const office = run.d.as(city.office);
    const c = (await office.post('/api/opinions/campaigns', {
      year: YEAR,
      title: `${YEAR}年界别活动周`,
      theme: '聚焦民生实事 助推高质量发展',
      description:
        '全市各级政协委员、党员以界别为单位走进社区、乡村、企业和学校，面对面听取群众意见建议，' +
        '收集的意见经分类梳理后交有关部门办理，办理结果向群众反馈。',
      ...WEEK,
    })) as Json;
    campaignId = c.id;
    await office.put(`/api/opinions/campaigns/${campaignId}/orgs`, { orgIds: counties.map((o) => o.id) });
  });
  for (const o of orgs)
    run.d.at(officeTime(dayStart('2026-04-27'), rnd), async () => {
      const withAccount = o.members.filter((m) => m.username);
      const chosen = [...withAccount].sort(() => rnd.next() - 0.5).slice(0, o.level === 'city' ? 24 : 12);
      await run.d.as(o.office).put(`/api/opinions/campaigns/${campaignId}/participants`, {
        memberIds: chosen.map((m) => m.id),
      });
    });
  run.d.at(dayStart('2026-05-11') + 9 * HOUR, async () => {
    const office = run.d.as(city.office);
    await office.post(`/api/opinions/campaigns/${campaignId}/open`);
    token = ((await office.post(`/api/opinions/campaigns/${campaignId}/public`, { enabled: true })) as Json).token;
  });

  const weekStart = dayStart(WEEK.startsOn);
  // Residents' forms one to a distinct minute: the public form takes three a minute from one address.
  let publicSlot = 0;
  const paperByOrg = new Map<DemoOrg, Planned[]>();
  for (const x of planned) {
    if (x.channel === 'member') {
      const who = rnd.pick(x.org.members.filter((m) => m.username));
      run.d.at(memberTime(weekStart + rnd.int(0, 6) * DAY, rnd), async () => {
        await run.d.as(who.username).post('/api/opinions', {
          title: x.title,
          body: x.body,
          place: x.place,
          campaignId,
        });
      });
    } else if (x.channel === 'public') {
      const at = weekStart + 8 * HOUR + publicSlot++ * 97 * MINUTE;
      run.d.at(at, async () => {
        const visitor = run.d.as(city.office);
        const ch = (await visitor.get(`/api/public/opinions/${token}/challenge`)) as Json;
        await visitor.post(`/api/public/opinions/${token}`, {
          orgId: x.org.id,
          authorName: x.author,
          contact: x.contact,
          title: x.title,
          body: x.body,
          place: x.place,
          challenge: ch.challenge,
          solution: solveChallenge(ch.challenge, ch.bits),
        });
      });
    } else paperByOrg.set(x.org, [...(paperByOrg.get(x.org) ?? []), x]);
  }
  // The offices enter the week's paper forms in batches over the week and the days after.
  for (const [org, forms] of paperByOrg) {
    let after = weekStart + DAY;
    for (let i = 0; i < forms.length;) {
      const batch = forms.slice(i, i + rnd.int(6, 14));
      i += batch.length;
      after = officeTime(after, rnd);
      run.d.at(after, async () => {
        await run.d.as(org.office).post('/api/opinions/paper', {
          campaignId,
          rows: batch.map((x) => ({
            authorName: x.author,
            contact: x.contact,
            title: x.title,
            body: x.body,
            place: x.place,
          })),
        });
      });
    }
  }
  run.d.at(officeTime(dayStart('2026-06-01'), rnd), async () => {
    await run.d.as(city.office).post(`/api/opinions/campaigns/${campaignId}/close`);
  });
}

/** The week's opinions: half the city's, the rest the counties'; channels as the week had them. */
function plan(rnd: ReturnType<typeof prng>, city: DemoOrg, counties: DemoOrg[]): Planned[] {
  const out: Planned[] = [];
  const citySubjects = SUBJECTS.filter((s) => s.scope === 'city');
  const countySubjects = SUBJECTS.filter((s) => s.scope === 'county');
  for (let i = 0; i < TOTAL; i++) {
    const org = counties.length && rnd.next() < 0.5 ? rnd.pick(counties) : city;
    // A county's residents raise the city's matters too (a bus line, the hospital), less often.
    const pool = org === city ? citySubjects : rnd.next() < 0.75 ? countySubjects : citySubjects;
    const subject = rnd.weighted(pool.map((s) => [s, s.weight] as [Subject, number]));
    const channel = rnd.weighted<Channel>([
      ['member', 40],
      ['paper', 33],
      ['public', 27],
    ]);
    out.push(compose(rnd, org, subject, channel));
  }
  return out;
}

function compose(rnd: ReturnType<typeof prng>, org: DemoOrg, s: Subject, channel: Channel): Planned {
  const county = org.shortName.replace(/政协$/, '');
  const place = rnd.pick(s.places).replace('{c}', county);
  // Most people make the subject's first ask; some ask something else of the same subject.
  const ask = s.asks.length > 1 && rnd.next() < 0.3 ? rnd.pick(s.asks.slice(1)) : s.asks[0]!;
  const fill = (t: string) => t.replaceAll('{p}', place);
  const resident = channel !== 'member';
  const phone = `1${rnd.pick(['35', '38', '39', '58', '86', '88'])}${String(rnd.int(0, 99_999_999)).padStart(8, '0')}`;
  return {
    org,
    channel,
    title: fill(rnd.pick(ask.titles)),
    body: `${rnd.pick(OPENERS[channel])}${fill(rnd.pick(ask.bodies))}${rnd.pick(CLOSERS)}`,
    place,
    author: resident && rnd.next() < 0.7 ? rnd.pick(SIGNATURES) : null,
    contact: resident && rnd.next() < 0.5 ? phone : null,
  };
}
