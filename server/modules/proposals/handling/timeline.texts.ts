// The wording of a proposal's timeline: each audited step's label and the facts its detail
// states (timeline.model.ts), in full for the office and the unit concerned, in brief for
// everyone else; and the Chinese sentence the API's `detail` carries, worded from those facts.
import type { AuditAction } from '../../../platform/audit/actions.js';
import { zhDate } from '../../../platform/clock.js';
import type { ProposalSettings } from '../settings/settings.schema.js';
import { CONTACTED_LABELS, CONTACT_WAYS, RATING_LABELS, ROLE_LABEL } from './handling.texts.js';
import type { Fact } from './timeline.model.js';

export type Detail = Record<string, unknown>;

export interface DescribeContext {
  /** The viewer is the office or the unit the entry is about. */
  full: boolean;
  /** A unit's name, null when it is no longer known. */
  unitName(id: unknown): string | null;
  resultLabels: ProposalSettings['resultLabels'];
}

export interface TimelineAction {
  label: string;
  facts?: (d: Detail, ctx: DescribeContext) => Fact[];
}

const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const dateOf = (v: unknown) => (typeof v === 'string' ? v : undefined);
const when = <T>(cond: unknown, fact: T): T[] => (cond ? [fact] : []);
const commitment = (d: Detail, note: unknown, full = true): Fact[] => [
  { code: 'commitment', text: str(d.content), ...(full ? { note: str(note) } : {}) },
];

/**
 * The steps a proposal's history shows: each one's label and, where it says more, its facts.
 * Other entries about the proposal (a Word or list export, a phone reveal) stay in the audit
 * trail for the auditor: they are not steps of the proposal, and its proposer must not see them.
 */
export const ACTIONS = {
  'proposal.create': { label: '起草提案' },
  'proposal.edit': {
    label: '修改提案',
    facts: (d) =>
      when(Array.isArray(d.removedFiles), {
        code: 'filesRemoved',
        names: ((d.removedFiles ?? []) as { name?: unknown }[]).map((f) => str(f?.name)),
      } as const),
  },
  'proposal.submit': { label: '提交提案', facts: (d) => when(d.resubmission, { code: 'resubmitted' } as const) },
  'proposal.withdraw': { label: '撤回提案' },
  'proposal.invitation_accept': { label: '同意联名' },
  'proposal.invitation_decline': { label: '婉拒联名' },
  'proposal.invitation_expire': { label: '联名邀请过期' },
  'proposal.accept': { label: '立案', facts: (d) => when(d.number, { code: 'number', text: str(d.number) } as const) },
  'proposal.reject': { label: '不予立案', facts: (d) => [{ code: 'reason', text: str(d.reason) }] },
  'proposal.convert': { label: '转为社情民意信息' },
  'proposal.return': { label: '退回修改' },
  'proposal.merge': {
    label: '并案办理',
    facts: (d) => [{ code: 'merged', count: Array.isArray(d.merged) ? d.merged.length : 0 }],
  },
  'proposal.merged_away': { label: '并入其他提案办理' },
  'proposal.assign': {
    label: '交办',
    facts: (d, c) => [
      {
        code: 'assigned',
        units: ((Array.isArray(d.units) ? d.units : []) as { unitId: number; role: keyof typeof ROLE_LABEL }[]).map(
          (u) => ({ name: c.unitName(u.unitId), role: u.role }),
        ),
      },
      { code: 'replyDeadline', date: dateOf(d.replyDeadline) },
    ],
  },
  'proposal.sign': { label: '签收', facts: (d) => when(d.late, { code: 'signedLate' } as const) },
  'proposal.assignment_decline': {
    label: '退回交办',
    facts: (d, c) => [
      ...when(c.full, { code: 'reason', text: str(d.reason) } as const),
      ...when(d.reassign, { code: 'toReassign' } as const),
    ],
  },
  'proposal.urge': {
    label: '催办',
    facts: (d, c) => [
      c.full
        ? {
            code: 'urged',
            unit: c.unitName(d.unitId),
            ...(typeof d.count === 'number' ? { count: d.count } : {}),
            ...(d.note ? { text: str(d.note) } : {}),
          }
        : { code: 'urgedBrief' },
    ],
  },
  'proposal.extension_apply': {
    label: '申请延期',
    facts: (d, c) => when(c.full, { code: 'extensionAsked', date: dateOf(d.to), text: str(d.reason) } as const),
  },
  'proposal.extension_approve': {
    label: '同意延期',
    facts: (d, c) => [{ code: 'extended', unit: c.unitName(d.unitId), date: dateOf(d.to) }],
  },
  'proposal.extension_refuse': {
    label: '不同意延期',
    facts: (d, c) => when(c.full && d.note, { code: 'note', text: str(d.note) } as const),
  },
  'proposal.contact': {
    label: '联系提案人',
    facts: (d) => [{ code: 'contacted', way: d.way as keyof typeof CONTACT_WAYS, date: dateOf(d.contactedOn) }],
  },
  'proposal.co_opinion': { label: '提出会办意见' },
  'proposal.reply': {
    label: '正式答复',
    facts: (d, c) => {
      const cls = d.resultClass as 'A' | 'B' | 'C' | 'D';
      return [
        { code: 'resultClass', resultClass: cls, resultLabel: c.resultLabels[cls] ?? '' },
        ...when(d.allReplied, { code: 'allReplied' } as const),
        ...when(c.full && Array.isArray(d.lapsedExtensionIds) && d.lapsedExtensionIds.length, {
          code: 'extensionsLapsed',
        } as const),
      ];
    },
  },
  'proposal.reply_send_back': {
    label: '退回答复',
    facts: (d, c) => [c.full ? { code: 'sentBack', text: str(d.note) } : { code: 'sentBackBrief' }],
  },
  'proposal.close': { label: '办结', facts: (d) => when(d.note, { code: 'note', text: str(d.note) } as const) },
  'proposal.rate': {
    label: '提案人评价',
    facts: (d) => [
      { code: 'proposerContacted', contacted: d.contacted as keyof typeof CONTACTED_LABELS },
      {
        code: 'ratings',
        attitude: d.attitude as keyof typeof RATING_LABELS,
        result: d.result as keyof typeof RATING_LABELS,
      },
      { code: d.outcome === 'rehandle' ? 'rehandle' : 'closed' },
    ],
  },
  'proposal.commitment_progress': { label: '报告承诺落实进展', facts: (d) => commitment(d, d.note) },
  'proposal.commitment_done': { label: '承诺事项已落实', facts: (d) => commitment(d, d.note) },
  'proposal.commitment_drop': { label: '承诺事项不再跟踪', facts: (d, c) => commitment(d, d.reason, c.full) },
  'proposal.key_nominate': { label: '提名为重点提案' },
  'proposal.key_nomination_cancel': { label: '撤销重点提案提名' },
  'proposal.key_decide': {
    label: '主席会议审定',
    facts: (d) => [{ code: d.approved ? 'keyApproved' : 'keyNotApproved' }],
  },
  'proposal.key_leader': { label: '确定领办领导' },
  'proposal.key_event': { label: '领导领办督办' },
  'proposal.excellent_select': {
    label: '评为优秀提案',
    facts: (d) => when(d.year, { code: 'year', year: Number(d.year) } as const),
  },
  'proposal.excellent_unselect': { label: '撤销优秀提案' },
} satisfies Partial<Record<AuditAction, TimelineAction>>;

