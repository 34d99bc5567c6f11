// The opinions module's rows of the generated year: each organisation's categories and themes,
// its sector activity week (one campaign in September), and the week's opinions — members on
// their phones, paper forms, the public form — classified (mostly by rule, some by the model
// with a confidence, a few corrected by the office), a share in near-duplicate groups, and
// their processing: most routed (a group as one route) to one of the organisation's
// departments with a due date, a few into proposals or 社情民意 reports, some kept on record,
// the rest still waiting; most routes answered, within the 15 days or late, some overdue. About
// 100 000 opinions in a province (the grouping's scale, issue 15 item 5), 1 500 in a city.
import type { Rnd } from './proposal-rows.js';
import type { OrgInfo } from './refdata.js';
import { REFERENCE_TIME } from './scale.js';
import type { IdSource, Sink } from './sink.js';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
/** The activity week: Monday 14 to Sunday 20 September 2026, China time. */
const WEEK_FROM = Date.parse('2026-09-14T01:00:00Z');

const CATEGORIES = ['城乡建设', '教育文化', '医疗卫生', '生态环境', '经济发展', '社会治理'];
const THEMES = ['民生实事', '一老一小', '营商环境', '乡村振兴', '美丽城市'];
/** Subjects as people write them, each with its category and theme (indexes above). */
const SUBJECTS: [string, number, number][] = [
  ['小区停车位不足，晚上停车难', 0, 0],
  ['老旧小区加装电梯审批慢', 0, 0],
  ['背街小巷路灯损坏无人修', 0, 0],
  ['农村公路窄，会车困难', 0, 3],
  ['学校门口上下学交通拥堵', 1, 1],
  ['幼儿园学位紧张，入园难', 1, 1],
  ['乡村学校缺少音体美教师', 1, 3],
  ['社区图书馆开放时间太短', 1, 0],
  ['乡镇卫生院缺医生', 2, 3],
  ['社区养老服务站太少', 2, 1],
  ['专家号难挂，看病排队久', 2, 0],
  ['慢性病配药不方便', 2, 1],
  ['河道垃圾漂浮，水质变差', 3, 4],
  ['建筑工地扬尘污染', 3, 4],
  ['餐饮油烟扰民', 3, 0],
  ['城区绿地少，缺少口袋公园', 3, 4],
  ['小微企业融资难', 4, 2],
  ['审批事项多，跑腿次数多', 4, 2],
  ['农产品销售渠道窄', 4, 3],
  ['高校毕业生就业服务不足', 4, 2],
  ['社区网格员人手不够', 5, 0],
  ['电动自行车充电难、有火灾隐患', 5, 0],
  ['物业纠纷调解渠道不畅', 5, 0],
  ['农村留守儿童关爱服务不足', 5, 1],
];
const ASKS = ['建议尽快解决', '希望有关部门重视', '请研究改进', '建议纳入民生实事', '盼早日落实'];
const ANSWER = '经研究，已将该事项列入工作计划并安排专人跟进，预计近期完成整改，感谢您的意见。';

function writers(sink: Sink) {
  const cols = (s: string, ints: string[], reals: string[] = []) =>
    s
      .split(/\s+/)
      .map(
        (c) => [c, ints.includes(c) ? 'int' : reals.includes(c) ? 'real' : 'text'] as [string, 'int' | 'text' | 'real'],
      );
  return {
    categories: sink.table(
      'opinion_categories',
      cols('id org_id kind name keywords sort_order active', ['id', 'org_id', 'sort_order', 'active']),
    ),
    campaigns: sink.table(
      'opinion_campaigns',
      cols(
        'id org_id year title theme description starts_on ends_on status public_open public_token_hash created_by created_at updated_at',
        ['id', 'org_id', 'year', 'public_open', 'created_by'],
      ),
    ),
    opinions: sink.table(
      'opinions',
      cols(
        'id org_id campaign_id channel member_id author_name contact_enc contact_masked sector_id title body place category_id theme_id classified_by classified_confidence group_id status closed_reason receipt_hash created_by created_at updated_at route_id',
        [
          'id',
          'org_id',
          'campaign_id',
          'member_id',
          'sector_id',
          'category_id',
          'theme_id',
          'group_id',
          'created_by',
          'route_id',
        ],
        ['classified_confidence'],
      ),
    ),
    routes: sink.table(
      'opinion_routes',
      cols(
        'id org_id kind group_id unit_id due_on proposal_id report_id note status reroute_reason answer answered_by answered_at routed_by routed_at updated_at',
        ['id', 'org_id', 'group_id', 'unit_id', 'proposal_id', 'report_id', 'answered_by', 'routed_by'],
      ),
    ),
  };
}

export interface OpinionCounts {
  opinions: number;
  groups: number;
  routes: number;
  answered: number;
}

/** Opinions of the week per organisation: the top one's, a city's, a county's. */
function perOrg(orgIndex: number, orgs: number, org: OrgInfo): number {
  if (orgs === 1) return 1_500;
  if (orgIndex === 0) return 15_000;
  return org.plan.level === 'city' ? 2_500 : 600;
}

