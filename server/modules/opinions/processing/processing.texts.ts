// The wording of processing's notices, and the English of its sentences (spread into the
// module's OPINIONS_PHRASES through ./index.ts).
import { zhDate } from '../../../platform/clock.js';

const quote = (title: string) => `《${title.length > 30 ? `${title.slice(0, 30)}…` : title}》`;

export const processingTexts = {
  /** Where a submitter reads his opinion and its answer (the member's opinions page). */
  link: (opinionId: number) => `/opinions/mine/${opinionId}`,
  routedToUnit: (count: number, due: string) => ({
    title: '新交办的意见建议',
    body: `政协办公室向您单位交办了 ${count} 条意见建议，请于 ${zhDate(due)} 前答复。`,
  }),
  routedForSubmitter: (title: string, where: string) => ({
    title: '您的意见已交办',
    body: `您提出的意见${quote(title)}已${where}，答复后将及时告知您。`,
  }),
  answered: (title: string, by: string) => ({
    title: '您的意见已答复',
    body: `您提出的意见${quote(title)}已由${by}答复，请在“我的意见”中查看。`,
  }),
  closed: (title: string, reason: string) => ({
    title: '您的意见已存档',
    body: `您提出的意见${quote(title)}已存档留作参考：${reason}`,
  }),
  rerouteRequested: (unit: string, reason: string) => ({
    title: '承办单位申请改派意见',
    body: `${unit}申请改派交办的意见建议，理由：${reason}`,
  }),
  where: {
    unit: (name: string) => `交${name}办理`,
    proposal: '转为提案',
    report: '转为社情民意信息',
  },
  officeAnswerer: '政协办公室',
  reportSource: '界别活动周意见建议',
  rateLimited: '查询过于频繁，请稍后再试',
};

export const PROCESSING_PHRASES: Record<string, string> = {
  '该意见已答复，不能再交办或存档': 'The opinion has been answered: it can no longer be routed or kept on record',
  该意见已存档: 'The opinion has been kept on record',
  '只有被交办的单位可以答复（转为提案或社情民意的，由政协办公室记录答复）':
    'Only the department it was routed to may answer (the office records the answer of one routed into a proposal or a report)',
  该交办已答复: 'This routing has been answered',
  '已申请改派，请等待政协办公室处理': 'A reroute was asked for: wait for the office',
  该交办已被改派: 'The opinions of this routing were sent elsewhere',
  只有被交办的单位可以申请改派: 'Only the department it was routed to may ask for a reroute',
  所选类别不存在或已停用: 'The category chosen does not exist or is retired',
  所选主题不存在或已停用: 'The theme chosen does not exist or is retired',
  所选意见不存在或不属于本单位: 'An opinion chosen does not exist or is not of your organisation',
  同名的类别或主题已存在: 'A category or theme of that name exists',
  所选承办单位不存在或不属于本单位: 'The department chosen does not exist or is not of your organisation',
  答复期限不能早于今天: 'The due date cannot be before today',
  '该组没有可交办的意见（均已答复或存档）': 'The group has no opinion left to route (all answered or kept on record)',
  只有委员提出的意见可以转为提案: 'Only opinions written by members can become a proposal',
  '本组织尚未设置当前届次，不能转为提案': 'Your organisation has no current term: no proposal can be drafted',
  '查询过于频繁，请稍后再试': 'Too many lookups: try again later',
  '回执码不正确，请核对后再试': 'The receipt code is not right: check it and try again',
  回执码格式不正确: 'The receipt code is not well formed',
  交办给承办单位时须选择承办单位: 'Choose the department to route the opinion to',
};
