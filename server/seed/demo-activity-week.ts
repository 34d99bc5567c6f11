// The activity week's events (界别活动周活动): the meetings of the activity-week kind that the
// sectors hold in the campaign's days, so the campaign page lists what happened where. The
// city's office announces four, each county's office one, about ten days ahead; the sector's
// members are invited (a county's whole body) and some sign up. Run through the API like the rest of the demo.
import { HOUR } from '../platform/clock.js';
import type { DemoOrg } from './demo-context.js';
import type { Json } from './demo-driver.js';
import type { SeedRun } from './demo-run.js';
import { dayStart, memberTime, officeTime } from './demo-time.js';
import { prng } from './prng.js';

interface EventPlan {
  sector: string;
  title: (place: string) => string;
  description: string;
  venue: (place: string) => string;
  /** Day of the week (0 = its first day) and the hour it starts, China time. */
  day: number;
  hour: number;
}

const CITY_EVENTS: EventPlan[] = [
  {
    sector: '医药卫生界',
    title: () => '医药卫生界委员进社区义诊问需活动',
    description: '委员在社区卫生服务中心坐诊，同时发放意见征集表，听取居民对家门口看病就医的意见。',
    venue: () => '清源区南湖街道社区卫生服务中心',
    day: 1,
    hour: 8.5,
  },
  {
    sector: '教育界',
    title: () => '教育界委员走进校园听取师生家长意见',
    description: '与中小学校长、教师和家长代表座谈，重点听取课后服务、校车和上下学交通方面的诉求。',
    venue: () => '江临市实验小学报告厅',
    day: 2,
    hour: 14.5,
  },
  {
    sector: '经济界',
    title: () => '经济界委员企业服务日座谈会',
    description: '走访开发区三家制造企业，召开座谈会收集企业在用工、物流和审批方面的意见建议。',
    venue: () => '江临经济开发区企业服务中心',
    day: 3,
    hour: 9,
  },
  {
    sector: '农业界',
    title: () => '农业界委员田间地头听民声',
    description: '到村集体合作社和家庭农场，了解农资价格、农产品销售和农村道路养护情况。',
    venue: () => '白沙县河口镇新田村党群服务中心',
    day: 4,
    hour: 9,
  },
];

const COUNTY_EVENT: EventPlan = {
  sector: '',
  title: (place) => `${place}政协委员“履职为民”界别活动日`,
  description: '委员分组进村入户、走进社区和企业，面对面听取群众意见，现场答复能答复的问题。',
  venue: (place) => `${place}政协机关会议室及各联系点`,
  day: 5,
  hour: 9,
};

export function scheduleActivityWeekEvents(run: SeedRun, orgs: DemoOrg[], week: { startsOn: string }): void {
  const rnd = prng(20260517);
  const weekStart = dayStart(week.startsOn);
  const plans = orgs.flatMap((o) => (o.level === 'city' ? CITY_EVENTS : [COUNTY_EVENT]).map((plan) => ({ o, plan })));
  for (const { o, plan } of plans) {
    const startsAt = weekStart + plan.day * 24 * HOUR + plan.hour * HOUR;
    const place = o.shortName.replace(/政协$/, '');
    run.d.at(officeTime(startsAt - 12 * 24 * HOUR, rnd), async () => {
      const office = run.d.as(o.office);
      const kinds = (await office.get('/api/meeting-kinds')) as Json[];
      const kind = kinds.find((k) => k.code === 'activity_week_event');
      if (!kind) return; // an organisation that retired the kind holds none
      const m = (await office.post('/api/meetings', {
        kindId: kind.id,
        title: plan.title(place),
        description: plan.description,
        startsAt: new Date(startsAt).toISOString(),
        endsAt: new Date(startsAt + 3 * HOUR).toISOString(),
        venue: plan.venue(place),
      })) as Json;
      const id = m.id as number;
      const sector = o.collectives.find((c) => c.type === 'sector' && c.name === plan.sector);
      // A county's day is for all its members; a city event for its sector.
      const audience = sector ? { sectorIds: [sector.ref] } : { all: true };
      await office.post(`/api/meetings/${id}/invitations`, { audience });
      await office.post(`/api/meetings/${id}/publish`);
      // A few of the invited (those with an account) sign up in the days before.
      const invited = new Set(
        ((await office.get(`/api/meetings/${id}/attendance`)).rows.items as Json[]).map((i) => i.memberId as number),
      );
      const signers = o.members.filter((x) => x.username && invited.has(x.id));
      for (const [i, who] of signers.slice(0, 6).entries())
        run.d.at(memberTime(startsAt - 8 * 24 * HOUR + i * 6 * HOUR, rnd), async () => {
          await run.d.as(who.username).post(`/api/meetings/${id}/attend`);
        });
    });
  }
}
