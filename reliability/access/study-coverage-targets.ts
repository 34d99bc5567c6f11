// The training cohorts each access-matrix bundle holds, made through the API by the
// organisation's office: one the rows read and change, a spare one the delete row removes.
import { ok } from '../../server/modules/proposals/core/proposals.test-helpers.js';
import type { Client } from '../../server/test/harness.js';

export interface CoverageTargets {
  cohort: number;
  spareCohort: number;
}

export async function coverageTargets(office: Client, memberId: number): Promise<CoverageTargets> {
  const add = async (name: string) =>
    (
      (await ok(
        office.post('/api/study/coverage/cohorts', { year: 2026, name, kind: 'backbone', memberIds: [memberId] }),
        name,
      )) as { id: number }
    ).id;
  return { cohort: await add('骨干委员培训'), spareCohort: await add('重点工作培训') };
}
