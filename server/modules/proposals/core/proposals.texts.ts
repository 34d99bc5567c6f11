// Chinese wording of the proposal core: kinds and states as lists and exports show them, and
// how a proposal is named and linked in notices.
import type { ProposalRow } from './proposals.repo.js';

export const KIND_LABELS = { individual: '个人提案', joint: '联名提案', collective: '集体提案' } as const;

export const STATE_LABELS = {
  draft: '草稿',
  submitted: '待审查',
  returned: '退回修改',
  withdrawn: '已撤回',
  rejected: '不予立案',
  converted: '转社情民意',
  merged: '已并案',
  accepted: '已立案待交办',
  assigned: '已交办待签收',
  handling: '办理中',
  replied: '已答复',
  closed: '已办结',
} as const;

/** Where a notice about the proposal takes its reader. */
export function proposalLink(id: number): string {
  return `/proposals/${id}`;
}

/** How a proposal is named in notices: its number when it has one, else its title. */
export function proposalName(p: Pick<ProposalRow, 'number_label' | 'title'>): string {
  return p.number_label ? `${p.number_label}《${p.title}》` : `《${p.title}》`;
}
