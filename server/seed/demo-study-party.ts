// The demo's party building (党建工作), run through the API by the office during the year: the
// party group, the organ party committee and three member branches with most of the CPC members
// (a few still to be placed), twenty liaisons of party members with non-party members (most
// non-party members still unlinked, so party-work coverage is far from full), and the three
// responsibility lists of the year with six items each, checked as the year went on — two
// past their deadline unchecked, one being rectified. Written for the demo.
import { DAY, HOUR } from '../platform/clock.js';
import type { SeedRun } from './demo-run.js';
import { dateOf, dayStart } from './demo-time.js';
import { prng } from './prng.js';

const OFFICE = 'admin';
const P = '/api/study/party';

type Check = [result: 'met' | 'unmet' | 'rectifying', on: string, note: string];
/** (list, content, owner, due month-day, checks) — the year is the demo's. */
const ITEMS: [string, string, string, string, Check[]][] = [
  [
    'party_building',
    '制定年度党建工作要点，党组专题研究部署',
    '党组书记',
    '02-28',
    [['met', '02-26', '党组会议已审议通过']],
  ],
  ['party_building', '落实“三会一课”制度，各支部每季度上一次党课', '机关党委', '12-20', []],
  [
    'party_building',
    '开展委员中共党员“亮身份、作表率”活动',
    '机关党委',
    '06-30',
    [['met', '06-24', '三个支部均已开展']],
  ],
  [
    'party_building',
    '党支部标准化规范化建设达标验收',
    '各党支部书记',
    '09-30',
    [['rectifying', '09-18', '第三党支部台账不全，限期补齐']],
  ],
  [
    'party_building',
    '召开党组民主生活会和支部组织生活会',
    '党组书记',
    '01-31',
    [['met', '01-29', '征求意见 46 条，均已整改']],
  ],
  ['party_building', '年度党员委员述职评议', '办公室', '12-31', []],
  ['ideology', '党组理论学习中心组每季度专题学习', '党组副书记', '12-31', [['met', '10-15', '前三季度均按计划开展']]],
  ['ideology', '意识形态工作形势研判，每半年一次', '党组', '07-31', [['met', '07-22', '上半年研判报告已报市委']]],
  ['ideology', '加强委员履职平台和政协新媒体阵地管理', '宣传信息处', '10-31', []],
  ['ideology', '重大协商活动舆情应对预案', '办公室', '05-31', [['met', '05-27', '预案已印发']]],
  ['ideology', '委员读书活动导读与交流', '学习委员会', '11-30', [['unmet', '11-20', '参与率不足六成，需加强组织']]],
  ['ideology', '意识形态工作责任制落实情况专项检查', '机关党委', '12-15', []],
  ['clean_government', '签订党风廉政建设责任书', '党组书记', '03-15', [['met', '03-10', '全体处级干部已签订']]],
  ['clean_government', '开展廉政警示教育，组织参观警示教育基地', '机关纪委', '08-31', [['met', '08-26', '']]],
  ['clean_government', '落实中央八项规定精神，严控会议和差旅经费', '办公室', '12-31', []],
  ['clean_government', '廉政风险点排查和防控措施修订', '机关纪委', '09-30', []],
  ['clean_government', '委员履职经费使用自查', '委员工作处', '06-30', [['met', '06-20', '未发现问题']]],
  ['clean_government', '节假日前廉洁提醒', '机关纪委', '12-31', [['met', '09-28', '中秋国庆前已发送']]],
];

const BRANCHES = ['委员第一党支部', '委员第二党支部', '委员第三党支部'];

