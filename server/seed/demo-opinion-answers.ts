// The wording of the demo's processing (written for the demo, not taken from the proposals'
// corpus): the categories and themes an office keeps with their keywords, which department
// handles what, the departments' answers (assembled from an opening, what was done and what
// follows), the reasons for keeping an opinion on record, and the outcomes of opinions routed
// into proposals.
import type { Rnd } from './demo-time.js';

export const DEMO_CATEGORIES: Record<string, string[]> = {
  城乡建设: ['道路', '路面', '小区', '电梯', '停车', '路灯', '管网', '改造', '拆迁', '物业'],
  文化教育: ['学校', '教师', '幼儿园', '学位', '课后', '图书馆', '文化'],
  社会民生: ['医院', '医生', '卫生院', '看病', '医保', '药', '就医', '养老'],
  生态环境: ['污染', '河道', '垃圾', '扬尘', '噪音', '油烟', '绿化', '污水'],
  经济发展: ['企业', '营商', '融资', '产业', '就业', '农产品', '电商', '招商'],
  政治法治: ['社区', '网格', '治安', '矛盾', '志愿', '消防'],
};

export const DEMO_THEMES: Record<string, string[]> = {
  民生实事: ['停车', '电梯', '菜市场', '公厕', '路灯'],
  一老一小: ['养老', '老人', '托育', '幼儿园', '儿童'],
  营商环境: ['营商', '审批', '企业', '融资'],
  乡村振兴: ['乡村', '农村', '村民', '农产品', '合作社'],
  美丽城市: ['绿化', '河道', '垃圾', '公园'],
};

/** Words of a department's name that say which category it answers (the first that matches wins). */
export const UNIT_HINTS: Record<string, string[]> = {
  城乡建设: ['住房', '建设', '城管', '交通', '自然资源'],
  文化教育: ['教育', '文化', '体育'],
  社会民生: ['卫生', '健康', '医保', '民政', '交通'],
  生态环境: ['生态', '环境', '水利', '城管'],
  经济发展: ['发展', '改革', '商务', '工业', '农业', '人力', '市场'],
  政治法治: ['公安', '民政', '司法', '应急'],
};

const OPENINGS = [
  '您提出的关于“{t}”的意见收悉，我单位高度重视，经认真研究，现答复如下。',
  '感谢您对{c}工作的关心。针对“{t}”的意见，我们组织相关科室进行了实地调查。',
  '关于“{t}”的意见，我单位会同属地街道进行了专题研究，现将办理情况报告如下。',
  '您在界别活动周中反映的“{t}”问题，我们已安排专人跟进，具体情况如下。',
];
const ACTIONS = [
  '已将该事项列入本年度工作计划，安排专项资金，预计在下一季度内完成整改。',
  '经现场踏勘，问题基本属实，已督促责任单位限期整改，目前已完成初步处置。',
  '该问题涉及多个部门职责，我们已牵头召开协调会，明确了分工和完成时限。',
  '相关建议已吸收进正在修订的实施方案，将在方案印发后分步推进落实。',
  '受资金和用地条件限制，近期难以全部解决，我们将先行采取临时措施缓解群众困难。',
  '我们已与所在社区对接，建立问题台账，实行销号管理，每月通报进展。',
  '已将您的建议转交实施单位研究，并纳入明年民生实事项目库统筹考虑。',
  '经核查，该事项此前已有安排，我们将加快进度，并加强对施工单位的监管。',
];
const FOLLOW_UPS = [
  '下一步，我们将持续跟踪办理效果，欢迎委员和群众继续监督。',
  '办理过程中如有新的情况，我们将及时与您沟通。',
  '我们将把此次办理中发现的共性问题纳入常态化监管，防止问题反弹。',
  '感谢您的宝贵意见，联系人：办公室，电话见政府门户网站。',
];

export const CLOSE_REASONS = [
  '该事项已纳入今年市政府民生实事，正在实施，留作参考。',
  '所提问题属个人诉求，已告知通过12345热线反映，留作参考。',
  '与本组已交办的同类意见重复，留作参考。',
  '建议内容较为宽泛，暂不具备交办条件，留作今后协商议题参考。',
];

export const PROPOSAL_OUTCOMES = [
  '该意见已由提出人完善为提案，经审查立案，交有关部门办理。',
  '已转为委员联名提案，正在办理中，办理结果将在提案答复中一并反馈。',
];

export const REROUTE_REASONS = [
  '该事项不属于本单位职责范围，建议交属地区政府办理。',
  '所涉事项由市场监管部门负责，请改派。',
];

export function demoAnswer(rnd: Rnd, title: string, category: string | null): string {
  const fill = (s: string) =>
    s.replace('{t}', title.length > 24 ? `${title.slice(0, 24)}…` : title).replace('{c}', category ?? '相关');
  return [fill(rnd.pick(OPENINGS)), rnd.pick(ACTIONS), rnd.pick(FOLLOW_UPS)].join('');
}
