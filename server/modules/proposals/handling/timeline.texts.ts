// The wording of a proposal's timeline: each audited step's label and what its detail says,
// in full for the office and the unit concerned, in brief for everyone else.
import type { AuditAction } from '../../../platform/audit/actions.js';
import { zhDate } from '../../../platform/clock.js';
import type { ProposalSettings } from '../settings/settings.schema.js';
import { CONTACTED_LABELS, CONTACT_WAYS, RATING_LABELS, ROLE_LABEL } from './handling.texts.js';

export type Detail = Record<string, unknown>;

export interface DescribeContext {
  /** The viewer is the office or the unit the entry is about. */
  full: boolean;
  unitName(id: unknown): string;
  resultLabels: ProposalSettings['resultLabels'];
}

export interface TimelineAction {
  label: string;
  detail?: (d: Detail, ctx: DescribeContext) => string | null;
}

const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));
/** A date of the detail (YYYY-MM-DD) as Chinese text writes it: 2027年3月6日. */
const day = (v: unknown) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) ? zhDate(v) : str(v));
const rated = (d: Detail) =>
  `办理态度${RATING_LABELS[d.attitude as keyof typeof RATING_LABELS] ?? ''}，办理结果${RATING_LABELS[d.result as keyof typeof RATING_LABELS] ?? ''}`;

/**
 * The steps a proposal's history shows: each one's label and, where it says more, its detail.
 * Other entries about the proposal (a Word or list export, a phone reveal) stay in the audit
 * trail for the auditor: they are not steps of the proposal, and its proposer must not see them.
 */
export const ACTIONS = {
  'proposal.create': { label: '起草提案' },
  'proposal.edit': {
    label: '修改提案',
    detail: (d) =>
      Array.isArray(d.removedFiles)
        ? `删除附件：${(d.removedFiles as { name?: unknown }[]).map((f) => str(f?.name)).join('、')}`
        : null,
  },
  'proposal.submit': { label: '提交提案', detail: (d) => (d.resubmission ? '修改后重新提交' : null) },
  'proposal.withdraw': { label: '撤回提案' },
  'proposal.invitation_accept': { label: '同意联名' },
  'proposal.invitation_decline': { label: '婉拒联名' },
  'proposal.invitation_expire': { label: '联名邀请过期' },
  'proposal.accept': { label: '立案', detail: (d) => (d.number ? `编号：${str(d.number)}` : null) },
  'proposal.reject': { label: '不予立案', detail: (d) => `理由：${str(d.reason)}` },
  'proposal.convert': { label: '转为社情民意信息' },
  'proposal.return': { label: '退回修改' },
  'proposal.merge': {
    label: '并案办理',
    detail: (d) => `并入 ${Array.isArray(d.merged) ? d.merged.length : 0} 件提案`,
  },
  'proposal.merged_away': { label: '并入其他提案办理' },
  'proposal.assign': {
    label: '交办',
    detail: (d, c) => {
      const units = (Array.isArray(d.units) ? d.units : []) as { unitId: number; role: keyof typeof ROLE_LABEL }[];
      return `${units.map((u) => `${c.unitName(u.unitId)}（${ROLE_LABEL[u.role] ?? ''}）`).join('、')}；答复期限 ${day(d.replyDeadline)}`;
    },
  },
  'proposal.sign': { label: '签收', detail: (d) => (d.late ? '超过签收期限签收' : null) },
  'proposal.assignment_decline': {
    label: '退回交办',
    detail: (d, c) =>
      [c.full ? `理由：${str(d.reason)}` : '', d.reassign ? '待重新交办' : ''].filter(Boolean).join('；') || null,
  },
  'proposal.urge': {
    label: '催办',
    detail: (d, c) =>
      c.full
        ? `催办${c.unitName(d.unitId)}（第 ${str(d.count)} 次）${d.note ? `：${str(d.note)}` : ''}`
        : '督促承办单位加快办理',
  },
  'proposal.extension_apply': {
    label: '申请延期',
    detail: (d, c) => (c.full ? `申请延至 ${day(d.to)}：${str(d.reason)}` : null),
  },
  'proposal.extension_approve': {
    label: '同意延期',
    detail: (d, c) => `${c.unitName(d.unitId)}答复期限延至 ${day(d.to)}`,
  },
  'proposal.extension_refuse': { label: '不同意延期', detail: (d, c) => (c.full && d.note ? str(d.note) : null) },
  'proposal.contact': {
    label: '联系提案人',
    detail: (d) => `${CONTACT_WAYS[d.way as keyof typeof CONTACT_WAYS] ?? ''}（${day(d.contactedOn)}）`,
  },
  'proposal.co_opinion': { label: '提出会办意见' },
  'proposal.reply': {
    label: '正式答复',
    detail: (d, c) =>
      `${str(d.resultClass)}类：${c.resultLabels[d.resultClass as 'A'] ?? ''}${d.allReplied ? '；答复完毕' : ''}` +
      (c.full && Array.isArray(d.lapsedExtensionIds) && d.lapsedExtensionIds.length
        ? '；待审批的延期申请随答复失效'
        : ''),
  },
  'proposal.reply_send_back': {
    label: '退回答复',
    detail: (d, c) => (c.full ? `退回理由：${str(d.note)}` : '答复须修改完善'),
  },
  'proposal.close': { label: '办结', detail: (d) => (d.note ? str(d.note) : null) },
  'proposal.rate': {
    label: '提案人评价',
    detail: (d) =>
      `${CONTACTED_LABELS[d.contacted as keyof typeof CONTACTED_LABELS] ?? ''}；${rated(d)}；${d.outcome === 'rehandle' ? '重新办理' : '办结'}`,
  },
  'proposal.commitment_progress': { label: '报告承诺落实进展', detail: (d) => `“${str(d.content)}”：${str(d.note)}` },
  'proposal.commitment_done': { label: '承诺事项已落实', detail: (d) => `“${str(d.content)}”：${str(d.note)}` },
  'proposal.commitment_drop': {
    label: '承诺事项不再跟踪',
    detail: (d, c) => (c.full ? `“${str(d.content)}”：${str(d.reason)}` : `“${str(d.content)}”`),
  },
  'proposal.key_nominate': { label: '提名为重点提案' },
  'proposal.key_nomination_cancel': { label: '撤销重点提案提名' },
  'proposal.key_decide': { label: '主席会议审定', detail: (d) => (d.approved ? '列为重点提案' : '不列为重点提案') },
  'proposal.key_leader': { label: '确定领办领导' },
  'proposal.key_event': { label: '领导领办督办' },
  'proposal.excellent_select': { label: '评为优秀提案', detail: (d) => (d.year ? `${str(d.year)}年度` : null) },
  'proposal.excellent_unselect': { label: '撤销优秀提案' },
} satisfies Partial<Record<AuditAction, TimelineAction>>;

export type TimelineKind = keyof typeof ACTIONS;

/** The kinds the timeline may show, in the order above (published as an enum in the API schema). */
export const TIMELINE_KINDS = Object.keys(ACTIONS) as [TimelineKind, ...TimelineKind[]];

export const isTimelineKind = (action: string): action is TimelineKind => Object.hasOwn(ACTIONS, action);