export function writeOpinions(sink: Sink, ids: IdSource, rnd: Rnd, orgs: OrgInfo[]): OpinionCounts {
  const w = writers(sink);
  const counts: OpinionCounts = { opinions: 0, groups: 0, routes: 0, answered: 0 };
  // Group numbers only: the groups' own rows (opinion_groups) are the grouping's to write, not
  // these; a counter of its own, so no sequence is set for a table this branch lacks.
  let groups = 0;
  orgs.forEach((org, orgIndex) => {
    const setUp = iso(WEEK_FROM - 20 * DAY);
    const cat = CATEGORIES.map((name, i) => {
      const id = ids.next('opinion_categories');
      w.categories.add([id, org.id, 'category', name, '[]', i, 1]);
      return id;
    });
    const theme = THEMES.map((name, i) => {
      const id = ids.next('opinion_categories');
      w.categories.add([id, org.id, 'theme', name, '[]', i, 1]);
      return id;
    });
    const campaign = ids.next('opinion_campaigns');
    w.campaigns.add([
      campaign,
      org.id,
      2026,
      '2026年界别活动周',
      '聚焦民生实事 助力高质量发展',
      null,
      '2026-09-14',
      '2026-09-20',
      'closed',
      1,
      null,
      org.office.id,
      setUp,
      setUp,
    ]);
    let left = perOrg(orgIndex, orgs.length, org);
    while (left > 0) {
      // A near-duplicate group (about a third of the opinions), or a single opinion.
      const size = rnd.next() < 0.12 ? Math.min(left, rnd.int(2, 7)) : 1;
      left -= size;
      const groupId = size > 1 ? ++groups : null;
      if (groupId) counts.groups++;
      const [subject, ci, ti] = SUBJECTS[rnd.int(0, SUBJECTS.length - 1)]!;
      const createdAt = WEEK_FROM + rnd.int(0, 6) * DAY + rnd.int(0, 10 * 3600) * 1000;
      // Where the group (or opinion) went: waiting, kept on record, or routed.
      const fate = rnd.next();
      const unit = org.units.length ? org.units[rnd.int(0, org.units.length - 1)]! : null;
      let routeId: number | null = null;
      let status = 'submitted';
      let closed: string | null = null;
      const routedAt = createdAt + rnd.int(2, 12) * DAY;
      if (fate < 0.15 || !unit) status = 'submitted';
      else if (fate < 0.23) {
        status = 'closed';
        closed = '已纳入相关工作安排，留作参考。';
      } else {
        routeId = ids.next('opinion_routes');
        const kind = fate < 0.27 ? 'proposal' : fate < 0.3 ? 'report' : 'unit';
        const dueOn = kind === 'unit' ? iso(routedAt + 15 * DAY).slice(0, 10) : null;
        const answeredAt =
          rnd.next() < 0.78 ? routedAt + (rnd.next() < 0.75 ? rnd.int(3, 14) : rnd.int(16, 45)) * DAY : null;
        const answered = answeredAt !== null && answeredAt < REFERENCE_TIME;
        status = answered ? 'answered' : 'routed';
        w.routes.add([
          routeId,
          org.id,
          kind,
          groupId,
          kind === 'unit' ? unit.id : null,
          dueOn,
          null,
          null,
          null,
          answered ? 'answered' : 'open',
          null,
          answered ? ANSWER : null,
          answered ? (kind === 'unit' ? unit.user.id : org.office.id) : null,
          answered ? iso(answeredAt!) : null,
          org.office.id,
          iso(routedAt),
          iso(answered ? answeredAt! : routedAt),
        ]);
        counts.routes++;
        if (answered) counts.answered += size;
      }
      for (let k = 0; k < size; k++) {
        const member = rnd.next() < 0.6 && org.members.length ? org.members[rnd.int(0, org.members.length - 1)]! : null;
        const channel = member ? 'member' : rnd.next() < 0.5 ? 'paper' : 'public';
        const by = rnd.next();
        const classifiedBy = by < 0.65 ? 'rule' : by < 0.93 ? 'model' : 'office';
        const at = iso(createdAt + k * 3_600_000);
        w.opinions.add([
          ids.next('opinions'),
          org.id,
          campaign,
          channel,
          member?.id ?? null,
          member ? null : '居民',
          null,
          null,
          member?.sectorId ?? null,
          subject,
          `${subject}，${ASKS[rnd.int(0, ASKS.length - 1)]}。`,
          null,
          cat[ci]!,
          theme[ti]!,
          classifiedBy,
          classifiedBy === 'model' ? Math.round((0.45 + rnd.next() * 0.55) * 100) / 100 : null,
          groupId,
          status,
          closed,
          null,
          null,
          at,
          at,
          routeId,
        ]);
        counts.opinions++;
      }
    }
  });
  return counts;
}
