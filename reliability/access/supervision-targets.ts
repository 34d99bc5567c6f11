// The democratic supervision records each access-matrix bundle holds, made through the API by the
// organisation's office: evaluation campaigns organised by the organisation alone (one open with
// criteria, objects, the bundle's member taking part and the objects assigned; one draft to set
// up and open; one open to move to review; one in review to close), a spare object and a spare
// assignment for the delete rows, the objects' import template, and a visit by the bundle's
// member with a photo carrying time and place.
import { randomUUID } from 'node:crypto';
import { ok } from '../../server/modules/proposals/core/proposals.test-helpers.js';
import { fieldPhotoFixture } from '../../server/modules/supervision/photos/index.js';
import type { Client } from '../../server/test/harness.js';
import { multipartFile } from '../../server/test/multipart.js';

export interface SupervisionTargets {
  /** Open: criteria, objects, the member taking part, assigned; `visit` is on it. */
  campaign: number;
  /** Its first object (assigned to the member) and its criteria. */
  object: number;
  criteria: number[];
  /** A draft with criteria and an object, nobody taking part yet. */
  draft: number;
  /** A draft ready to open (criteria, an object, the member). */
  openable: number;
  /** Open, for the row that moves it to review. */
  reviewable: number;
  /** In review, for the row that closes it. */
  closable: number;
  /** An object of `draft` no one has visited, for the row that deletes it. */
  spareObject: number;
  /** An assignment of `campaign` made by hand, for the row that takes it away. */
  spareAssignment: number;
  /** The member's visit of `object`, with one photo. */
  visit: number;
  /** The organisation's member who takes part. */
  member: number;
  /** The objects' import template (its header only): a valid workbook to preview. */
  sheet: Buffer;
}

const CRITERIA = [
  { name: '环境整洁', weight: 60, maxScore: 10, guide: '园路、水面、公厕有无垃圾积存' },
  { name: '设施可用', weight: 40, maxScore: 10, guide: '座椅、照明、健身器材能否正常使用' },
];
// Inside the test clock's period (it starts at 2026-03-01).
const PERIOD = { startsOn: '2026-02-01', endsOn: '2026-04-30' };
const PARKS = [
  { name: '河畔口袋公园', district: '城区', category: '口袋公园', lat: 31.2304, lon: 121.4737 },
  { name: '北郊体育公园', district: '城区', category: '体育公园', lat: 31.2611, lon: 121.4702 },
];

export async function supervisionTargets(
  office: Client,
  member: Client,
  memberId: number,
): Promise<SupervisionTargets> {
  const base = '/api/supervision/campaigns';
  const campaign = async (title: string, withMember: boolean) => {
    const c = (await ok(
      office.post(base, { title, objectKind: 'place', visitsPerObject: 1, ...PERIOD }),
      `campaign ${title}`,
    )) as { id: number };
    await ok(office.put(`${base}/${c.id}/criteria`, { criteria: CRITERIA }), 'criteria');
    await ok(office.post(`${base}/${c.id}/objects`, { objects: PARKS }), 'objects');
    if (withMember) await ok(office.put(`${base}/${c.id}/participants`, { participants: [{ memberId }] }), 'members');
    return c.id;
  };
  const open = async (id: number) => (await ok(office.post(`${base}/${id}/open`), 'open'), id);

  const main = await campaign('委员眼中的公园', true);
  await ok(office.post(`${base}/${main}/assign`), 'assign');
  const objects = (await ok(office.get(`${base}/${main}/objects`), 'objects')) as { id: number; name: string }[];
  const object = objects.find((o) => o.name === PARKS[0]!.name)!.id;
  await open(main);
  const detail = (await ok(office.get(`${base}/${main}`), 'detail')) as { criteria: { id: number }[] };
  // A third park added while the members visit, given to the member by hand.
  await ok(
    office.post(`${base}/${main}/objects`, { objects: [{ name: '滨水郊野公园', category: '郊野公园' }] }),
    'add',
  );
  const third = ((await ok(office.get(`${base}/${main}/objects`), 'objects')) as { id: number; name: string }[]).find(
    (o) => o.name === '滨水郊野公园',
  )!.id;
  const spare = (await ok(office.post(`${base}/${main}/assignments`, { objectId: third, memberId }), 'by hand')) as {
    assignmentId: number;
  };

  const draft = await campaign('委员眼中的公园（筹备）', false);
  await ok(office.post(`${base}/${draft}/objects`, { objects: [{ name: '街角口袋公园' }] }), 'spare object');
  const spareObject = (
    (await ok(office.get(`${base}/${draft}/objects`), 'objects')) as { id: number; name: string }[]
  ).find((o) => o.name === '街角口袋公园')!.id;
  const reviewable = await open(await campaign('委员眼中的公园（走访中）', true));
  const closable = await open(await campaign('委员眼中的公园（点评中）', true));
  await ok(office.post(`${base}/${closable}/review`), 'review');

  const photo = await fieldPhotoFixture({
    takenAt: new Date('2026-02-27T03:10:00Z'),
    lat: PARKS[0]!.lat + 0.0003,
    lon: PARKS[0]!.lon,
    width: 320,
    height: 240,
  });
  const upload = multipartFile('IMG_0001.jpg', photo, 'image/jpeg');
  const file = (await ok(member.request({ method: 'POST', url: '/api/files?purpose=photo', ...upload }), 'photo')) as {
    id: string;
  };
  const criteria = detail.criteria.map((c) => c.id);
  const visit = (await ok(
    member.post('/api/supervision/visits', {
      clientId: randomUUID(),
      campaignId: main,
      objectId: object,
      visitedAt: '2026-02-27T03:00:00Z',
      interviewee: '遛狗的居民',
      interviewNotes: '草坪刚修剪过，夜里路灯有两盏不亮。',
      scores: criteria.map((criterionId) => ({ criterionId, score: 8 })),
      comment: '总体整洁，照明待修。',
      photoIds: [file.id],
    }),
    'visit',
  )) as { id: number };

  return {
    campaign: main,
    object,
    criteria,
    draft,
    openable: await campaign('委员眼中的公园（待开始）', true),
    reviewable,
    closable,
    spareObject,
    spareAssignment: spare.assignmentId,
    visit: visit.id,
    member: memberId,
    sheet: (await office.get(`${base}/${draft}/objects/template.xlsx`)).rawPayload,
  };
}
