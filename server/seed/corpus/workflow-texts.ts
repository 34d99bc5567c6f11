// What the people around a proposal write while it is handled: the office's review and
// urging notes, units' contacts, co-opinions, extension reasons and commitments, the
// proposers' comments, leaders' instructions. Used by the demo seed; written for Lvzhi.
// `{s}` is the proposal's subject, `{u}` a unit's name, `{d}` a date, `{m}` a month.

export const RETURN_NOTES = [
  '办法与建议部分较为笼统，请补充具体措施、责任部门和实施步骤后重新提交。',
  '理由部分缺少本地情况和数据支撑，请结合调研补充后重新提交。',
  '案由与正文内容不完全对应，请修改案由，使其准确概括所提建议。',
  '建议中涉及的部分事项已有明确政策规定，请核实后修改完善。',
];

export const CONVERT_NOTES = [
  '所反映问题较为具体，转为社情民意信息报送有关部门研究处理。',
  '内容以反映情况为主，建议性不强，转社情民意信息渠道办理。',
];

/** Texts that do not qualify as proposals, each with the configured reason the office gives. */
export const REJECTABLE: {
  title: string;
  reasons: string;
  suggestions: string;
  category: string;
  reason: string;
  note: string;
}[] = [
  {
    title: '关于解决本人所在小区一户业主长期占用公共楼道问题的建议',
    reasons: '本人所住小区五单元有一户业主长期在楼道堆放杂物，多次沟通未果，物业也无法解决，影响邻里出行和消防安全。',
    suggestions: '请有关部门上门督促该户清理楼道杂物，并责成物业公司加强日常巡查，防止类似情况再次发生。',
    category: '其他',
    reason: '属于个人或家庭事务',
    note: '所反映问题可通过社区和物业渠道解决，已转交所在街道处理。',
  },
  {
    title: '关于尽快审结一起商品房买卖合同纠纷案件的建议',
    reasons: '某楼盘部分购房户与开发商因交房延期发生纠纷，已于去年起诉至法院，目前案件仍在审理中，购房户情绪较大。',
    suggestions: '建议法院加快审理进度，依法保护购房户合法权益，同时督促开发商尽快履行交房义务，维护社会稳定。',
    category: '社会法制',
    reason: '涉及司法诉讼案件',
    note: '案件正在司法程序中，不宜以提案形式办理。',
  },
  {
    title: '关于进一步加快经济社会高质量发展的建议',
    reasons:
      '当前经济社会发展面临新的形势和任务，需要进一步解放思想、开拓创新，推动各项事业再上新台阶，更好满足人民群众需要。',
    suggestions: '建议进一步统一思想认识，加强组织领导，强化责任落实，营造良好氛围，推动全市经济社会实现高质量发展。',
    category: '经济建设',
    reason: '内容空泛、缺乏具体建议',
    note: '建议选取具体问题深入调研后另行提出。',
  },
  {
    title: '关于调整本单位职工年度绩效考核办法的建议',
    reasons: '本单位现行绩效考核办法制定于多年前，部分指标已不符合实际，职工对考核结果有不同意见。',
    suggestions: '建议单位重新修订绩效考核办法，广泛听取职工意见，提高考核的科学性和公平性，充分调动职工积极性。',
    category: '其他',
    reason: '不属于政协提案范围',
    note: '属于单位内部管理事项，请通过本单位职工代表大会等渠道反映。',
  },
  {
    title: '关于恳请为我村一名困难群众办理低保的建议',
    reasons: '我村一名村民因病致贫，妻子常年卧床，两个孩子在读，家中只靠一亩多承包地维持生活，去年申请低保未获批准。',
    suggestions: '请民政部门派人入户核实该户家庭收入和财产状况，符合条件的尽快纳入低保，并协调落实医疗救助。',
    category: '社会法制',
    reason: '属于个人或家庭事务',
    note: '已转请所在镇政府按低保申请程序入户核查，有结果后回复提案人。',
  },
];

export const DECLINE_REASONS = [
  '该提案所提事项主要职责不在我单位，建议改由{u}主办，我单位可配合会办。',
  '经研究，提案核心诉求属于{u}职能范围，请重新交办。',
];

export const CO_DECLINE_REASONS = ['该提案所涉事项与我单位职能关联不大，申请不再作为会办单位。'];

export const URGE_NOTES = [
  '该提案已超过答复期限，请抓紧办理，五个工作日内报送答复。',
  '请加快办理进度，按期答复，并主动与提案人沟通。',
  '提案人多次询问办理进展，请尽快联系提案人并正式答复。',
];

export const CO_REPLACE_REASONS = [
  '原会办单位逾期未签收，经催办仍未办理，改由{u}会办。',
  '原会办单位超过签收期限未签收，为不影响答复进度，改请{u}会办。',
];

export const SIGN_URGE_NOTES = ['请尽快登录平台签收，逾期将纳入承办单位考评。'];

