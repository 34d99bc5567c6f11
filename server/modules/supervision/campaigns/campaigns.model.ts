// What an evaluation campaign must hold before members go out, and how it moves on.
// draft: the office sets criteria, objects and participants; open: members visit and score;
// reviewing: visits are in, the office writes its reviews and builds the album; closed: kept.
import type { SupervisionCampaignStatus } from '../../../db/tables/supervision.js';

export const NEXT_STATUS: Record<
  'open' | 'review' | 'close',
  { from: SupervisionCampaignStatus; to: SupervisionCampaignStatus }
> = {
  open: { from: 'draft', to: 'open' },
  review: { from: 'open', to: 'reviewing' },
  close: { from: 'reviewing', to: 'closed' },
};

/** The weights of a campaign's criteria add up to this before it opens. */
export const WEIGHT_TOTAL = 100;

/** Why a campaign cannot open yet (empty when it can). */
export function openProblems(c: { criteria: { weight: number }[]; objects: number; participants: number }): string[] {
  const out: string[] = [];
  if (c.criteria.length === 0) out.push('尚未设置评议指标');
  const sum = c.criteria.reduce((s, x) => s + x.weight, 0);
  if (c.criteria.length > 0 && sum !== WEIGHT_TOTAL) out.push('评议指标权重合计应为 100');
  if (c.objects === 0) out.push('尚未导入评议对象');
  if (c.participants === 0) out.push('尚未确定参加委员');
  return out;
}
