// The demo's speeches (会议发言), handed in through the API on their days: for the opening
// plenary, oral speeches in a chosen order, a written exchange and one not taken up; for the
// standing-committee meeting ahead, one already on the programme, one back with its author for
// revision and one waiting for the office. Texts are written for the demo.
import { HOUR } from '../platform/clock.js';
import type { SeedRun } from './demo-run.js';

type Decision = { decision: 'oral' | 'written' | 'return' | 'reject'; note?: string } | null;
interface DemoSpeech {
  title: string;
  body: string;
  review: Decision;
}

const PLENARY: DemoSpeech[] = [
  {
    title: '以“小切口”撬动老城区有机更新',
    body: '老城区更新不宜大拆大建。建议以街巷为单元编制微更新清单，优先解决雨污分流、停车和适老化改造等居民最急的事；设立更新项目居民议事会，方案公示不少于十五天；对保留的历史建筑实行“一栋一策”，鼓励社会资本以长期运营换取改造投入。',
    review: { decision: 'oral' },
  },
  {
    title: '让中小企业用得起、用得好工业互联网',
    body: '调研中发现，全市规上工业企业上云比例已过六成，但中小企业普遍担心投入大、见效慢。建议按行业遴选一批轻量化、可复制的数字化改造方案，由财政对首年服务费给予一定补贴；依托产业园区建设共享的数据中心和运维团队，降低单个企业的门槛。',
    review: { decision: 'oral' },
  },
  {
    title: '织密基层医疗服务网底',
    body: '乡镇卫生院普遍存在全科医生留不住、设备闲置的问题。建议推行县聘乡用、乡聘村用，把基层服务年限与职称晋升挂钩；县级医院专家定期下沉坐诊并带教；对常见慢病实行县乡一体的处方和检查结果互认，让群众少跑路。',
    review: { decision: 'oral' },
  },
  {
    title: '把托育服务纳入社区公共服务设施配建',
    body: '不少双职工家庭反映三岁以下婴幼儿无人照料。建议新建住宅小区按规定比例同步配建托育用房并无偿移交；鼓励用人单位在园区内联合举办托育点；对普惠性托育机构按托位给予运营补助，并明确卫生健康部门的日常监管责任。',
    review: { decision: 'oral' },
  },
  {
    title: '推进临江流域上下游生态补偿',
    body: '临江流域跨四个县区，上游保护投入大、下游受益多。建议以跨界断面水质为依据建立横向生态补偿机制，资金主要用于上游污水管网和农业面源治理；补偿标准每三年评估调整一次，并向社会公开断面监测数据。',
    review: { decision: 'written' },
  },
  {
    title: '关于提升职业院校专业与产业匹配度的建议',
    body: '全市职业院校部分专业招生火热但对口就业率偏低，而智能制造、养老护理等领域技能人才缺口较大。建议建立专业设置动态调整机制，每年发布重点产业人才需求目录；推动校企共建产业学院，企业技术骨干按课时进校任教。',
    review: { decision: 'written' },
  },
  {
    title: '加强农村留守老人关爱服务',
    body: '农村留守老人日常照料和精神慰藉缺口明显。建议依托村级互助养老站点，组织低龄老人结对帮扶高龄老人，服务时长可存入“时间银行”；乡镇卫生院每季度上门开展一次健康随访；鼓励社会组织承接政府购买的关爱服务项目。',
    review: { decision: 'written' },
  },
  {
    title: '关于全市夜间经济发展的几点思考',
    body: '夜间经济能带动消费，但目前夜市布局分散、配套不足。建议选取两到三个街区先行试点，统一规划摊位、照明和公厕，延长公交末班时间，并建立噪音和油烟的投诉快速处理机制。',
    review: { decision: 'reject', note: '与本次大会审议的报告关联不大，建议转为社情民意信息报送。' },
  },
];

const STANDING: DemoSpeech[] = [
  {
    title: '“十五五”规划要为县域经济留足发展空间',
    body: '规划纲要征求意见稿对中心城区着墨较多，县域产业定位相对笼统。建议分县明确一至两个主导产业及其用地、能耗指标保障，把县城补短板强弱项项目单列，并建立市县两级规划实施情况的年度评估。',
    review: { decision: 'oral' },
  },
  {
    title: '关于规划纲要中人口结构变化应对的建议',
    body: '全市六十岁以上人口占比持续上升，出生人口下降。建议在规划纲要中增设人口发展专章，统筹养老、托育、教育资源布局，并对学校和医院床位需求作中长期测算，避免设施建成即闲置或不够用。',
    review: { decision: 'return', note: '请补充近五年全市常住人口年龄结构的具体数据，并压缩至一千五百字以内。' },
  },
  {
    title: '把数字政府建设写实写细',
    body: '建议规划纲要把“一网通办”“一网统管”的目标量化到年度：政务服务事项全程网办比例、数据共享调用次数、企业群众办事平均跑动次数等，每年向市政协通报进展，接受民主监督。',
    review: null,
  },
];

/** Hands in each speech from its author's phone, a few hours apart from `handIn`, then the office reviews them at `reviewAt`. */
export function scheduleSpeeches(
  run: SeedRun,
  meeting: { id: () => number; handIn: number; reviewAt: number; speakers: string[]; speeches: DemoSpeech[] },
): void {
  const office = run.d.as('admin');
  const ids: number[] = [];
  meeting.speeches.forEach((s, i) =>
    run.d.at(meeting.handIn + i * 7 * HOUR, async () => {
      const made = await run.d.as(meeting.speakers[i]!).post(`/api/meetings/${meeting.id()}/speeches`, {
        title: s.title,
        body: s.body,
      });
      ids[i] = made.id as number;
    }),
  );
  run.d.at(meeting.reviewAt, async () => {
    for (const [i, s] of meeting.speeches.entries())
      if (s.review) await office.post(`/api/meetings/${meeting.id()}/speeches/${ids[i]}/review`, s.review);
    // The office puts the infrastructure speech first: the order is the office's, not the order of arrival.
    const oral = ids.filter((_, i) => meeting.speeches[i]!.review?.decision === 'oral');
    if (oral.length > 1)
      await office.put(`/api/meetings/${meeting.id()}/programme`, { speechIds: [oral[1], oral[0], ...oral.slice(2)] });
  });
}

export const DEMO_SPEECHES = { plenary: PLENARY, standing: STANDING };