export type TimelineKind = keyof typeof ACTIONS;

/** The kinds the timeline may show, in the order above (published as an enum in the API schema). */
export const TIMELINE_KINDS = Object.keys(ACTIONS) as [TimelineKind, ...TimelineKind[]];

export const isTimelineKind = (action: string): action is TimelineKind => Object.hasOwn(ACTIONS, action);

/** A date of the detail (YYYY-MM-DD) as Chinese text writes it: 2027年3月6日. */
const day = (v: string | undefined) => (v && /^\d{4}-\d{2}-\d{2}/.test(v) ? zhDate(v) : str(v));
const unit = (name: string | null | undefined) => name ?? '承办单位';
const label = <T extends Record<string, string>>(labels: T, key: string | undefined) => labels[key as keyof T] ?? '';

/** Each fact in Chinese. */
const ZH: Record<Fact['code'], (f: Fact) => string> = {
  filesRemoved: (f) => `删除附件：${(f.names ?? []).join('、')}`,
  resubmitted: () => '修改后重新提交',
  number: (f) => `编号：${str(f.text)}`,
  reason: (f) => `理由：${str(f.text)}`,
  merged: (f) => `并入 ${str(f.count)} 件提案`,
  assigned: (f) => (f.units ?? []).map((u) => `${unit(u.name)}（${label(ROLE_LABEL, u.role)}）`).join('、'),
  replyDeadline: (f) => `答复期限 ${day(f.date)}`,
  signedLate: () => '超过签收期限签收',
  toReassign: () => '待重新交办',
  urged: (f) => `催办${unit(f.unit)}（第 ${str(f.count)} 次）${f.text ? `：${f.text}` : ''}`,
  urgedBrief: () => '督促承办单位加快办理',
  extensionAsked: (f) => `申请延至 ${day(f.date)}：${str(f.text)}`,
  extended: (f) => `${unit(f.unit)}答复期限延至 ${day(f.date)}`,
  note: (f) => str(f.text),
  contacted: (f) => `${label(CONTACT_WAYS, f.way)}（${day(f.date)}）`,
  resultClass: (f) => `${str(f.resultClass)}类：${str(f.resultLabel)}`,
  allReplied: () => '答复完毕',
  extensionsLapsed: () => '待审批的延期申请随答复失效',
  sentBack: (f) => `退回理由：${str(f.text)}`,
  sentBackBrief: () => '答复须修改完善',
  proposerContacted: (f) => label(CONTACTED_LABELS, f.contacted),
  ratings: (f) => `办理态度${label(RATING_LABELS, f.attitude)}，办理结果${label(RATING_LABELS, f.result)}`,
  rehandle: () => '重新办理',
  closed: () => '办结',
  commitment: (f) => `“${str(f.text)}”${f.note === undefined ? '' : `：${f.note}`}`,
  keyApproved: () => '列为重点提案',
  keyNotApproved: () => '不列为重点提案',
  year: (f) => `${str(f.year)}年度`,
};

/** The facts as one Chinese sentence (the API's `detail`), null when there are none. */
export function zhDetail(facts: Fact[]): string | null {
  return facts.length ? facts.map((f) => ZH[f.code](f)).join('；') : null;
}
