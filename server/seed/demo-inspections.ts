// Inspections (视察) of the demo city, run through the API on the days they happen: a thematic
// inspection of rural sewage treatment two and a half months ago, done, whose three
// recommendations were answered (one accepted, one partly, one not) and followed to done or
// closed; a joint inspection of traffic safety around schools under way today, with a first
// finding and a recommendation waiting for the education bureau (the demo's `unit` sign-in);
// and a members' inspection of home care for the elderly, published and planned for next month.
import { DAY } from '../platform/clock.js';
import type { SeedRun } from './demo-run.js';
import { dateOf, officeTime } from './demo-time.js';
import { prng } from './prng.js';

const OFFICE = 'admin';

interface SiteSpec {
  name: string;
  address: string;
  unit?: string;
}
interface RecSpec {
  unit: string;
  site?: number;
  title: string;
  body: string;
  /** The unit's answer, and the office's outcome (done, or closed with the reason). */
  answer?: { kind: 'accepted' | 'partly' | 'declined'; text: string; after: number };
  outcome?: { step: 'complete' | 'close'; text: string; after: number };
}

const SEWAGE_SITES: SiteSpec[] = [
  { name: '青石镇污水处理站', address: '青石镇河西村污水站', unit: '市生态环境局' },
  { name: '桃源乡集中连片治理示范村', address: '桃源乡上坪村', unit: '市农业农村局' },
  { name: '城郊结合部管网接户点', address: '江临经济开发区东湖社区', unit: '市住建局' },
];
const SEWAGE_FINDINGS = [
  '全市已建成农村污水处理设施 312 座，行政村治理覆盖率 68%，较上年提高 9 个百分点。',
  '视察组发现：部分站点建成后运行负荷不足三成，“建而不用”问题仍然存在；运维经费主要依靠乡镇自筹，保障不稳定；出水水质监测频次偏低，数据未与生态环境部门联网。',
].join('\n');
const SEWAGE_SITE_FINDINGS = [
  '站点设计日处理 200 吨，实际进水约 55 吨；进水管有两处破损，雨季雨污混流。',
  '村内三格化粪池改造完成率 92%，村民满意度高；尾水用于湿地灌溉，做法可复制。',
  '沿街商户接户率不足六成，部分餐饮油污直排雨水管。',
];
const SEWAGE_RECS: RecSpec[] = [
  {
    unit: '市生态环境局',
    site: 0,
    title: '建立农村污水处理设施出水水质在线监测和通报制度',
    body: '建议对日处理 20 吨以上的站点安装在线监测设备，数据接入全市生态环境监测平台，按季度通报运行情况。',
    answer: {
      kind: 'accepted',
      text: '我局已将 46 座重点站点纳入在线监测，年底前接入监测平台；自明年一季度起按季度通报，并纳入乡镇生态环境考核。',
      after: 21,
    },
    outcome: { step: 'complete', text: '在线监测已覆盖 46 座重点站点，首期运行通报已印发。', after: 12 },
  },
  {
    unit: '市住建局',
    site: 2,
    title: '加快城郊结合部污水管网接户改造',
    body: '建议摸清沿街商户和居民未接户底数，明确接户责任和时限，对餐饮商户同步安装隔油设施。',
    answer: {
      kind: 'partly',
      text: '已完成东湖社区未接户底数排查（共 217 户），接户改造列入明年城建计划；餐饮隔油设施由市场监管部门牵头，我局配合推进。',
      after: 26,
    },
    outcome: { step: 'complete', text: '接户改造已列入年度城建计划，隔油设施监管已函请市市场监管局牵头。', after: 9 },
  },
  {
    unit: '市财政局',
    title: '设立农村污水处理设施运维市级补助资金',
    body: '建议按处理规模对乡镇运维经费给予定额补助，并与运行考核结果挂钩。',
    answer: {
      kind: 'declined',
      text: '今年预算已执行过半，暂无新增专项资金空间；建议运维经费先从现有农村人居环境整治资金中统筹，明年结合预算编制研究。',
      after: 24,
    },
    outcome: { step: 'close', text: '财政局已说明理由，转入明年预算编制前的专题协商继续跟进。', after: 6 },
  },
];

const SCHOOL_SITES: SiteSpec[] = [
  { name: '江临市实验小学', address: '人民路 56 号', unit: '市教育局' },
  { name: '江临市第三中学', address: '滨江大道 208 号', unit: '市公安局' },
];

const CARE_SITES: SiteSpec[] = [
  { name: '东湖社区日间照料中心', address: '东湖社区服务中心二楼', unit: '市民政局' },
  { name: '南门街道老年助餐点', address: '南门街道文昌巷 12 号' },
];

