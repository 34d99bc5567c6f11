// Each organisation's proposal rules: categories, strategic themes, result-class labels,
// rejection reasons, and the deadlines (sign-for days, reply months, re-handling limit,
// invitation days, working-day calendar) and what a formal reply needs first (a contact with
// the proposer, the co units' opinions). Defaults apply until the office changes them.
import { z } from 'zod';
import { text } from '../../../platform/http/schemas.js';

export const DEFAULT_SETTINGS = {
  categories: ['经济建设', '城乡建设', '教科文卫体', '社会法制', '农业农村', '生态环境', '其他'],
  themes: ['营商环境优化', '乡村振兴', '生态文明', '数字江临', '民生保障', '文旅融合'],
  resultLabels: { A: '已解决或采纳', B: '正在解决', C: '列入计划解决', D: '留作参考' },
  rejectReasons: [
    '不属于政协提案范围',
    '涉及党和国家秘密',
    '属于个人或家庭事务',
    '涉及司法诉讼案件',
    '内容空泛、缺乏具体建议',
    '一事多案或重复提案',
    '其他',
  ],
  signDays: 5,
  replyMonths: 3,
  rehandleLimit: 1,
  inviteDays: 7,
  /** Proposals submitted this many days before a plenary session opens belong to it. */
  sessionLeadDays: 45,
  holidays: { off: [] as string[], work: [] as string[] },
  /** A unit records a contact with the proposer before its formal reply (答复前须与提案人沟通). */
  contactBeforeReply: true,
  /** The lead unit's formal reply waits for every co unit's opinion (会办意见). */
  coOpinionsBeforeReply: false,
};

export const proposalSettingsSchema = z.object({
  categories: z.array(text(20, 1)).min(1).max(40),
  themes: z.array(text(30, 1)).max(60),
  resultLabels: z.object({ A: text(20, 1), B: text(20, 1), C: text(20, 1), D: text(20, 1) }),
  rejectReasons: z.array(text(40, 1)).min(1).max(30),
  signDays: z.number().int().min(1).max(30),
  replyMonths: z.number().int().min(1).max(12),
  rehandleLimit: z.number().int().min(0).max(3),
  inviteDays: z.number().int().min(1).max(60),
  sessionLeadDays: z.number().int().min(0).max(120),
  holidays: z.object({
    off: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).max(400),
    work: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).max(100),
  }),
  // Absent from a client written before these rules existed: the defaults.
  contactBeforeReply: z.boolean().default(DEFAULT_SETTINGS.contactBeforeReply),
  coOpinionsBeforeReply: z.boolean().default(DEFAULT_SETTINGS.coOpinionsBeforeReply),
});
export type ProposalSettings = z.infer<typeof proposalSettingsSchema>;

/** The response: plain strings, because the request schema's trimming cannot be run backwards when a reply is serialised. */
export const proposalSettingsResponse = z.object({
  categories: z.array(z.string()),
  themes: z.array(z.string()),
  resultLabels: z.object({ A: z.string(), B: z.string(), C: z.string(), D: z.string() }),
  rejectReasons: z.array(z.string()),
  signDays: z.number(),
  replyMonths: z.number(),
  rehandleLimit: z.number(),
  inviteDays: z.number(),
  sessionLeadDays: z.number(),
  holidays: z.object({ off: z.array(z.string()), work: z.array(z.string()) }),
  contactBeforeReply: z.boolean(),
  coOpinionsBeforeReply: z.boolean(),
});
