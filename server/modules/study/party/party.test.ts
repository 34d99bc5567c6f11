import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMember, PASSWORD, seedFixture, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, login, type Client, type TestContext } from '../../../test/harness.js';
import { sheetNames, sheetRows } from '../../../test/sheets.js';
import { buildChain, created } from './party.test-helpers.js';
import { UNCOVERED_HEADER, UNCOVERED_SHEETS } from './party.texts.js';

const P = '/api/study/party';

describe(`study: party building (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let staff: Client;
  let leader: Client;
  let zhang: Client;
  let county: Client;
  let liu: number;
  let sun: number;
  let zhou: number;
  let chain: Awaited<ReturnType<typeof buildChain>>;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    [staff, leader, zhang, county] = await Promise.all(
      ['staff', 'leader', 'zhangjianguo', 'dongcheng'].map((u) => login(ctx, u, PASSWORD)),
    );
    const base = { orgId: fx.city, termId: fx.term, sectorId: fx.sectors['经济界']! };
    liu = await createMember(ctx.platform, { ...base, name: '刘红', party: 'cpc' });
    sun = await createMember(ctx.platform, { ...base, name: '孙立', party: 'cpc' });
    zhou = await createMember(ctx.platform, { ...base, name: '周文', party: 'nonparty' });
    // A party member of the previous term: not a current member, so not counted.
    const old = await ctx.platform.db
      .insertInto('terms')
      .values({ org_id: fx.city, number: 14, name: '第十四届', starts_on: '2018-01-10', is_current: 0 })
      .returning('id')
      .executeTakeFirstOrThrow();
    await createMember(ctx.platform, { ...base, termId: old.id, name: '钱老', party: 'cpc' });
    chain = await buildChain(staff, ['第一党支部', '第二党支部']);
  });
  afterAll(async () => ctx?.close());

  it('refuses a wrong parent kind, a non-party member, a second branch and another organisation', async () => {
    const post = (body: object) => staff.post(`${P}/orgs`, body);
    expectError(await post({ kind: 'branch', name: '错挂支部', parentId: chain.group }), 400, 'WRONG_PARENT');
    expectError(
      await post({ kind: 'organ_committee', name: '机关党委二', parentId: chain.branches[0] }),
      400,
      'WRONG_PARENT',
    );
    expectError(await post({ kind: 'organ_committee', name: '无上级' }), 400, 'PARENT_REQUIRED');
    expectError(await post({ kind: 'party_group', name: '党组二', parentId: chain.group }), 400, 'WRONG_PARENT');
    expectError(await staff.patch(`${P}/orgs/${chain.branches[1]}`, { parentId: chain.group }), 400, 'WRONG_PARENT');
    expectError(await staff.delete(`${P}/orgs/${chain.committee}`), 409, 'HAS_CHILDREN');

    const [b1, b2] = chain.branches as [number, number];
    const inB1 = await created(staff.post(`${P}/orgs/${b1}/members`, { memberId: liu, role: 'secretary' }));
    expectError(await staff.post(`${P}/orgs/${b1}/members`, { memberId: fx.members.zhang }), 400, 'NOT_PARTY_MEMBER');
    expectError(await staff.post(`${P}/orgs/${b2}/members`, { memberId: liu }), 409, 'IN_ANOTHER_BRANCH');
    // The party group is not a branch: a branch member may also sit on it.
    await created(staff.post(`${P}/orgs/${chain.group}/members`, { memberId: liu, role: 'member' }));
    // Moved to the second branch and back: still one branch.
    expect((await staff.patch(`${P}/memberships/${inB1}`, { partyOrgId: b2 })).statusCode).toBe(200);
    expectError(await staff.post(`${P}/orgs/${b1}/members`, { memberId: liu }), 409, 'IN_ANOTHER_BRANCH');
    expect(
      (await staff.patch(`${P}/memberships/${inB1}`, { partyOrgId: b1, role: 'deputy_secretary' })).statusCode,
    ).toBe(200);
    // A move to where it already is sets no column: a 200, not an UPDATE without one (a 500).
    expect((await staff.patch(`${P}/memberships/${inB1}`, { partyOrgId: b1 })).statusCode).toBe(200);
    const tree = (await leader.get(`${P}/orgs`)).json();
    expect(tree.canEdit).toBe(false);
    expect(tree.orgs.find((o: { id: number }) => o.id === b1).members).toEqual([
      { id: inB1, role: 'deputy_secretary', member: { id: liu, name: '刘红', active: true } },
    ]);

    // Another organisation: the county's office neither sees nor changes the city's records.
    expectError(await county.patch(`${P}/orgs/${b1}`, { name: '改名' }), 404);
    expectError(await county.delete(`${P}/memberships/${inB1}`), 404);
    const countyBranch = await buildChain(county, ['县支部']);
    expectError(
      await county.post(`${P}/orgs/${countyBranch.branches[0]}/members`, { memberId: liu }),
      400,
      'NOT_CURRENT_MEMBER',
    );
    expectError(
      await county.post(`${P}/orgs`, { kind: 'organ_committee', name: 'x', parentId: chain.group }),
      400,
      'WRONG_PARENT',
    );
    expect((await county.get(`${P}/orgs`)).json().orgs).toHaveLength(3);
  });

  it('refuses a liaison whose first is not a party member or whose second is one', async () => {
    const body = (partyMemberId: number, memberId: number) => ({ partyMemberId, memberId, startsOn: '2026-01-05' });
    expectError(await staff.post(`${P}/liaisons`, body(fx.members.zhang, fx.members.li)), 400, 'NOT_PARTY_MEMBER');
    expectError(await staff.post(`${P}/liaisons`, body(liu, fx.members.wang)), 400, 'IS_PARTY_MEMBER');
    expectError(await staff.post(`${P}/liaisons`, body(liu, fx.members.zhao)), 400, 'NOT_CURRENT_MEMBER');
    await created(staff.post(`${P}/liaisons`, body(liu, fx.members.zhang)));
    expectError(await staff.post(`${P}/liaisons`, body(liu, fx.members.zhang)), 409, 'DUPLICATE');
    await created(staff.post(`${P}/liaisons`, body(sun, zhou)));
    const list = (await leader.get(`${P}/liaisons`)).json().liaisons;
    expect(
      list.map(
        (l: { partyMember: { name: string }; member: { name: string } }) => `${l.partyMember.name}→${l.member.name}`,
      ),
    ).toEqual(['刘红→张建国', '孙立→周文']);
  });

  it('computes both coverage figures from the roster, hand-counted, and lists the uncovered', async () => {
    // 孙立 is in the first branch and links 周文, then leaves: neither counts any more.
    await created(staff.post(`${P}/orgs/${chain.branches[0]}/members`, { memberId: sun }));
    await ctx.platform.db
      .updateTable('members')
      .set({ active: 0, deactivated_at: '2026-02-01T00:00:00.000Z' })
      .where('id', '=', sun)
      .execute();
    // Current members: 张建国 (民建, linked by 刘红), 李晓梅 (民盟, unlinked), 王志强 (中共, in no party organisation),
    // 刘红 (中共, in a branch), 周文 (无党派, linked only by 孙立, who left). 钱老 is of the last term.
    const c = (await leader.get(`${P}/coverage`)).json();
    expect(c).toMatchObject({
      term: '第十五届',
      members: 5,
      partyMembers: 2,
      partyCovered: 1,
      partyOrgCoverage: 0.5,
      nonPartyMembers: 3,
      nonPartyCovered: 1,
      partyWorkCoverage: 0.4,
    });
    expect(c.uncoveredPartyMembers.map((m: { name: string }) => m.name)).toEqual(['王志强']);
    expect(
      c.unlinkedNonPartyMembers.map((m: { name: string; partyLabel: string }) => `${m.name}/${m.partyLabel}`),
    ).toEqual(['李晓梅/民盟', '周文/无党派']);

    // 王志强 joins the second branch, 刘红 links 周文: both figures move.
    await created(staff.post(`${P}/orgs/${chain.branches[1]}/members`, { memberId: fx.members.wang }));
    await created(staff.post(`${P}/liaisons`, { partyMemberId: liu, memberId: zhou, startsOn: '2026-02-20' }));
    const after = (await staff.get(`${P}/coverage`)).json();
    expect([after.partyOrgCoverage, after.partyWorkCoverage, after.unlinkedNonPartyMembers.length]).toEqual([
      1, 0.8, 1,
    ]);

    // The county sees its own roster only.
    expect((await county.get(`${P}/coverage`)).json()).toMatchObject({
      members: 1,
      partyMembers: 0,
      nonPartyMembers: 1,
    });
  });

  it('exports the uncovered lists as Excel, audited, and parses back', async () => {
    const res = await leader.get(`${P}/coverage/uncovered.xlsx`);
    expect(res.statusCode).toBe(200);
    expect(await sheetNames(res.rawPayload)).toEqual([UNCOVERED_SHEETS.party, UNCOVERED_SHEETS.nonParty]);
    const party = await sheetRows(res.rawPayload, UNCOVERED_SHEETS.party);
    expect(party[1]).toEqual(UNCOVERED_HEADER);
    expect(party.slice(2)).toEqual([]);
    expect(party[0]![0]).toContain('100.0%');
    const nonParty = await sheetRows(res.rawPayload, UNCOVERED_SHEETS.nonParty);
    expect(nonParty.slice(2)).toEqual([['1', '李晓梅', '民盟', '教育界', '教科卫体委员会']]);
    const audit = await ctx.platform.db
      .selectFrom('audit_log')
      .select(['action', 'actor_name'])
      .where('action', '=', 'party.coverage_export')
      .execute();
    expect(audit).toEqual([{ action: 'party.coverage_export', actor_name: '陈主席' }]);
    expectError(await zhang.get(`${P}/coverage/uncovered.xlsx`), 403);
  });

  it('keeps the three lists: overdue when unchecked by the deadline, completion per list', async () => {
    const item = (content: string, dueOn: string, list = 'party_building') =>
      created(staff.post(`${P}/items`, { list, year: 2026, content, owner: '机关党委', dueOn }));
    const late = await item('制定年度党建工作要点', '2026-02-15');
    const unmet = await item('开展主题党日活动', '2026-02-20');
    const met = await item('召开民主生活会', '2026-06-30');
    const ideology = await item('意识形态工作专题研判', '2026-12-31', 'ideology');
    expectError(
      await staff.post(`${P}/items`, { list: 'ideology', year: 2026, content: 'x', owner: 'y', dueOn: '2027-01-10' }),
      400,
      'DUE_OUTSIDE_YEAR',
    );
    expectError(
      await staff.post(`${P}/items`, {
        list: 'ideology',
        year: 2026,
        content: 'x',
        owner: 'y',
        ownerMemberId: fx.members.zhao,
        dueOn: '2026-05-10',
      }),
      400,
      'NOT_CURRENT_MEMBER',
    );
    const check = (id: number, result: string, checkedOn: string) =>
      staff.post(`${P}/items/${id}/checks`, { result, note: '检查说明', checkedOn });
    await created(check(unmet, 'unmet', '2026-02-18'));
    await created(check(met, 'rectifying', '2026-02-25'));
    await created(check(met, 'met', '2026-02-28'));
    // Checked only after its deadline, and not yet met: still overdue.
    const checkedLate = await item('党支部标准化建设', '2026-02-10', 'clean_government');
    await created(check(checkedLate, 'rectifying', '2026-02-12'));
    expectError(await check(late, 'met', '2026-03-02'), 400, 'CHECK_IN_FUTURE');
    expect(
      (await staff.patch(`${P}/items/${ideology}`, { progress: '已完成上半年研判', ownerMemberId: liu })).statusCode,
    ).toBe(200);

    const lists = (await leader.get(`${P}/lists?year=2026`)).json();
    expect(lists.today).toBe('2026-03-01');
    const pb = lists.lists.find((l: { list: string }) => l.list === 'party_building');
    expect(pb).toMatchObject({ total: 3, done: 1, overdue: 1 });
    expect(pb.completion).toBeCloseTo(1 / 3);
    const byId = new Map(pb.items.map((i: { id: number }) => [i.id, i]));
    expect(byId.get(late)).toMatchObject({ overdue: true, done: false, latest: null });
    expect(byId.get(unmet)).toMatchObject({ overdue: false, latest: { result: 'unmet', by: '周秘书' } });
    expect(byId.get(met)).toMatchObject({ overdue: false, done: true, latest: { result: 'met' } });
    const id = lists.lists.find((l: { list: string }) => l.list === 'ideology');
    expect(id.items[0]).toMatchObject({ progress: '已完成上半年研判', ownerMember: { id: liu, name: '刘红' } });
    expect(lists.lists.find((l: { list: string }) => l.list === 'clean_government')).toMatchObject({
      total: 1,
      done: 0,
      overdue: 1,
      completion: 0,
    });

    expect((await staff.delete(`${P}/items/${late}`)).statusCode).toBe(200);
    expectError(await county.delete(`${P}/items/${unmet}`), 404);
  });

  it('lets a member read nothing and a leader read only', async () => {
    for (const url of ['/lists', '/orgs', '/liaisons', '/coverage', '/roster'])
      expectError(await zhang.get(`${P}${url}`), 403);
    expectError(
      await zhang.post(`${P}/items`, { list: 'ideology', year: 2026, content: 'x', owner: 'y', dueOn: '2026-05-01' }),
      403,
    );
    expectError(await leader.post(`${P}/orgs`, { kind: 'party_group', name: '党组' }), 403);
    expectError(
      await leader.post(`${P}/liaisons`, { partyMemberId: liu, memberId: fx.members.li, startsOn: '2026-01-05' }),
      403,
    );
    const roster = (await leader.get(`${P}/roster`)).json();
    expect(roster.members.map((m: { name: string }) => m.name).sort()).toEqual(
      ['刘红', '周文', '张建国', '李晓梅', '王志强'].sort(),
    );
    expect(JSON.stringify(roster)).not.toMatch(/138|phone/);
  });

  it('places a member in one branch when two requests race', async () => {
    const zheng = await createMember(ctx.platform, {
      orgId: fx.city,
      termId: fx.term,
      sectorId: fx.sectors['经济界']!,
      name: '郑华',
      party: 'cpc',
    });
    const answers = await Promise.all(
      chain.branches.map((b) => staff.post(`${P}/orgs/${b}/members`, { memberId: zheng })),
    );
    expect(answers.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(answers.find((r) => r.statusCode === 409)!.json().error.code).toBe('IN_ANOTHER_BRANCH');
  });
});