export const EXTENSION_REASONS = [
  '该提案涉及多个部门和专项资金安排，需待下一年度预算编制后才能明确答复，申请延期一个月。',
  '提案所提事项须开展实地调研和专家论证，工作量较大，申请延期答复。',
];

export const EXTENSION_REFUSALS = ['答复期限内可先就已明确的事项答复，其余事项以承诺方式跟进，不同意延期。'];

export const CONTACT_NOTES: Record<'visit' | 'phone' | 'meeting' | 'other', string[]> = {
  visit: [
    '分管领导带队上门拜访提案人，就{s}听取意见，介绍了下一步工作打算，提案人表示认可。',
    '到提案人单位当面沟通，共同到现场查看了{s}相关情况。',
  ],
  phone: ['电话联系提案人，了解{s}的具体诉求，约定答复前再次沟通。', '电话向提案人通报{s}办理进展，听取补充意见。'],
  meeting: ['召开提案办理座谈会，邀请提案人和相关部门共同研究{s}，形成初步办理意见。'],
  other: ['通过微信工作群与提案人保持沟通，及时反馈{s}办理情况。'],
};

export const CO_OPINIONS = [
  '我单位对{s}的会办意见：同意主办单位的办理思路，涉及我单位职责的部分将纳入年度工作安排，并配合做好资金和政策保障。',
  '经研究，{s}中涉及我单位的事项，建议在答复中明确分工和完成时限，我单位将积极配合推进。',
];

export const SEND_BACK_NOTES = [
  '答复未回应提案提出的主要建议，对问题的分析较为原则，请补充具体措施和完成时限后重新答复。',
  '答复内容与提案所提问题对应不够，请与提案人再次沟通后修改答复。',
];

export const CLOSE_NOTES = ['提案人逾期未作评价，按程序办结。', '集体提案，经提案委员会审核同意办结。'];

export const COMMITMENTS = [
  '{y}年底前出台{s}实施方案并印发执行',
  '年内完成{s}试点，总结经验后在全市推广',
  '将{s}所需资金列入下一年度部门预算',
  '会同有关部门开展{s}专项调研，形成调研报告',
  '{y}年内建立{s}工作协调机制，明确部门分工',
];

export const COMMITMENT_PROGRESS = [
  '已完成前期调研，初步方案正在征求有关部门意见。',
  '已召开专题协调会，明确了责任分工和时间节点，正在推进。',
  '相关资金已申报，待财政部门审核后实施。',
];

export const COMMITMENT_DONE = [
  '已按承诺完成，相关文件已印发，提案人已知悉。',
  '试点工作已完成并通过验收，正在总结推广。',
  '已落实到位，办理结果已向提案人当面通报。',
];

export const COMMITMENT_DROPS = [
  '因上级政策调整，该事项已不具备实施条件，经与提案人沟通，不再跟踪。',
  '该事项已纳入全市年度重点项目统一实施，不再单独跟踪。',
];

export const FEEDBACK_COMMENTS: Record<'satisfied' | 'basic' | 'unsatisfied', string[]> = {
  satisfied: [
    '承办单位主动上门沟通，答复具体，措施实在，希望持续抓好落实。',
    '办理态度认真，提出的建议大部分已采纳，非常满意。',
  ],
  basic: ['答复态度诚恳，但部分措施时间表不够明确，希望加快推进。', '总体认可办理结果，建议在资金保障方面再加大力度。'],
  unsatisfied: [
    '答复避重就轻，未回应提案的核心问题，希望重新研究办理。',
    '办理过程中没有与本人沟通，答复内容照搬现有政策，不满意。',
  ],
};

export const KEY_NOMINATION_NOTES = [
  '群众关注度高、办理难度大，建议列为年度重点提案。',
  '事关全市发展大局，建议由市领导领衔督办。',
];

export const KEY_EVENTS: Record<'instruction' | 'visit' | 'meeting', string[]> = {
  instruction: [
    '请{u}牵头，会同有关部门认真研究提案所提建议，{m}底前拿出具体办理方案。',
    '这件提案很有针对性，请{u}主动对接提案人，把办理与年度重点工作结合起来，务求实效。',
  ],
  visit: [
    '领办领导带队到现场督办{s}，听取承办单位汇报，并与提案人交流。',
    '政协提案委员会组织委员开展{s}专题视察，实地察看办理进展。',
  ],
  meeting: [
    '召开重点提案督办协商会，提案人、承办单位和委员代表围绕{s}协商，明确下一步措施。',
    '召开重点提案办理推进会，听取{u}办理情况汇报，协调解决资金和用地问题。',
  ],
};

export const SPLIT_PARTS = ['负责规划、用地和审批方面建议的答复', '负责资金保障和政策支持方面建议的答复'];

export function fillText(t: string, v: { s?: string; u?: string; d?: string; m?: string; y?: string }): string {
  return t
    .replaceAll('{s}', v.s ?? '')
    .replaceAll('{u}', v.u ?? '')
    .replaceAll('{d}', v.d ?? '')
    .replaceAll('{m}', v.m ?? '')
    .replaceAll('{y}', v.y ?? '');
}
