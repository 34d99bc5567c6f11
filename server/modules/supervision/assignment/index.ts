// assignment/: who visits what — the rules (assignment.model.ts: k visits per object, balanced
// loads, own district first, no visit to one's own work unit), the office's hand adjustments, and
// a member's route order. See ../index.ts.
import type { ZodApp } from '../../../platform/http/types.js';
import type { Platform } from '../../../platform/platform.js';
import { createCampaignRepo } from '../campaigns/index.js';
import { createAssignmentRepo } from './assignment.repo.js';
import { assignmentRoutes } from './assignment.routes.js';
import { createAssignmentService } from './assignment.service.js';

export function registerAssignment(app: ZodApp, platform: Platform): void {
  assignmentRoutes(
    app,
    createAssignmentService({ ...platform, campaigns: createCampaignRepo(), assignments: createAssignmentRepo() }),
  );
}

export { routeOrder } from './assignment.model.js';

/** English for this sub-domain's sentences (composed in ../supervision.texts.ts). */
export const ASSIGNMENT_PHRASES: Record<string, string> = {
  须先有评议对象和参加委员才能分配: 'Objects and participants are needed before assigning',
  请选择一位委员或一个小组: 'Choose one member or one team',
  该委员未参加本次评议活动: 'The member does not take part in this campaign',
  小组不属于本次评议活动: 'The team is not one of this campaign’s',
  已分配过该对象: 'Already assigned to this object',
  分配记录不存在: 'No such assignment',
};