export async function scheduleInspections(run: SeedRun, cityId: number): Promise<void> {
  const db = run.d.platform.db;
  const rnd = prng(20261214);
  const office = run.d.as(OFFICE);
  const units = await db
    .selectFrom('handling_units as h')
    .innerJoin('users as u', 'u.unit_id', 'h.id')
    .select(['h.id', 'h.short_name', 'u.username'])
    .where('h.org_id', '=', cityId)
    .execute();
  const unit = (short: string) => units.find((u) => u.short_name === short)!;
  const people = await db
    .selectFrom('users')
    .select(['id', 'username', 'member_id'])
    .where('org_id', '=', cityId)
    .where('member_id', 'is not', null)
    .orderBy('id')
    .execute();
  const memberOf = (username: string) => people.find((p) => p.username === username)!.member_id!;
  // The demo's own member sign-ins take part, with a few of their colleagues.
  const own = new Set([memberOf('member'), memberOf('member2')]);
  const others = people
    .map((p) => p.member_id!)
    .filter((id) => !own.has(id))
    .slice(0, 40);
  const pickOthers = (n: number) => {
    const chosen = new Set<number>();
    while (chosen.size < n) chosen.add(rnd.pick(others));
    return [...chosen];
  };
  const chair = await db.selectFrom('users').select('id').where('username', '=', 'chair').executeTakeFirstOrThrow();
  const sites = (list: SiteSpec[]) =>
    list.map((s) => ({ name: s.name, address: s.address, unitId: s.unit ? unit(s.unit).id : null }));

  // 1. Done: rural sewage treatment, about two and a half months ago.
  const sewageStart = officeTime(run.end - 78 * DAY, rnd);
  run.d.at(officeTime(sewageStart - 16 * DAY, rnd), async () => {
    const i = await office.post('/api/supervision/inspections', {
      title: '全市农村生活污水治理专题视察',
      subject: '了解农村生活污水处理设施建设、运行维护和资金保障情况，推动设施“建得成、用得好”。',
      kind: 'thematic',
      startsOn: dateOf(sewageStart),
      endsOn: dateOf(sewageStart + DAY),
      leader: { userId: chair.id },
      participantIds: [memberOf('member'), ...pickOthers(5)],
      sites: sites(SEWAGE_SITES),
    });
    const path = `/api/supervision/inspections/${i.id}`;
    run.d.at(officeTime(sewageStart - 12 * DAY, rnd), () => office.post(`${path}/publish`));
    run.d.at(sewageStart, () => office.post(`${path}/start`));
    const written = officeTime(sewageStart + 4 * DAY, rnd);
    run.d.at(written, async () => {
      await office.put(`${path}/findings`, {
        findings: SEWAGE_FINDINGS,
        sites: i.sites.map((s: { id: number }, n: number) => ({ id: s.id, findings: SEWAGE_SITE_FINDINGS[n] })),
      });
      await office.post(`${path}/finish`);
    });
    const routed = officeTime(written + 5 * DAY, rnd);
    run.d.at(routed, async () => {
      for (const r of SEWAGE_RECS) {
        const rec = await office.post(`${path}/recommendations`, {
          title: r.title,
          body: r.body,
          unitId: unit(r.unit).id,
          dueOn: dateOf(routed + 30 * DAY),
          siteId: r.site === undefined ? null : i.sites[r.site].id,
        });
        const at = `/api/supervision/recommendations/${rec.id}`;
        const answer = r.answer!;
        const outcome = r.outcome!;
        const answeredAt = officeTime(routed + answer.after * DAY, rnd);
        run.d.at(answeredAt, () =>
          run.d.as(unit(r.unit).username).post(`${at}/answer`, { kind: answer.kind, answer: answer.text }),
        );
        run.d.at(officeTime(answeredAt + outcome.after * DAY, rnd), () =>
          office.post(
            `${at}/${outcome.step}`,
            outcome.step === 'complete' ? { note: outcome.text } : { reason: outcome.text },
          ),
        );
      }
    });
  });

  // 2. Under way: traffic safety around schools, begun in the last days.
  const schoolStart = officeTime(run.end - 3 * DAY, rnd);
  run.d.at(officeTime(run.end - 15 * DAY, rnd), async () => {
    const i = await office.post('/api/supervision/inspections', {
      title: '中小学校园周边交通安全集中视察',
      subject: '查看上下学时段校门口交通组织、护学岗设置和接送车辆停放管理，听取学校和家长意见。',
      kind: 'concentrated',
      startsOn: dateOf(schoolStart),
      endsOn: dateOf(run.end + DAY),
      participantIds: [memberOf('member2'), ...pickOthers(4)],
      sites: sites(SCHOOL_SITES),
    });
    const path = `/api/supervision/inspections/${i.id}`;
    run.d.at(officeTime(run.end - 11 * DAY, rnd), () => office.post(`${path}/publish`));
    run.d.at(schoolStart, () => office.post(`${path}/start`));
    run.d.at(officeTime(schoolStart + 2 * 3_600_000, rnd), async () => {
      await office.put(`${path}/findings`, {
        findings: null,
        sites: [{ id: i.sites[0].id, findings: '放学时段校门口接送车辆占道停放，高峰约 20 分钟，护学岗仅 2 人。' }],
      });
      await office.post(`${path}/recommendations`, {
        title: '增设上下学错峰放学和校内接送等候区',
        body: '建议实验小学试行分年级错峰放学，利用操场边角设置家长等候区，减少校门口聚集。',
        unitId: unit('市教育局').id,
        dueOn: dateOf(run.end + 30 * DAY),
        siteId: i.sites[0].id,
      });
    });
  });

  // 3. Planned: members' inspection of home care for the elderly, next month.
  const careStart = run.end + 18 * DAY;
  run.d.at(officeTime(run.end - 6 * DAY, rnd), async () => {
    const i = await office.post('/api/supervision/inspections', {
      title: '社区居家养老服务委员视察',
      subject: '了解日间照料中心运营、老年助餐服务覆盖和护理人员配备情况。',
      kind: 'member',
      startsOn: dateOf(careStart),
      endsOn: dateOf(careStart),
      leader: { memberId: memberOf('member') },
      participantIds: pickOthers(3),
      sites: sites(CARE_SITES),
    });
    run.d.at(officeTime(run.end - 3 * DAY, rnd), () => office.post(`/api/supervision/inspections/${i.id}/publish`));
  });
}
