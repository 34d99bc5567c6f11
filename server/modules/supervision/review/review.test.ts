// The review through the API: figures per object from the members' visits (score, spread,
// criteria means), the ranking and the distribution; the office's review and album photos; the
// album built by the job runner as a .docx that parses back, downloadable by leaders.
import JSZip from 'jszip';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFixture, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, type Client, type TestContext } from '../../../test/harness.js';
import { multipartFile } from '../../../test/multipart.js';
import { draftCampaign, signIn } from '../campaigns/campaigns.test-helpers.js';
import { fieldPhotoFixture } from '../photos/index.js';

const PEOPLE = {
  staff: 'staff',
  leader: 'leader',
  zhang: 'zhangjianguo',
  li: 'lixiaomei',
  county: 'dongcheng',
} as const;
const PARKS = [
  { name: '滨江体育公园', district: '江临区', lat: 31.2381, lon: 121.4902 },
  { name: '南湖口袋公园', district: '南湖区', lat: 31.2109, lon: 121.4533 },
  { name: '西山森林公园', district: '西山区' },
];

describe(`supervision: review and album (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let c: Record<keyof typeof PEOPLE, Client>;
  let id: number;
  let objects: Record<string, number>;
  let criteria: { id: number }[];
  const photos: string[] = [];

  const visit = async (who: Client, objectId: number, scores: number[], withPhoto: boolean) => {
    const photoIds: string[] = [];
    if (withPhoto) {
      const { payload, headers } = multipartFile(
        'IMG.jpg',
        await fieldPhotoFixture({
          takenAt: new Date('2026-05-10T09:00:00Z'),
          lat: 31.2381,
          lon: 121.4902,
          seed: photos.length,
        }),
        'image/jpeg',
      );
      const up = await who.request({ method: 'POST', url: '/api/files?purpose=photo', payload, headers });
      expect(up.statusCode, up.body).toBe(201);
      photoIds.push(up.json().id);
      photos.push(up.json().id);
    }
    const res = await who.post('/api/supervision/visits', {
      clientId: randomUUID(),
      campaignId: id,
      objectId,
      visitedAt: '2026-05-10T09:30:00Z',
      interviewee: '遛狗的市民',
      interviewNotes: '夜间照明不足，部分路灯不亮。',
      scores: criteria.map((x, i) => ({ criterionId: x.id, score: scores[i] })),
      comment: '草坪养护好，照明需改进。',
      photoIds,
    });
    expect(res.statusCode, res.body).toBe(201);
  };

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    ctx.clock.set('2026-05-20T02:00:00Z');
    c = await signIn(ctx, PEOPLE);
    id = await draftCampaign(c.staff, PARKS, [fx.members.zhang, fx.members.li]);
    criteria = (await c.staff.get(`/api/supervision/campaigns/${id}`)).json().criteria;
    objects = Object.fromEntries(
      ((await c.staff.get(`/api/supervision/campaigns/${id}/objects`)).json() as { name: string; id: number }[]).map(
        (o) => [o.name, o.id],
      ),
    );
    expect((await c.staff.post(`/api/supervision/campaigns/${id}/assign`)).statusCode).toBe(200);
    expect((await c.staff.post(`/api/supervision/campaigns/${id}/open`)).statusCode).toBe(200);
    await visit(c.zhang, objects['滨江体育公园']!, [9, 9, 8, 8], true); // 86
    await visit(c.li, objects['滨江体育公园']!, [7, 7, 6, 6], true); // 66
    await visit(c.zhang, objects['南湖口袋公园']!, [8, 8, 8, 8], false); // 80
  });
  afterAll(async () => ctx?.close());

  it('aggregates each object’s visits: mean, spread, criteria means, ranking, distribution', async () => {
    const res = await c.leader.get(`/api/supervision/campaigns/${id}/review`);
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r.totals).toEqual({ objects: 3, visited: 2, visits: 3, reviewed: 0, flagged: 1, photos: 2, members: 2 });
    // A leader reads; the office reviews and picks photos while members visit, the album waits for review.
    expect(r.allowedActions).toEqual([]);
    expect((await c.staff.get(`/api/supervision/campaigns/${id}/review`)).json().allowedActions).toEqual([
      'writeEvalReview',
      'chooseAlbumPhotos',
    ]);
    expect(
      r.objects.map((o: { name: string; rank: number | null; score: number | null; spread: number | null }) => [
        o.name,
        o.rank,
        o.score,
        o.spread,
      ]),
    ).toEqual([
      ['南湖口袋公园', 1, 80, 0],
      ['滨江体育公园', 2, 76, 10],
      ['西山森林公园', null, null, null],
    ]);
    expect(r.objects[1].criteria[0]).toEqual({ criterionId: criteria[0]!.id, mean: 8 });
    expect(r.objects[1].flagged).toBe(0);
    expect(r.objects[0].flagged).toBe(1); // no photo
    expect(r.distribution.find((d: { band: string }) => d.band === '80–90分').objects).toBe(1);
    expectError(await c.county.get(`/api/supervision/campaigns/${id}/review`), 404);
    expectError(await c.zhang.get(`/api/supervision/campaigns/${id}/review`), 403);
  });

  it('keeps the office’s review and the album photos, checked', async () => {
    const o = objects['滨江体育公园']!;
    const path = `/api/supervision/campaigns/${id}/objects/${o}`;
    expectError(await c.leader.put(`${path}/review`, { text: '不该由我写' }), 403);
    expectError(await c.staff.put(`${path}/review`, { text: '' }), 400);
    const text = '滨江体育公园草坪与步道养护良好，群众满意度较高；夜间照明不足，建议更换损坏路灯并延长公厕开放时间。';
    expect((await c.staff.put(`${path}/review`, { text })).statusCode).toBe(200);
    expect((await c.staff.put(`${path}/review`, { text: text + '（修订）' })).json().text).toBe(text + '（修订）');
    expectError(await c.staff.put(`${path}/album-photos`, { fileIds: [photos[0], photos[0]] }), 400);
    expectError(
      await c.staff.put(`/api/supervision/campaigns/${id}/objects/${objects['南湖口袋公园']}/album-photos`, {
        fileIds: [photos[0]],
      }),
      400,
    );
    expect((await c.staff.put(`${path}/album-photos`, { fileIds: photos })).statusCode).toBe(200);
    const detail = (await c.leader.get(`${path}/review`)).json();
    expect(detail.review.text).toBe(text + '（修订）');
    expect(detail.photos.map((p: { inAlbum: boolean }) => p.inAlbum)).toEqual([true, true]);
    expect(detail.criteria.map((x: { mean: number }) => x.mean)).toEqual([8, 8, 7, 7]);
  });

  it('builds the album in the background once review starts; it parses back and leaders download it', async () => {
    expectError(await c.staff.post(`/api/supervision/campaigns/${id}/album`), 409, 'CAMPAIGN_NOT_REVIEWING');
    await c.staff.post(`/api/supervision/campaigns/${id}/review`);
    expectError(await c.leader.post(`/api/supervision/campaigns/${id}/album`), 403);
    const queued = await c.staff.post(`/api/supervision/campaigns/${id}/album`);
    expect(queued.statusCode, queued.body).toBe(202);
    await ctx.platform.jobs.drain();
    const job = (await c.staff.get(`/api/jobs/${queued.json().jobId}`)).json();
    expect(job.status, JSON.stringify(job)).toBe('done');
    const status = (await c.leader.get(`/api/supervision/campaigns/${id}/album`)).json();
    expect(status.fileId).toBeTruthy();
    const file = await c.leader.get(`/api/files/${status.fileId}`);
    expect(file.statusCode).toBe(200);
    const zip = await JSZip.loadAsync(file.rawPayload);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('滨江体育公园');
    expect(xml).toContain('夜间照明不足，建议更换损坏路灯');
    const media = Object.keys(zip.files).filter((n) => n.startsWith('word/media/'));
    expect(media).toHaveLength(2);
    // The pictures are the print copies made at upload, byte for byte (not scaled again).
    const copies = await ctx.platform.db
      .selectFrom('supervision_visit_photos as p')
      .innerJoin('files as f', 'f.id', 'p.print_file_id')
      .select(['f.storage_key', 'f.width'])
      .where('p.file_id', 'in', photos)
      .execute();
    expect(copies).toHaveLength(2); // the fixture photos are 640 px wide: copied, never enlarged
    const copyBytes = await Promise.all(
      copies.map(async (x) => Buffer.concat(await (await ctx.platform.files.store.get(x.storage_key)).toArray())),
    );
    for (const name of media) {
      const bytes = await zip.file(name)!.async('nodebuffer');
      expect(copyBytes.some((b) => b.equals(bytes))).toBe(true);
    }
    expectError(await c.zhang.get(`/api/files/${status.fileId}`), 404);
    // A second build replaces the first file.
    const again = await c.staff.post(`/api/supervision/campaigns/${id}/album`);
    await ctx.platform.jobs.drain();
    expect((await c.staff.get(`/api/jobs/${again.json().jobId}`)).json().status).toBe('done');
    const next = (await c.leader.get(`/api/supervision/campaigns/${id}/album`)).json();
    expect(next.fileId).not.toBe(status.fileId);
    expectError(await c.leader.get(`/api/files/${status.fileId}`), 404);
  });

  it('gives the printable album page the same contents: ranked objects, reviews, chosen photos', async () => {
    const res = await c.leader.get(`/api/supervision/campaigns/${id}/album/contents`);
    expect(res.statusCode, res.body).toBe(200);
    const a = res.json();
    expect(a.summary).toEqual({ objects: 2, visits: 3, photos: 2, members: 2 });
    expect(a.criteria).toHaveLength(4);
    expect(a.objects.map((o: { name: string; rank: number }) => [o.name, o.rank])).toEqual([
      ['南湖口袋公园', 1],
      ['滨江体育公园', 2],
    ]);
    expect(a.objects[0]).toMatchObject({ review: null, photos: [], score: 80, visits: 1 });
    expect(a.objects[1].review).toContain('夜间照明不足');
    expect(a.objects[1].photos).toEqual(photos);
    expect((await c.staff.get(`/api/supervision/campaigns/${id}/review`)).json().allowedActions).toEqual([
      'writeEvalReview',
      'chooseAlbumPhotos',
      'buildEvalAlbum',
    ]);
    expectError(await c.zhang.get(`/api/supervision/campaigns/${id}/album/contents`), 403);
    expectError(await c.county.get(`/api/supervision/campaigns/${id}/album/contents`), 404);
    expectError(await c.leader.get(`/api/supervision/campaigns/abc/album/contents`), 400);
  });
});
