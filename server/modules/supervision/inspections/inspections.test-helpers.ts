// Factories of the inspections' tests (and the access matrix): an inspection of the caller's
// organisation created through the API, taken to the state asked for.
import { expect } from 'vitest';
import type { Client } from '../../../test/harness.js';

export interface InspectionInput {
  participantIds?: number[];
  leader?: { memberId: number } | { userId: number };
  unitId?: number;
}

/** A thematic inspection with one site, created by the office and taken to `to`. */
export async function inspectionIn(
  office: Client,
  to: 'draft' | 'published' | 'under_way' | 'done',
  input: InspectionInput = {},
): Promise<{ id: number; siteId: number }> {
  const res = await office.post('/api/supervision/inspections', {
    title: '城区老旧小区加装电梯推进情况专题视察',
    subject: '了解加装电梯的审批流程、资金补贴和居民协调中的难点',
    kind: 'thematic',
    startsOn: '2026-03-10',
    endsOn: '2026-03-11',
    participantIds: input.participantIds ?? [],
    ...(input.leader && { leader: input.leader }),
    sites: [{ name: '幸福里小区', address: '城关街道幸福路18号', unitId: input.unitId ?? null }],
  });
  expect(res.statusCode, res.body).toBe(201);
  const body = res.json() as { id: number; sites: { id: number }[] };
  const steps = {
    draft: [],
    published: ['publish'],
    under_way: ['publish', 'start'],
    done: ['publish', 'start', 'finish'],
  };
  for (const s of steps[to]) {
    const r = await office.post(`/api/supervision/inspections/${body.id}/${s}`);
    expect(r.statusCode, r.body).toBe(200);
  }
  return { id: body.id, siteId: body.sites[0]!.id };
}

/** A recommendation of an inspection under way (or done), routed to `unitId`. */
export async function recommendationOf(office: Client, inspectionId: number, unitId: number, dueOn = '2026-04-30') {
  const res = await office.post(`/api/supervision/inspections/${inspectionId}/recommendations`, {
    title: '简化加装电梯联合审批流程',
    body: '建议住建、规划、市场监管部门实行一窗受理、并联审批，压缩审批时限。',
    unitId,
    dueOn,
  });
  expect(res.statusCode, res.body).toBe(201);
  return (res.json() as { id: number }).id;
}
