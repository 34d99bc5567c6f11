// "Four jointly" topics through the API: the office records one, flags it as a key research topic
// with the leader who assigned it, and moves it stage by stage (no skipping, dates in order; the
// consultation's meeting is of a consultation kind); the topic's page shows the whole path with
// the stage's documents; leaders read, units and members do not; another county gets 404.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, type Client, type TestContext } from '../../../test/harness.js';
import { multipartFile } from '../../../test/multipart.js';
import { plainPdf } from '../../../test/hostile-files.js';
import { publishedMeeting, signIn } from '../workplan.test-helpers.js';

const PEOPLE = {
  staff: 'staff',
  leader: 'leader',
  zhang: 'zhangjianguo',
  unit: 'jiaoyuju',
  county: 'dongcheng',
} as const;

const TOPIC = {
  year: 2026,
  title: '老旧小区改造中的加装电梯问题',
  summary: '市委、市政府、市政协共同确定，聚焦加装电梯的审批、资金分摊与后期维保。',
  proposedBy: 'party_committee',
};

describe(`workplan: "four jointly" topics (${ENGINE})`, () => {
  let ctx: TestContext;
  let c: Record<keyof typeof PEOPLE, Client>;
  let id: number;
  beforeAll(async () => {
    ctx = await createTestContext();
    await seedFixture(ctx.platform);
    ctx.clock.set('2026-02-02T02:00:00Z');
    c = await signIn(ctx, PEOPLE);
  });
  afterAll(async () => ctx?.close());

  const advance = (body: object, who = c.staff) => who.post(`/api/workplan/topics/${id}/advance`, body);

  it('records a topic; a key topic needs the leader who assigned it', async () => {
    expectError(await c.leader.post('/api/workplan/topics', TOPIC), 403);
    const noLeader = await c.staff.post('/api/workplan/topics', { ...TOPIC, flag: 'key_research' });
    expectError(noLeader, 400);
    expect(noLeader.json().error.details[0].path).toBe('assignedBy');
    expectError(await c.staff.post('/api/workplan/topics', { ...TOPIC, proposedBy: 'chamber' }), 400);
    const res = await c.staff.post('/api/workplan/topics', {
      ...TOPIC,
      flag: 'key_research',
      assignedBy: '市委书记',
    });
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().id;
    expect(res.json()).toMatchObject({ stage: 'proposed', nextStage: 'set', flag: 'key_research', path: [] });
    expect(res.json().allowedActions).toEqual(['editTopic', 'advanceTopic']);
    expectError(await c.unit.get('/api/workplan/topics'), 403);
    expectError(await c.zhang.get(`/api/workplan/topics/${id}`), 403);
    expectError(await c.county.get(`/api/workplan/topics/${id}`), 404, 'TOPIC_NOT_FOUND');
  });

  it('moves stage by stage: no skipping, dates in order', async () => {
    expectError(await advance({ stage: 'research', startsOn: '2026-02-10' }), 409, 'STAGE_SKIPPED');
    expect(
      (await advance({ stage: 'set', startsOn: '2026-02-10', participants: ['市委办', '市政府办', '市政协办'] }))
        .statusCode,
    ).toBe(200);
    const early = await advance({ stage: 'research', startsOn: '2026-02-01' });
    expectError(early, 400);
    expect(early.json().error.details[0].path).toBe('startsOn');
    expectError(await advance({ stage: 'research', startsOn: '2026-03-01', endsOn: '2026-02-28' }), 400);
    expectError(await advance({ stage: 'research', startsOn: '2026-03-01' }, c.leader), 403);

    const upload = await c.staff.request({
      method: 'POST',
      url: '/api/files?purpose=attachment',
      ...multipartFile('调研提纲.pdf', plainPdf(), 'application/pdf'),
    });
    expect(upload.statusCode, upload.body).toBe(201);
    const fileIds = [upload.json().id as string];
    const research = await advance({
      stage: 'research',
      startsOn: '2026-03-02',
      endsOn: '2026-04-30',
      participants: ['张建国', '李晓梅', '市住建局 王处长'],
      note: '走访12个小区，召开居民座谈会3场',
      fileIds,
    });
    expect(research.statusCode, research.body).toBe(200);
    // Set ended where research began.
    expect(research.json().path.map((s: { stage: string; endsOn: string | null }) => [s.stage, s.endsOn])).toEqual([
      ['set', '2026-03-02'],
      ['research', '2026-04-30'],
    ]);
    expect(research.json().path[1].files.map((f: { name: string }) => f.name)).toEqual(['调研提纲.pdf']);
    // The stage's document is read by the topic's organisation only.
    expect((await c.leader.get(`/api/files/${fileIds[0]}`)).statusCode).toBe(200);
    expectError(await c.county.get(`/api/files/${fileIds[0]}`), 404);
  });

  it("takes the consultation's meeting only of a consultation kind, then implementation and done", async () => {
    const kinds = (await c.staff.get('/api/meeting-kinds')).json() as { id: number; category: string }[];
    const other = kinds.find((k) => k.category !== 'consultation');
    const consultation = kinds.find((k) => k.category === 'consultation');
    if (other) {
      const m = await c.staff.post('/api/meetings', {
        kindId: other.id,
        title: '主席会议',
        startsAt: '2026-05-12T01:00:00Z',
        endsAt: '2026-05-12T03:00:00Z',
      });
      expect((await c.staff.post(`/api/meetings/${m.json().id}/publish`)).statusCode).toBe(200);
      const wrong = await advance({ stage: 'consultation', startsOn: '2026-05-12', meetingId: m.json().id });
      expectError(wrong, 400);
      expect(wrong.json().error.details[0].path).toBe('meetingId');
    }
    expect(consultation, 'the fixture has a consultation kind').toBeTruthy();
    const meetingId = await publishedMeeting(c.staff, '加装电梯专题协商会', '2026-05-20T01:00:00Z', consultation!.id);
    expectError(await advance({ stage: 'consultation', startsOn: '2026-04-20' }), 400);
    const res = await advance({
      stage: 'consultation',
      startsOn: '2026-05-20',
      meetingId,
      participants: ['分管副市长'],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().path[2].meeting).toMatchObject({ id: meetingId, title: '加装电梯专题协商会' });
    expect((await advance({ stage: 'implementation', startsOn: '2026-06-01' })).statusCode).toBe(200);
    const done = await advance({ stage: 'done', startsOn: '2026-11-30' });
    expect(done.json()).toMatchObject({ stage: 'done', nextStage: null, allowedActions: ['editTopic'] });
    expectError(await advance({ stage: 'done', startsOn: '2026-12-01' }), 409, 'TOPIC_DONE');
  });

  it('lists the kanban by stage for the office and leaders', async () => {
    const other = await c.staff.post('/api/workplan/topics', {
      ...TOPIC,
      title: '职业教育产教融合',
      proposedBy: 'government',
    });
    expect(other.statusCode).toBe(201);
    const all = (await c.leader.get('/api/workplan/topics?year=2026')).json();
    expect(all.map((t: { stage: string }) => t.stage)).toEqual(['done', 'proposed']);
    expect(all[0].stageSince).toBe('2026-11-30');
    const proposed = (await c.leader.get('/api/workplan/topics?stage=proposed')).json();
    expect(proposed.map((t: { title: string }) => t.title)).toEqual(['职业教育产教融合']);
    expect((await c.county.get('/api/workplan/topics')).json()).toEqual([]);
  });
});