/** Schedules the year's party building, from its first weeks to its checks. */
export async function scheduleParty(run: SeedRun, cityId: number): Promise<void> {
  const db = run.d.platform.db;
  const rnd = prng(20261212);
  const office = run.d.as(OFFICE);
  const year = dateOf(run.end).slice(0, 4);
  const term = await db
    .selectFrom('terms')
    .select('id')
    .where('org_id', '=', cityId)
    .where('is_current', '=', 1)
    .executeTakeFirst();
  if (!term) return;
  const roster = await db
    .selectFrom('members')
    .select(['id', 'party'])
    .where('org_id', '=', cityId)
    .where('term_id', '=', term.id)
    .where('active', '=', 1)
    .orderBy('pinyin')
    .execute();
  const cpc = roster.filter((m) => m.party === 'cpc').map((m) => m.id);
  const others = roster.filter((m) => m.party !== 'cpc').map((m) => m.id);
  const at = (monthDay: string, hour = 10) => dayStart(`${year}-${monthDay}`) + hour * HOUR;
  const ids = new Map<number, number>();

  run.d.at(at('01-08'), async () => {
    const post = async (body: object) => (await office.post(`${P}/orgs`, body)).id as number;
    const group = await post({ kind: 'party_group', name: '市政协党组', sortOrder: 1 });
    const committee = await post({ kind: 'organ_committee', name: '市政协机关党委', parentId: group, sortOrder: 2 });
    const branches: number[] = [];
    for (const [i, name] of BRANCHES.entries())
      branches.push(await post({ kind: 'branch', name, parentId: committee, sortOrder: 10 + i }));
    const join = (orgId: number, memberId: number, role: string) =>
      office.post(`${P}/orgs/${orgId}/members`, { memberId, role });
    // The party group and the organ committee: a few of the CPC members; they also sit in a branch.
    const groupRoles = ['secretary', 'deputy_secretary', 'committee_member', 'committee_member', 'committee_member'];
    for (const [i, role] of groupRoles.entries()) if (cpc[i]) await join(group, cpc[i], role);
    for (const [i, role] of ['secretary', 'committee_member', 'committee_member'].entries())
      if (cpc[i + 1]) await join(committee, cpc[i + 1]!, role);
    // Nearly nine in ten CPC members are placed in a branch; the rest wait for the office.
    const placed = cpc.filter(() => rnd.next() < 0.88);
    for (const [i, memberId] of placed.entries()) {
      const b = i % 3;
      const role = i < 3 ? 'secretary' : i < 6 ? 'deputy_secretary' : i < 12 ? 'committee_member' : 'member';
      await join(branches[b]!, memberId, role);
    }
  });

  // Twenty liaisons through the spring: eight party members, two or three non-party members each.
  const linkers = cpc.slice(0, 8);
  const shuffled = [...others];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = rnd.int(0, i);
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  const linked = shuffled.slice(0, 20);
  linked.forEach((memberId, i) => {
    const on = dateOf(at('03-02') + Math.floor(i / 3) * 7 * DAY);
    run.d.at(dayStart(on) + 11 * HOUR, async () => {
      if (!linkers.length) return;
      await office.post(`${P}/liaisons`, { partyMemberId: linkers[i % linkers.length], memberId, startsOn: on });
    });
  });

  ITEMS.forEach(([list, content, owner, due, checks], i) => {
    run.d.at(at('01-12') + i * 20 * 60_000, async () => {
      const { id } = await office.post(`${P}/items`, {
        list,
        year: Number(year),
        content,
        owner,
        dueOn: `${year}-${due}`,
      });
      ids.set(i, id);
    });
    for (const [result, on, note] of checks)
      run.d.at(at(on, 16), async () => {
        await office.post(`${P}/items/${ids.get(i)}/checks`, {
          result,
          note: note || null,
          checkedOn: `${year}-${on}`,
        });
      });
  });
  // Progress noted on the items still open near the end of the year.
  run.d.at(run.end - 3 * DAY, async () => {
    for (const [i, text] of [
      [1, '前三季度党课已上，第四季度党课安排在12月中旬'],
      [8, '已完成平台账号清理，新媒体审核制度待印发'],
      [15, '已排查风险点 27 个，防控措施正在修订'],
    ] as const)
      await office.patch(`${P}/items/${ids.get(i)}`, { progress: text });
  });
}
