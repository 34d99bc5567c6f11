import { readFileSync, existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, ENGINE, login, type Client, type TestContext } from '../test/harness.js';
import { PROPOSAL_STATES } from '../db/tables/proposals.js';
import { DEMO_PASSWORD, seedDemo } from './demo.js';
import type { DemoProposalsResult } from './demo-proposals.js';
import { titleKey } from './demo-topics.js';
import { GUIDE_MEETING } from './demo-guide.js';

/** The demo organisation as a fresh development database gets it, proposals and all. */
describe(`demo organisation with a term of proposals (${ENGINE})`, () => {
  let ctx: TestContext;
  let office: Client;
  let result: DemoProposalsResult;
  beforeAll(async () => {
    ctx = await createTestContext();
    ctx.clock.set('2026-11-29T02:00:00.000Z');
    result = await seedDemo(ctx.platform);
    office = await login(ctx, 'admin', DEMO_PASSWORD);
  }, 300_000);
  afterAll(async () => ctx?.close());

  it('has proposals in every state, in the numbers a city and its counties would have', async () => {
    const db = ctx.platform.db;
    const rows = await db
      .selectFrom('proposals as p')
      .innerJoin('organisations as o', 'o.id', 'p.org_id')
      .select(['o.level', 'o.short_name', 'p.state'])
      .select((e) => e.fn.countAll<number>().as('n'))
      .groupBy(['o.level', 'o.short_name', 'p.state'])
      .execute();
    expect(new Set(rows.map((r) => r.state))).toEqual(new Set(PROPOSAL_STATES));
    const perOrg = new Map<string, number>();
    for (const r of rows)
      perOrg.set(`${r.level}:${r.short_name}`, (perOrg.get(`${r.level}:${r.short_name}`) ?? 0) + Number(r.n));
    expect(perOrg.size).toBe(4);
    for (const [org, n] of perOrg) {
      const [least, most] = org.startsWith('city') ? [200, 350] : [25, 60];
      expect(n, org).toBeGreaterThanOrEqual(least);
      expect(n, org).toBeLessThanOrEqual(most);
    }
    // Every planned proposal, and the drafts the office made from opinions (routed into a proposal).
    const fromOpinions = await db
      .selectFrom('opinion_routes')
      .select('proposal_id')
      .distinct()
      .where('kind', '=', 'proposal')
      .where('proposal_id', 'is not', null)
      .execute();
    expect(result.proposals + fromOpinions.length).toBe([...perOrg.values()].reduce((a, b) => a + b, 0));
    const joint = await db
      .selectFrom('proposal_proposers')
      .select((e) => e.fn.countAll<number>().as('n'))
      .where('role', '=', 'co')
      .executeTakeFirstOrThrow();
    expect(Number(joint.n)).toBeGreaterThan(50);
  });

  it('reads like a real year: few pending invitations each, varied titles, texts on their titles, real leaders', async () => {
    const db = ctx.platform.db;
    const pending = await db
      .selectFrom('proposal_proposers')
      .select(['member_id', (e) => e.fn.countAll<number>().as('n')])
      .where('status', '=', 'invited')
      .groupBy('member_id')
      .execute();
    expect(Math.max(0, ...pending.map((r) => Number(r.n)))).toBeLessThanOrEqual(3);

    // Titles that differ only by their opening verb (加快推进… / 着力推进…) are one title twice;
    // only the planted reworded duplicates (merged or rejected as duplicates) may repeat a subject.
    const rows = await db
      .selectFrom('proposals')
      .select(['org_id', 'title', 'reasons', 'state', 'reject_reason'])
      .execute();
    const planted = (r: (typeof rows)[number]) => r.state === 'merged' || r.reject_reason === '一事多案或重复提案';
    const seen = new Map<string, number>();
    for (const r of rows.filter((x) => !planted(x))) {
      const k = `${r.org_id}:${titleKey(r.title)}`;
      seen.set(k, (seen.get(k) ?? 0) + 1);
    }
    expect([...seen].filter(([, n]) => n > 1).map(([k]) => k)).toEqual([]);

    // The reasons name what the title is about: garbage sorting is not argued under a title on cooking fumes.
    const off = rows.filter((r) => /油烟/.test(r.title) && /垃圾分类/.test(r.reasons) && !/油烟/.test(r.reasons));
    expect(off.map((r) => r.title)).toEqual([]);

    const roles = await db
      .selectFrom('users')
      .select(['username', 'roles'])
      .where('username', 'in', ['chair', 'mayor'])
      .execute();
    expect(Object.fromEntries(roles.map((r) => [r.username, JSON.parse(r.roles)]))).toEqual({
      chair: ['leader'],
      mayor: ['gov_leader'],
    });
  });

  it('leaves an intact audit trail, one entry per step', async () => {
    const report = await ctx.platform.audit.verify();
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.checked).toBeGreaterThan(result.steps / 2);
  });

  it('a replied proposal carries its reply, and its proposer sees it', async () => {
    const p = await ctx.platform.db
      .selectFrom('proposals as p')
      .innerJoin('proposal_proposers as pp', (j) => j.onRef('pp.proposal_id', '=', 'p.id').on('pp.role', '=', 'lead'))
      .innerJoin('users as u', 'u.member_id', 'pp.member_id')
      .select(['p.id', 'p.title', 'u.username'])
      .where('p.state', '=', 'replied')
      .orderBy('p.id')
      .executeTakeFirstOrThrow();
    const proposer = await login(ctx, p.username, DEMO_PASSWORD);
    const detail = (await proposer.get(`/api/proposals/${p.id}`)).json();
    expect(detail.allowedActions).toContain('rate');
    const handling = (await proposer.get(`/api/proposals/${p.id}/handling`)).json();
    expect(handling.viewer).toBe('proposer');
    expect(handling.replies.length).toBeGreaterThan(0);
    expect(handling.replies[0].body).toContain('答复如下');
    const timeline = (await proposer.get(`/api/proposals/${p.id}/timeline`)).json();
    expect(timeline.items.map((i: { action: string }) => i.action)).toEqual(
      expect.arrayContaining(['proposal.submit', 'proposal.accept', 'proposal.assign', 'proposal.reply']),
    );
  });

  it("shows a co unit overdue to sign (urged, the lead working on), one replaced, units' audited phone reveals and a pending extension", async () => {
    const db = ctx.platform.db;
    const board = (await office.get('/api/proposals/handling-board?signOverdue=true&pageSize=100')).json();
    const co = board.items.filter((i: { role: string; urgeCount: number }) => i.role === 'co' && i.urgeCount > 0);
    expect(co.length).toBeGreaterThanOrEqual(1);
    // Its lead unit has signed and is working: the proposal is in handling.
    expect(co.map((i: { proposalState: string }) => i.proposalState)).toContain('handling');
    const replaced = await db
      .selectFrom('audit_log')
      .select('object_id')
      .where('action', '=', 'proposal.co_unit_replace')
      .execute();
    expect(replaced.length).toBeGreaterThanOrEqual(1);
    const reveals = await db
      .selectFrom('audit_log as a')
      .innerJoin('users as u', 'u.id', 'a.actor_id')
      .select('a.seq')
      .where('a.action', '=', 'member.unmask')
      .where('u.unit_id', 'is not', null)
      .execute();
    expect(reveals.length).toBeGreaterThan(0);
    const pending = await db.selectFrom('proposal_extensions').select('id').where('status', '=', 'pending').execute();
    expect(pending.length).toBeGreaterThanOrEqual(1);
  });

  it('key proposals have a leading leader and a record of his work on them', async () => {
    const board = (await office.get('/api/proposals/key-board')).json();
    const led = board.items.filter((i: { leader: unknown }) => i.leader);
    expect(led.length).toBeGreaterThanOrEqual(3);
    expect(led.some((i: { eventCounts: { instruction: number } }) => i.eventCounts.instruction > 0)).toBe(true);
    expect(board.totals.nominated).toBeGreaterThanOrEqual(1);
  });

  it('full-text search finds proposals by a Chinese word', async () => {
    // The office's list shows its own organisation (the city) unless it switches to a county.
    const hit = (
      await ctx.platform.db
        .selectFrom('proposals as p')
        .innerJoin('organisations as o', 'o.id', 'p.org_id')
        .select(['p.id', 'p.title'])
        .where('p.state', '=', 'closed')
        .where('o.level', '=', 'city')
        .orderBy('p.id')
        .execute()
    ).find((p) => /电梯|停车|养老|垃圾分类/.test(p.title))!;
    const word = hit.title.match(/电梯|停车|养老|垃圾分类/)![0];
    const found = (await office.get(`/api/proposals?q=${encodeURIComponent(word)}&pageSize=200`)).json();
    expect(found.total).toBeGreaterThan(0);
    expect(found.items.map((i: { id: number }) => i.id)).toContain(hit.id);
  });

  // The raw-file check reads SQLite's database file; on PostgreSQL there is no such file to read.
  it.skipIf(ENGINE !== 'sqlite')(
    "never writes a member's phone number in plain text to the database file",
    async () => {
      const members = await ctx.platform.db
        .selectFrom('members')
        .select('phone_enc')
        .where('phone_enc', 'is not', null)
        .execute();
      const guests = await ctx.platform.db
        .selectFrom('meeting_invitations')
        .select('guest_phone_enc')
        .where('guest_phone_enc', 'is not', null)
        .execute();
      const guestPhones = guests.map((g) => ctx.platform.cipher.decrypt(g.guest_phone_enc!));
      expect(guestPhones).toHaveLength(3);
      const phones = [...members.map((m) => ctx.platform.cipher.decrypt(m.phone_enc!)), ...guestPhones];
      expect(phones.length).toBeGreaterThan(300);
      const file = ctx.config.database.kind === 'sqlite' ? ctx.config.database.file : '';
      const bytes = Buffer.concat([
        readFileSync(file),
        ...(existsSync(`${file}-wal`) ? [readFileSync(`${file}-wal`)] : []),
      ]);
      const digitRuns = new Set(bytes.toString('latin1').match(/\d{11}/g) ?? []);
      expect(phones.filter((phone) => digitRuns.has(phone))).toEqual([]);
    },
  );

  it('has meetings in every state: a plenary with its attendance, one ahead with leave to decide, a waiting list', async () => {
    const list = (await office.get('/api/meetings?scope=org&pageSize=50')).json().items as {
      id: number;
      title: string;
      status: string;
    }[];
    expect(new Set(list.map((m) => m.status))).toEqual(new Set(['draft', 'published', 'cancelled']));
    const byTitle = (part: string) => list.find((m) => m.title.includes(part))!;
    const board = async (part: string) => (await office.get(`/api/meetings/${byTitle(part).id}/attendance`)).json();
    const plenary = await board('开幕大会');
    expect(plenary.ended).toBe(true);
    expect(plenary.invited).toBeGreaterThan(200);
    expect(plenary.attendance).toMatchObject({ leave: 7, late: 9, absent: 4, pending: 0 });
    expect(plenary.attendance.attended).toBe(plenary.invited - 20);
    const consult = await board('专题协商会');
    expect(consult.ended).toBe(true);
    expect(consult.attendance.attended).toBeGreaterThan(0);
    expect(consult.attendance.absent).toBe(2);
    const standing = await board('常务委员会');
    expect(standing.ended).toBe(false);
    expect(standing.replies).toMatchObject({ attending: 26, leave_requested: 2, pending: 17 });
    const trip = await board('视察');
    expect(trip.replies).toMatchObject({ attending: 12, waitlisted: 3 });
    const sheet = await office.get(`/api/meetings/${byTitle('开幕大会').id}/attendance.xlsx`);
    expect(sheet.statusCode).toBe(200);
    // The plenary's attendance is closed (every state stored); the consultation's is left to close.
    expect((await office.get(`/api/meetings/${byTitle('开幕大会').id}`)).json().attendanceClosedAt).toBeTruthy();
    expect((await office.get(`/api/meetings/${byTitle('专题协商会').id}`)).json().allowedActions).toContain(
      'closeAttendance',
    );
    // A hybrid study session ahead for the whole body, so every demo member has a meeting to come.
    const study = await board('专题学习会');
    expect(study.ended).toBe(false);
    expect(study.replies.attending).toBe(30);
    expect((await office.get(`/api/meetings/${byTitle('专题学习会').id}`)).json().onlineUrl).toMatch(/^https:/);
    // Speeches: the plenary's programme in the office's order and its written exchange; one
    // speech back for revision and one waiting ahead of the standing committee.
    const speeches = async (part: string) =>
      ((await office.get(`/api/meetings/${byTitle(part).id}/speeches`)).json().items as { status: string }[])
        .map((s) => s.status)
        .sort();
    expect(await speeches('开幕大会')).toEqual([
      'oral',
      'oral',
      'oral',
      'oral',
      'rejected',
      'written',
      'written',
      'written',
    ]);
    expect(await speeches('常务委员会')).toEqual(['oral', 'returned', 'submitted']);
    // The chair-and-members symposium: members scanned in by their personal codes, guests counted apart.
    const chair = await board('主席联系委员座谈会');
    expect(chair).toMatchObject({ ended: true, invited: 8, expected: 8, present: 7 });
    expect(chair.attendance).toMatchObject({ attended: 6, late: 1, absent: 1 });
    expect(chair.guests).toMatchObject({ invited: 4, present: 3 });
    expect(chair.guests.attendance).toMatchObject({ attended: 3, absent: 1 });
    const scanned = chair.rows.items.filter(
      (r: { checkinMethod: string | null }) => r.checkinMethod === 'personal_code',
    );
    expect(scanned).toHaveLength(7);
    const guests = (await office.get(`/api/meetings/${byTitle('主席联系委员座谈会').id}/guests`)).json().items;
    expect(guests.map((g: { kind: string }) => g.kind)).toEqual(['expert', 'grassroots', 'grassroots', 'unit']);
    expect(guests[0].phone).toBe('138****0458');
    const programme = (await office.get(`/api/meetings/${byTitle('开幕大会').id}/programme`)).json();
    expect(programme.oral.map((s: { oralOrder: number }) => s.oralOrder)).toEqual([1, 2, 3, 4]);
    expect(programme.oral[0].title).toBe('让中小企业用得起、用得好工业互联网');
    // The forum's live questions: answered, approved, merged, turned down, one visitor's still waiting.
    const forum = byTitle('政协论坛');
    const questions = (await office.get(`/api/meetings/${forum.id}/questions`)).json();
    expect((questions.items as { status: string }[]).map((q) => q.status).sort()).toEqual([
      'answered',
      'answered',
      'answered',
      'approved',
      'approved',
      'approved',
      'merged',
      'pending',
      'rejected',
    ]);
    expect(questions.items.filter((q: { source: string }) => q.source === 'public')).toHaveLength(4);
    expect(questions.board).toMatchObject({ publicEnabled: true, currentQuestionId: expect.any(Number) });
  });

  it('has inspections: one done with its recommendations answered and settled, one under way, one planned', async () => {
    const list = (await office.get('/api/supervision/inspections?scope=org')).json().items as {
      id: number;
      status: string;
      recommendationCount: number;
      openRecommendationCount: number;
    }[];
    expect(list.map((i) => i.status).sort()).toEqual(['done', 'published', 'under_way']);
    const done = list.find((i) => i.status === 'done')!;
    expect(done).toMatchObject({ recommendationCount: 3, openRecommendationCount: 0 });
    const detail = (await office.get(`/api/supervision/inspections/${done.id}`)).json();
    expect(detail.sites.every((s: { findings: string | null }) => s.findings)).toBe(true);
    expect(
      detail.recommendations.map((r: { answerKind: string; status: string }) => `${r.answerKind} ${r.status}`),
    ).toEqual(['accepted done', 'partly done', 'declined closed']);
    // The demo's unit sign-in (the education bureau) has the one waiting for its answer; the demo member his inspections.
    const unit = await login(ctx, 'unit', DEMO_PASSWORD);
    const mine = (await unit.get('/api/supervision/recommendations?scope=mine')).json().items;
    expect(mine.map((r: { status: string; overdue: boolean }) => [r.status, r.overdue])).toEqual([['routed', false]]);
    const member = await login(ctx, 'member', DEMO_PASSWORD);
    expect((await member.get('/api/supervision/inspections?scope=mine')).json().total).toBe(2);
  });

  it('has minutes and follow-ups of the past meetings: one done, one overdue, one a unit reports on', async () => {
    const list = (await office.get('/api/meetings?scope=org&pageSize=50')).json().items as {
      id: number;
      title: string;
    }[];
    const consult = list.find((m) => m.title.includes('专题协商会'))!;
    const minutes = (await office.get(`/api/meetings/${consult.id}/minutes`)).json();
    expect(minutes).toMatchObject({ status: 'published', revision: 1 });
    const all = (await office.get('/api/meeting-followups?scope=org&pageSize=50')).json();
    type F = { status: string; overdue: boolean; owner: { kind: string; name: string } };
    const items = all.items as F[];
    expect(items.filter((f) => f.status === 'done').length).toBeGreaterThanOrEqual(2);
    expect(items.filter((f) => f.overdue)).toHaveLength(1);
    expect(items.filter((f) => f.status === 'in_progress').length).toBeGreaterThanOrEqual(1);
    expect(items.some((f) => f.owner.kind === 'user')).toBe(true);
    // The demo's unit sign-in (the education bureau) sees its own follow-up, and only its own.
    const unit = await login(ctx, 'unit', DEMO_PASSWORD);
    const mine = (await unit.get('/api/meeting-followups')).json().items as F[];
    expect(mine.map((f) => f.owner.name)).toEqual(['江临市教育局']);
  });

  it('has next session’s plenary guide: agenda by day, a group per committee, seats, rooms and buses, a few still to arrange', async () => {
    const list = (await office.get('/api/meetings?scope=org&pageSize=50')).json().items as {
      id: number;
      title: string;
    }[];
    const m = list.find((x) => x.title === GUIDE_MEETING)!;
    const guide = (await office.get(`/api/meetings/${m.id}/guide`)).json();
    expect(new Set(guide.agenda.map((a: { day: string }) => a.day)).size).toBe(4);
    expect(guide.agenda.filter((a: { byGroup: boolean }) => a.byGroup)).toHaveLength(3);
    expect(guide.groups.length).toBeGreaterThanOrEqual(5);
    expect(
      guide.groups.every((g: { convener: string | null; memberCount: number }) => g.convener && g.memberCount > 0),
    ).toBe(true);
    const { counts, items } = (await office.get(`/api/meetings/${m.id}/guide/roster`)).json();
    expect(counts.invited).toBeGreaterThan(200);
    expect(counts.noSeat).toBe(5);
    expect(counts.noLodging).toBeGreaterThan(counts.invited / 2);
    expect(counts.noLodging).toBeLessThan(counts.invited - 40);
    const lodged = items.find((r: { lodging: unknown; memberId: number }) => r.lodging)!;
    const user = await ctx.platform.db
      .selectFrom('users')
      .select('username')
      .where('member_id', '=', lodged.memberId)
      .executeTakeFirstOrThrow();
    const mine = (
      await (await login(ctx, user.username, DEMO_PASSWORD)).get(`/api/meetings/${m.id}/guide/mine`)
    ).json();
    expect(mine).toMatchObject({
      enabled: true,
      seat: lodged.seat,
      lodging: lodged.lodging,
      transport: { vehicle: expect.stringMatching(/号车$/) },
    });
    expect(mine.group.room).toMatch(/会议室|贵宾厅/);
  });

  it('has notices: the plenary registration nearly all read, the duty-report call partly read and reminded, a draft', async () => {
    const list = (await office.get('/api/meeting-notices?pageSize=50')).json().items as {
      id: number;
      title: string;
      status: string;
      meetingId: number | null;
      counts: { total: number; read: number; unread: number };
    }[];
    expect(list.map((n) => n.status).sort()).toEqual(['draft', 'published', 'published']);
    const byTitle = (part: string) => list.find((n) => n.title.includes(part))!;
    const registration = byTitle('报到');
    expect(registration.meetingId).not.toBeNull();
    expect(registration.counts.total).toBeGreaterThan(200);
    expect(registration.counts.read / registration.counts.total).toBeGreaterThan(0.85);
    const reports = byTitle('履职情况');
    expect(reports.counts.unread).toBeGreaterThan(50);
    expect(reports.counts.read).toBeGreaterThan(100);
    expect((await office.get(`/api/meeting-notices/${reports.id}`)).json().remindedAt).toBeTruthy();
  });

  it('has party building: the chain with three branches, twenty liaisons, coverage short of full, two items overdue', async () => {
    const { orgs } = (await office.get('/api/study/party/orgs')).json() as {
      orgs: { kind: string; members: unknown[] }[];
    };
    expect(orgs.map((o) => o.kind)).toEqual(['party_group', 'organ_committee', 'branch', 'branch', 'branch']);
    expect(orgs.filter((o) => o.kind === 'branch').every((o) => o.members.length > 5)).toBe(true);
    expect((await office.get('/api/study/party/liaisons')).json().liaisons).toHaveLength(20);
    const c = (await office.get('/api/study/party/coverage')).json();
    expect(c.partyOrgCoverage).toBeGreaterThan(0.6);
    expect(c.partyOrgCoverage).toBeLessThan(1);
    expect(c.partyWorkCoverage).toBeLessThan(c.partyOrgCoverage);
    expect(c.uncoveredPartyMembers.length).toBeGreaterThan(0);
    const { lists } = (await office.get('/api/study/party/lists?year=2026')).json();
    expect(lists.map((l: { total: number }) => l.total)).toEqual([6, 6, 6]);
    expect(lists.reduce((n: number, l: { overdue: number }) => n + l.overdue, 0)).toBe(2);
  });

  it('has training coverage from this year’s classes, short of the office’s targets, with two cohorts', async () => {
    const c = (await office.get('/api/study/coverage?year=2026')).json();
    expect(c.overall.year.total).toBeGreaterThan(300);
    expect(c.overall.year.share).toBeGreaterThan(0.3);
    expect(c.overall.year.share).toBeLessThan(0.9);
    expect(c.newMembers.year.share).toBeGreaterThan(c.overall.year.share);
    // Last year's class counts for the term, not for this year.
    expect(c.overall.term.trained).toBeGreaterThan(c.overall.year.trained);
    expect(c.targets.map((t: { percent: number; met: boolean }) => [t.percent, t.met])).toEqual([
      [90, false],
      [100, false],
    ]);
    expect(c.cohorts).toHaveLength(2);
    expect(c.byCounty.length).toBe(4);
    // The coverage demo's four classes (the city's three and a county's) and the study plan's two training sessions.
    const sessions = (await office.get('/api/study/coverage/sessions?year=2026')).json();
    expect(sessions.length).toBe(6);
  });

  it('has this year’s activity week: the city and its counties, several hundred opinions from every channel, many asking the same', async () => {
    const campaigns = (await office.get('/api/opinions/campaigns')).json();
    expect(campaigns).toHaveLength(1);
    const week = (await office.get(`/api/opinions/campaigns/${campaigns[0].id}`)).json();
    expect(week).toMatchObject({ status: 'closed', hasPublicLink: true });
    expect(week.orgs.length).toBe((await ctx.platform.db.selectFrom('organisations').select('id').execute()).length);
    expect(week.participants.length).toBe(24 + 12 * (week.orgs.length - 1));
    // Its events: the sectors' activity-week meetings in its days, the city's four and one per county.
    expect(week.events.length).toBe(4 + (week.orgs.length - 1));
    expect(
      week.events.every((e: { startsAt: string }) => e.startsAt >= '2026-05-17' && e.startsAt < '2026-05-25'),
    ).toBe(true);
    const total = week.counts.reduce((n: number, c: { total: number }) => n + c.total, 0);
    expect(total).toBeGreaterThan(300);
    expect(total).toBeLessThan(420);
    for (const ch of ['member', 'partyMember', 'paper', 'public'])
      expect(week.counts.reduce((n: number, c: Record<string, number>) => n + c[ch]!, 0)).toBeGreaterThan(20);
    const list = (await office.get('/api/opinions?q=12路公交&pageSize=100')).json();
    expect(list.total).toBeGreaterThan(8);
    // Asked many ways: the titles about the bus line are not one sentence repeated.
    expect(new Set(list.items.map((o: { title: string }) => o.title)).size).toBeGreaterThan(3);
    const db = ctx.platform.db;
    const sealed = await db
      .selectFrom('opinions')
      .select(['contact_enc', 'contact_masked'])
      .where('contact_enc', 'is not', null)
      .execute();
    expect(sealed.length).toBeGreaterThan(30);
    expect(sealed.every((r) => /^1\d\d\*{4}\d{4}$/.test(r.contact_masked!))).toBe(true);
    const cats = await db.selectFrom('opinion_categories').select('kind').where('org_id', '=', week.orgId).execute();
    expect(cats.filter((c) => c.kind === 'category').length).toBe(6);
    expect(cats.filter((c) => c.kind === 'theme').length).toBeGreaterThan(4);
  });

  it('has a year of 社情民意 bulletins, reports in every state, instructions and a converted proposal', async () => {
    const issues = (await office.get('/api/opinions/bulletins?year=2026')).json();
    expect(issues.map((b: { number: number }) => b.number)).toEqual([12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    for (const b of issues) {
      expect(b.status).toBe('published');
      expect(b.items).toBeGreaterThanOrEqual(2);
      expect(b.items).toBeLessThanOrEqual(5);
    }
    const reports = (await office.get('/api/opinions/reports?year=2026')).json();
    expect(new Set(reports.map((r: { status: string }) => r.status))).toEqual(
      new Set(['submitted', 'editing', 'adopted', 'rejected', 'published']),
    );
    expect(reports.some((r: { source: string }) => r.source === 'proposal')).toBe(true);
    const f = (await office.get('/api/opinions/reports/figures?year=2026')).json();
    expect(f).toMatchObject({ issues: 12, rejected: 3, instructed: 4 });
    expect(f.published).toBe(issues.reduce((n: number, b: { items: number }) => n + b.items, 0));
  });
  it('has this autumn’s park evaluation open (sixteen parks, four criteria, twenty members, visits with photos, two flagged) and last year’s closed', async () => {
    const list = (await office.get('/api/supervision/campaigns')).json();
    const c = list.find((x: { title: string }) => x.title === '2026年政协委员眼中的公园');
    expect(c).toMatchObject({ status: 'open', objects: 16, participants: 20, visits: 24 });
    const detail = (await office.get(`/api/supervision/campaigns/${c.id}`)).json();
    expect(detail.criteria).toHaveLength(4);
    expect(detail.criteria.reduce((n: number, x: { weight: number }) => n + x.weight, 0)).toBe(100);
    for (const x of detail.criteria) expect(x.guide).toBeTruthy();
    const objects = (await office.get(`/api/supervision/campaigns/${c.id}/objects`)).json();
    expect(new Set(objects.map((o: { category: string }) => o.category))).toEqual(
      new Set(['体育公园', '口袋公园', '郊野公园', '综合公园']),
    );
    expect(new Set(objects.map((o: { district: string }) => o.district)).size).toBeGreaterThanOrEqual(3);
    // Every park is assigned at least twice.
    const assignments = (await office.get(`/api/supervision/campaigns/${c.id}/assignments`)).json();
    for (const o of assignments) expect(o.assignees.length, o.name).toBeGreaterThanOrEqual(2);
    const visits = (await office.get(`/api/supervision/campaigns/${c.id}/visits`)).json();
    expect(visits).toHaveLength(24);
    for (const v of visits) {
      expect(v.photos, v.objectName).toBeGreaterThanOrEqual(1);
      expect(v.photos, v.objectName).toBeLessThanOrEqual(2);
    }
    const flagged = visits.filter((v: { evidence: { status: string } }) => v.evidence.status === 'flagged');
    expect(flagged).toHaveLength(2);
    // The demo member's phone shows parks visited and parks still to visit.
    const member = await login(ctx, 'member', DEMO_PASSWORD);
    const mine = (await member.get('/api/supervision/my-assignments')).json();
    const stops = mine.items.find((x: { campaign: { id: number } }) => x.campaign.id === c.id).objects;
    expect(stops.some((s: { visited: boolean }) => s.visited)).toBe(true);
    expect(stops.some((s: { visited: boolean }) => !s.visited)).toBe(true);
    // Last year's markets, closed after review, every market visited twice.
    const last = list.find((x: { title: string }) => x.title === '2025年政协委员眼中的农贸市场');
    expect(last).toMatchObject({ status: 'closed', objects: 5, participants: 10, visits: 10 });
  });
  it("has a work plan: the year's priorities, two months reported, topics at three stages, recommendations in every state", async () => {
    const [priorities] = (await office.get('/api/workplan/priorities?year=2026')).json();
    expect(priorities.items).toBe(6);
    const november = (await office.get('/api/workplan/months/2026-11')).json();
    expect(november.counts).toMatchObject({ slipped: 1, unreported: 0 });
    expect(november.entries.find((e: { status: string }) => e.status === 'slipped').slipReason).toBeTruthy();
    const topics = (await office.get('/api/workplan/topics?year=2026')).json();
    expect(topics.map((t: { stage: string }) => t.stage)).toEqual(['done', 'consultation', 'research']);
    const path = (await office.get(`/api/workplan/topics/${topics[0].id}`)).json().path;
    expect(path.map((s: { stage: string }) => s.stage)).toEqual([
      'set',
      'research',
      'consultation',
      'implementation',
      'done',
    ]);
    const tracker = (await office.get('/api/workplan/recommendations?year=2026')).json();
    expect(
      tracker.items.map((r: { status: string; overdue: boolean }) => `${r.status}${r.overdue ? ' overdue' : ''}`),
    ).toEqual(['sent overdue', 'answered', 'draft', 'done', 'dropped']);
    expect(tracker.items.find((r: { status: string }) => r.status === 'draft').missing).toContain('metric');
    // The demo's unit sign-in (the education bureau) sees its two, the overdue one first.
    const unit = await login(ctx, 'unit', DEMO_PASSWORD);
    const mine = (await unit.get('/api/workplan/recommendations')).json().items;
    expect(mine.map((r: { status: string }) => r.status)).toEqual(['sent', 'done']);
  });

  it('has strategic themes covering the year and leaders engaged: visits against targets, instructions, requests adopted', async () => {
    const cov = (await office.get('/api/workplan/themes/coverage?year=2026')).json();
    const people = cov.themes.find((t: { name: string }) => t.name === '民生保障');
    expect(people.counts).toMatchObject({ topic: 3, report: 1 });
    // The themes carry the proposals' names, so the year's proposals count by theme.
    expect(
      cov.themes.reduce((n: number, t: { counts: { proposal: number } }) => n + t.counts.proposal, 0),
    ).toBeGreaterThan(0);
    expect(cov.themes.find((t: { name: string }) => t.name === '文旅融合').active).toBe(false);
    const f = (await office.get('/api/workplan/leaders/figures?year=2026')).json();
    expect(f.visits).toEqual([
      { role: 'party_secretary', done: 2, target: 2 },
      { role: 'mayor', done: 1, target: 2 },
      { role: 'other', done: 1, target: null },
    ]);
    expect(f).toMatchObject({ instructions: 2, reportsInstructed: 1 });
    expect(f.requests).toMatchObject({ total: 3, answered: 2, adopted: 1, partly: 1 });
    expect(f.awaiting.requests).toHaveLength(1);
  });

  it('follows last year’s market problems: one settled, one with a plan, one overdue and told once', async () => {
    const list = (await office.get('/api/supervision/campaigns')).json();
    const last = list.find((x: { title: string }) => x.title === '2025年政协委员眼中的农贸市场');
    const problems = (await office.get(`/api/supervision/campaigns/${last.id}/problems`)).json();
    expect(
      problems.items
        .map(
          (p: { object: { name: string }; status: string; overdue: boolean }) =>
            `${p.object.name} ${p.status} ${p.overdue}`,
        )
        .sort(),
    ).toEqual(['月湖菜市场 done false', '纺织新村农贸市场 routed true', '解放路农贸市场 answered false'].sort());
    const promoted = problems.items.find((p: { object: { name: string } }) => p.object.name === '月湖菜市场');
    expect(promoted.visitId).not.toBeNull();
    const overdue = problems.items.find((p: { overdue: boolean }) => p.overdue);
    const told = await ctx.platform.db
      .selectFrom('notifications')
      .select('user_id')
      .where('kind', '=', 'supervision.problem_overdue')
      .where('object_id', '=', String(overdue.id))
      .execute();
    expect(told.length).toBeGreaterThanOrEqual(2); // the bureau's users and the office member, once each
    expect(new Set(told.map((r) => r.user_id)).size).toBe(told.length);
  });

  it("has a consultation on community childcare whose members' votes form real opinion groups", async () => {
    const [c] = (await office.get('/api/consultations')).json();
    expect(c).toMatchObject({ title: '社区嵌入式托育服务怎么办', status: 'open' });
    const statements = (await office.get(`/api/consultations/${c.id}/statements`)).json();
    expect(statements.map((s: { status: string }) => s.status).sort()).toEqual([
      ...Array(13).fill('accepted'),
      'rejected',
    ]);
    const report = (await office.get(`/api/consultations/${c.id}/report`)).json();
    expect(report.participants).toBeGreaterThanOrEqual(30);
    expect(report.groups.length).toBeGreaterThanOrEqual(2);
    for (const g of report.groups) expect(g.repness.length).toBeGreaterThan(0);
    expect(report.consensus.length + report.divisive.length).toBeGreaterThan(0);
  });
});
