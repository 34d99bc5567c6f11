// Rows -> parts of the handling view (pure): what a lead or split unit's formal reply waits
// for and from whom, so the page can say it rather than leave the unit without a button.
import type { ProposalSettings } from '../settings/settings.schema.js';
import type { Viewer } from '../core/proposals.policy.js';
import type { AssignmentRow } from './handling.repo.js';
import type { HandlingView } from './handling.schema.js';

export function replyWaitsView(
  viewer: Viewer,
  assignments: (AssignmentRow & { unit_name: string })[],
  contactedUnits: number[],
  rules: Pick<ProposalSettings, 'contactBeforeReply' | 'coOpinionsBeforeReply'>,
  day: string,
): HandlingView['replyWaits'] {
  if (viewer.kind !== 'unit' || viewer.role === 'co') return null;
  const own = assignments.find(
    (a) => a.unit_id === viewer.unitId && (a.status === 'pending_sign' || a.status === 'signed'),
  );
  if (!own) return null;
  // Only the lead unit gathers co units' opinions; a split unit answers its own part alone.
  const coUnits =
    viewer.role === 'lead'
      ? assignments.filter((a) => a.role === 'co' && (a.status === 'pending_sign' || a.status === 'signed'))
      : [];
  return {
    contact: { required: rules.contactBeforeReply, recorded: contactedUnits.includes(viewer.unitId) },
    coOpinions: {
      required: rules.coOpinionsBeforeReply && viewer.role === 'lead',
      units: coUnits.map((a) => ({
        unitId: a.unit_id,
        unitName: a.unit_name,
        status: a.status as 'pending_sign' | 'signed',
        signDeadline: a.sign_deadline,
        signOverdue: a.status === 'pending_sign' && a.sign_deadline < day,
      })),
    },
  };
}
