// The inspections each access-matrix bundle holds: a draft (to publish), a published one with
// the bundle's member taking part and two sites (one to remove), one to cancel, one under way,
// and a recommendation of it routed to the bundle's handling unit (in the city, the unit whose
// user the matrix signs in as). Made through the API by the organisation's office.
import {
  inspectionIn,
  recommendationOf,
} from '../../server/modules/supervision/inspections/inspections.test-helpers.js';
import type { Client } from '../../server/test/harness.js';

export interface InspectionTargets {
  draft: number;
  /** Published, with `member` taking part; `site` stays, `spareSite` is removed by the first role allowed to. */
  published: number;
  site: number;
  spareSite: number;
  cancellable: number;
  underWay: number;
  recommendation: number;
  member: number;
  unit: number;
}

export async function inspectionTargets(office: Client, member: number, unit: number): Promise<InspectionTargets> {
  const published = await inspectionIn(office, 'published', { participantIds: [member] });
  const spare = await office.post(`/api/supervision/inspections/${published.id}/sites`, {
    name: '滨河公园',
    address: '滨河东路88号',
  });
  const underWay = await inspectionIn(office, 'under_way', { participantIds: [member] });
  return {
    draft: (await inspectionIn(office, 'draft')).id,
    published: published.id,
    site: published.siteId,
    spareSite: (spare.json() as { sites: { id: number }[] }).sites[1]!.id,
    cancellable: (await inspectionIn(office, 'published')).id,
    underWay: underWay.id,
    recommendation: await recommendationOf(office, underWay.id, unit, '2026-12-31'),
    member,
    unit,
  };
}
