// The demo city's consultation (凝聚共识) on community childcare, run through the API on the days
// it happens: the office writes it with twelve statements and opens it three weeks before the
// demo's end; members with an account vote over the following two weeks from three latent
// opinion profiles (public provision, market provision, neighbourhood mutual help) with noise,
// so the engine finds real groups; two members add statements, the office accepts one and
// rejects the other with its reason; the office runs the analysis before the end.
import { DAY } from '../platform/clock.js';
import type { DemoOrg } from './demo-context.js';
import type { Json } from './demo-driver.js';
import type { SeedRun } from './demo-run.js';
import { memberTime, officeTime } from './demo-time.js';
import { prng } from './prng.js';

/** Each statement and the stance of the three profiles on it: 1 agree, -1 disagree, 0 pass. */
const STATEMENTS: [string, [number, number, number]][] = [
  ['托育机构应以政府举办的公办园为主', [1, -1, 0]],
  ['普惠托育的价格应由政府核定并公开', [1, -1, 1]],
  ['应鼓励企业在园区内自办托育点', [-1, 1, 0]],
  ['托育服务放开给市场，价格由供需决定', [-1, 1, -1]],
  ['社区可以组织家长轮流看护的互助小组', [-1, -1, 1]],
  ['退休教师志愿参与社区托育值得提倡', [0, -1, 1]],
  ['所有托育机构的看护人员都应持证上岗', [1, 1, 1]],
  ['托育点应安装可供家长查看的监控', [1, 1, 1]],
  ['新建小区应按规定配建托育用房', [1, 0, 1]],
  ['对民办托育机构给予房租补贴', [-1, 1, 0]],
  ['托育服务应纳入社区党群服务中心的场地', [1, -1, 1]],
  ['托育收费太高，应对双职工家庭发放托育券', [1, 1, -1]],
];
const PROFILE_WEIGHTS: [number, number][] = [
  [0, 0.4],
  [1, 0.35],
  [2, 0.25],
];

export async function scheduleConsultation(run: SeedRun, city: DemoOrg): Promise<void> {
  const rnd = prng(20261217);
  const office = run.d.as(city.office);
  const opensAt = officeTime(run.end - 21 * DAY, rnd);
  let id = 0;
  const contributions: number[] = [];

  run.d.at(opensAt, async () => {
    const date = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
    const c = (await office.post('/api/consultations', {
      title: '社区嵌入式托育服务怎么办',
      description:
        '“幼有所育”是群众最关心的民生问题之一。请就社区托育由谁举办、如何收费、怎样保障安全表明态度，' +
        '也可以提出自己的观点。表态结果将作为专题协商会的讨论基础。',
      opensOn: date(opensAt),
      closesOn: date(run.end + 14 * DAY),
      seeds: STATEMENTS.map(([s]) => s),
    })) as Json;
    id = c.id;
    await office.post(`/api/consultations/${id}/open`);
  });

  const voters = city.members.filter((m) => m.username).slice(0, 48);
  voters.forEach((m, i) => {
    const profile = rnd.weighted(PROFILE_WEIGHTS);
    const noise = rnd.next;
    run.d.at(memberTime(opensAt + (i % 14) * DAY, rnd), async () => {
      const me = run.d.as(m.username);
      // Some stop before the end, as people do.
      let budget = 8 + Math.floor(noise() * 5);
      while (budget-- > 0) {
        const next = (await me.get(`/api/consultations/${id}/next`)) as Json;
        if (!next.statement) break;
        const stance = STATEMENTS.find(([s]) => s === next.statement.body)?.[1][profile] ?? 0;
        const r = noise();
        const vote =
          r < 0.1
            ? 'pass'
            : r < 0.2
              ? stance === 1
                ? 'disagree'
                : 'agree'
              : stance === 1
                ? 'agree'
                : stance === -1
                  ? 'disagree'
                  : 'pass';
        await me.put(`/api/consultations/${id}/votes/${next.statement.id}`, { vote });
      }
      if (i === 3 || i === 7) {
        const body = i === 3 ? '托育点的开放时间应覆盖家长下班时间' : '反正我家孩子已经上小学了，无所谓';
        contributions.push(((await me.post(`/api/consultations/${id}/contributions`, { body })) as Json).id);
      }
    });
  });

  run.d.at(officeTime(opensAt + 15 * DAY, rnd), async () => {
    const [useful, offTopic] = contributions;
    if (useful) await office.post(`/api/consultation-statements/${useful}/moderate`, { decision: 'accept' });
    if (offTopic)
      await office.post(`/api/consultation-statements/${offTopic}/moderate`, {
        decision: 'reject',
        reason: '未针对议题表达观点',
      });
  });
  run.d.at(officeTime(run.end - 2 * DAY, rnd), async () => {
    await office.post(`/api/consultations/${id}/analyse`);
  });
}
