// The problem each access-matrix bundle holds: one promoted from the member's visit of the open
// campaign (./supervision-targets.ts), routed to the bundle's handling unit (in the city, the
// unit whose user the matrix signs in as). Made through the API by the organisation's office.
import { ok } from '../../server/modules/proposals/core/proposals.test-helpers.js';
import type { Client } from '../../server/test/harness.js';
import type { SupervisionTargets } from './supervision-targets.js';

export interface ProblemTargets {
  problem: number;
  unit: number;
}

export async function problemTargets(office: Client, sup: SupervisionTargets, unit: number): Promise<ProblemTargets> {
  const made = (await ok(
    office.post(`/api/supervision/campaigns/${sup.campaign}/problems`, {
      visitId: sup.visit,
      unitId: unit,
      dueOn: '2026-12-31',
    }),
    'problem',
  )) as { id: number };
  return { problem: made.id, unit };
}
