import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, ENGINE, expectError, login, type Client, type TestContext } from '../../test/harness.js';
import { PASSWORD, seedFixture, type Fixture } from '../../test/fixtures.js';

type Named = { id: number; name: string; active: boolean };

describe(`organisations and reference data (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let staff: Client;
  let county: Client;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    staff = await login(ctx, 'staff', PASSWORD);
    county = await login(ctx, 'dongcheng', PASSWORD);
  });
  afterAll(async () => ctx?.close());

  const refData = async (c: Client, orgId?: number) =>
    (await c.get(`/api/refdata${orgId ? `?orgId=${orgId}` : ''}`)).json();
  const paths = (res: { json(): { error: { details: { path: string }[] } } }) =>
    res.json().error.details.map((d) => d.path);

  it('creates a county under the city; only counties fit there and names are unique', async () => {
    const res = await staff.post('/api/orgs', {
      parentId: fx.city,
      name: '南山县政协',
      shortName: '南山县',
      level: 'county',
      regionCode: '330122',
    });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({
      parentId: fx.city,
      level: 'county',
      shareWithParent: true,
      totpRequired: false,
      active: true,
    });
    expect((await staff.get('/api/orgs')).json().map((o: { id: number }) => o.id)).toContain(created.id);
    expect((await staff.get('/api/auth/me')).json().orgs.map((o: { name: string }) => o.name)).toContain('南山县政协');

    expectError(
      await staff.post('/api/orgs', { parentId: fx.city, name: '北岭市政协', shortName: '北岭市', level: 'city' }),
      400,
      'ORG_LEVEL_INVALID',
    );
    const under = await staff.post('/api/orgs', {
      parentId: created.id,
      name: '某乡政协',
      shortName: '某乡',
      level: 'county',
    });
    expectError(under, 400, 'ORG_LEVEL_INVALID');
    expect(under.json().error.message).toContain('不能再建立下级组织');
    expectError(
      await staff.post('/api/orgs', { parentId: fx.city, name: '东城县政协', shortName: '东城', level: 'county' }),
      409,
      'DUPLICATE',
    );
    expectError(
      await county.post('/api/orgs', { parentId: fx.countyA, name: '东城某镇', shortName: '某镇', level: 'county' }),
      403,
    );
    expectError(
      await county.post('/api/orgs', { parentId: fx.city, name: '东城某镇', shortName: '某镇', level: 'county' }),
      404,
    );
    const audit = await ctx.platform.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'org.create')
      .execute();
    expect(audit.map((a) => JSON.parse(a.detail!).name)).toContain('南山县政协');
  });

  it('keeps terms with one current term and numbered sessions', async () => {
    const t16 = await staff.post('/api/terms', { number: 16, startsOn: '2028-01-10', isCurrent: true });
    expect(t16.statusCode).toBe(201);
    expect(t16.json()).toMatchObject({ name: '第十六届', isCurrent: true, sessions: [] });
    let terms = (await refData(staff)).terms as { id: number; number: number; isCurrent: boolean }[];
    expect(terms.filter((t) => t.isCurrent).map((t) => t.number)).toEqual([16]);

    expect((await staff.patch(`/api/terms/${fx.term}`, { isCurrent: true, endsOn: '2028-01-09' })).statusCode).toBe(
      200,
    );
    terms = (await refData(staff)).terms;
    expect(terms.filter((t) => t.isCurrent).map((t) => t.number)).toEqual([15]);

    expectError(await staff.post('/api/terms', { number: 16, startsOn: '2033-01-10' }), 409, 'DUPLICATE');
    const backwards = await staff.patch(`/api/terms/${fx.term}`, { endsOn: '2020-01-01' });
    expectError(backwards, 400, 'VALIDATION_FAILED');
    expect(paths(backwards)).toEqual(['endsOn']);

    const session = await staff.post(`/api/terms/${t16.json().id}/sessions`, {
      number: 1,
      opensOn: '2028-01-10',
      closesOn: '2028-01-14',
    });
    expect(session.json().name).toBe('第十六届第一次会议');
    expectError(
      await staff.post(`/api/terms/${t16.json().id}/sessions`, {
        number: 1,
        opensOn: '2029-01-10',
        closesOn: '2029-01-14',
      }),
      409,
      'DUPLICATE',
    );
    expectError(
      await staff.patch(`/api/term-sessions/${session.json().id}`, { closesOn: '2028-01-01' }),
      400,
      'VALIDATION_FAILED',
    );
    expect((await staff.patch(`/api/term-sessions/${session.json().id}`, { name: '十六届一次全会' })).statusCode).toBe(
      200,
    );
    const t = (await refData(staff)).terms.find((x: { number: number }) => x.number === 16);
    expect(t.sessions).toEqual([
      { id: session.json().id, number: 1, name: '十六届一次全会', opensOn: '2028-01-10', closesOn: '2028-01-14' },
    ]);
  });

  it('creates, renames and deactivates sectors; a duplicate name is a conflict', async () => {
    const created = await staff.post('/api/sectors', { name: '科技界', sortOrder: 5 });
    expect(created.statusCode).toBe(201);
    expectError(await staff.post('/api/sectors', { name: '经济界' }), 409, 'DUPLICATE');
    expectError(await staff.patch(`/api/sectors/${created.json().id}`, { name: '教育界' }), 409, 'DUPLICATE');
    expect((await staff.patch(`/api/sectors/${created.json().id}`, { name: '科学技术界' })).json().name).toBe(
      '科学技术界',
    );
    expect((await staff.patch(`/api/sectors/${created.json().id}`, { active: false })).json().active).toBe(false);
    const sectors = (await refData(staff)).sectors as Named[];
    expect(sectors.find((s) => s.id === created.json().id)).toMatchObject({ name: '科学技术界', active: false });
    // The same name is fine in another organisation.
    expect((await county.post('/api/sectors', { name: '科学技术界' })).statusCode).toBe(201);
  });

  it('keeps committees with their member groups', async () => {
    const committee = (await staff.post('/api/committees', { name: '文化文史和学习委员会' })).json();
    const group = await staff.post('/api/member-groups', { committeeId: committee.id, name: '文史一组' });
    expect(group.statusCode).toBe(201);
    expectError(
      await staff.post('/api/member-groups', { committeeId: committee.id, name: '文史一组' }),
      409,
      'DUPLICATE',
    );
    // The same group name under another committee is fine.
    expect(
      (await staff.post('/api/member-groups', { committeeId: fx.committees['经济委员会'], name: '文史一组' }))
        .statusCode,
    ).toBe(201);
    expect((await staff.patch(`/api/member-groups/${group.json().id}`, { active: false })).json().active).toBe(false);
    const foreign = await county.post('/api/member-groups', { committeeId: committee.id, name: '县里的组' });
    expectError(foreign, 400, 'VALIDATION_FAILED');
    expect(paths(foreign)).toEqual(['committeeId']);

    expect((await staff.patch(`/api/committees/${committee.id}`, { active: false })).statusCode).toBe(200);
    expectError(
      await staff.post('/api/member-groups', { committeeId: committee.id, name: '文史二组' }),
      400,
      'VALIDATION_FAILED',
    );
    const listed = (await refData(staff)).committees.find((c: Named) => c.id === committee.id);
    expect(listed).toMatchObject({ active: false, groups: [{ name: '文史一组', active: false }] });
  });

  it('keeps the handling-unit registry', async () => {
    const unit = await staff.post('/api/handling-units', {
      name: '市交通运输局',
      shortName: '交通局',
      contactPerson: '黄科长',
      contactPhone: '0571-8765 4321',
    });
    expect(unit.statusCode).toBe(201);
    expect(unit.json()).toMatchObject({ kind: 'government', shortName: '交通局', active: true });
    expectError(await staff.post('/api/handling-units', { name: '市教育局' }), 409, 'DUPLICATE');
    const edited = await staff.patch(`/api/handling-units/${unit.json().id}`, {
      kind: 'government',
      contactPerson: null,
      sortOrder: 9,
    });
    expect(edited.json()).toMatchObject({ contactPerson: null, sortOrder: 9 });
    expect((await staff.patch(`/api/handling-units/${unit.json().id}`, { active: false })).json().active).toBe(false);
  });

  it('lets the city read a county reference data but not change it, and keeps the county out of the city', async () => {
    const countyData = await refData(staff, fx.countyA);
    expect(countyData.sectors.map((s: Named) => s.name)).toContain('农业界');
    const countySector = countyData.sectors.find((s: Named) => s.name === '农业界');
    expectError(await staff.patch(`/api/sectors/${countySector.id}`, { name: '农业农村界' }), 403, 'ORG_READ_ONLY');
    expectError(await staff.patch(`/api/handling-units/${fx.countyUnit}`, { active: false }), 403, 'ORG_READ_ONLY');
    expectError(await staff.patch(`/api/terms/${fx.countyTerm}`, { isCurrent: false }), 403, 'ORG_READ_ONLY');

    // The county does not see the city at all.
    expectError(await county.get(`/api/refdata?orgId=${fx.city}`), 404);
    expectError(await county.patch(`/api/sectors/${fx.sectors['经济界']}`, { name: '县改的' }), 404);
    expectError(await county.patch(`/api/handling-units/${fx.units['市教育局']}`, { active: false }), 404);
    expectError(
      await county.post(`/api/terms/${fx.term}/sessions`, { number: 9, opensOn: '2030-01-01', closesOn: '2030-01-02' }),
      404,
    );
    expect((await refData(staff)).sectors.find((s: Named) => s.name === '经济界')).toBeTruthy();
  });

  it('refuses reference-data changes to members and leaders, who may still read it', async () => {
    for (const name of ['zhangjianguo', 'leader']) {
      const c = await login(ctx, name, PASSWORD);
      expect((await c.get('/api/refdata')).statusCode).toBe(200);
      expectError(await c.post('/api/sectors', { name: '新界别' }), 403, 'FORBIDDEN');
      expectError(await c.patch(`/api/sectors/${fx.sectors['经济界']}`, { name: '改名' }), 403, 'FORBIDDEN');
      expectError(await c.patch(`/api/orgs/${fx.city}`, { totpRequired: true }), 403);
    }
  });

  it('a county that stops sharing disappears from the city, and only the county decides that', async () => {
    expectError(await staff.patch(`/api/orgs/${fx.countyA}`, { shareWithParent: false }), 403, 'ORG_SHARE_OWN');
    expect((await county.patch(`/api/orgs/${fx.countyA}`, { shareWithParent: false })).json().shareWithParent).toBe(
      false,
    );

    expect((await staff.get('/api/orgs')).json().map((o: { id: number }) => o.id)).not.toContain(fx.countyA);
    expect((await staff.get('/api/auth/me')).json().orgs.map((o: { id: number }) => o.id)).not.toContain(fx.countyA);
    expectError(await staff.get(`/api/refdata?orgId=${fx.countyA}`), 404);
    expectError(await staff.post('/api/auth/switch-org', { orgId: fx.countyA }), 403, 'ORG_NOT_VISIBLE');
    // The tree still shows it to the city's administrators, marked as not shared.
    const tree = (await staff.get('/api/orgs/tree')).json();
    expect(tree.find((o: { id: number }) => o.id === fx.countyA)).toMatchObject({
      visible: false,
      shareWithParent: false,
    });

    expect((await county.patch(`/api/orgs/${fx.countyA}`, { shareWithParent: true })).statusCode).toBe(200);
    expect((await staff.get('/api/orgs')).json().map((o: { id: number }) => o.id)).toContain(fx.countyA);
  });

  it('edits names and the TOTP requirement, and deactivates counties from above only', async () => {
    const renamed = await staff.patch(`/api/orgs/${fx.countyB}`, { shortName: '西河', totpRequired: true });
    expect(renamed.json()).toMatchObject({ shortName: '西河', totpRequired: true });
    expect((await county.patch(`/api/orgs/${fx.countyA}`, { shortName: '东城' })).json().shortName).toBe('东城');
    expectError(await county.patch(`/api/orgs/${fx.countyA}`, { active: false }), 403);
    expectError(await staff.patch(`/api/orgs/${fx.city}`, { active: false }), 403);
    expectError(await staff.patch(`/api/orgs/${fx.countyB}`, { name: '测试市政协' }), 409, 'DUPLICATE');

    // The county admin of a TOTP-requiring county is sent to set up the second factor.
    const xihe = await login(ctx, 'xihe', PASSWORD);
    expectError(await xihe.get('/api/refdata'), 403, 'TOTP_ENROLL_REQUIRED');

    expect((await staff.patch(`/api/orgs/${fx.countyB}`, { active: false })).json().active).toBe(false);
    const tree = (await staff.get('/api/orgs/tree')).json();
    expect(tree.find((o: { id: number }) => o.id === fx.countyB)).toMatchObject({
      active: false,
      can: { deactivate: true },
    });
    expect(tree.find((o: { id: number }) => o.id === fx.city).can).toEqual({
      edit: true,
      share: false,
      deactivate: false,
      createChild: true,
    });
    const countyTree = (await county.get('/api/orgs/tree')).json();
    expect(countyTree).toEqual([
      expect.objectContaining({
        id: fx.countyA,
        can: { edit: true, share: true, deactivate: false, createChild: false },
      }),
    ]);
    expectError(await (await login(ctx, 'zhangjianguo', PASSWORD)).get('/api/orgs/tree'), 403);
  });

  it('answers bad input with 400 and the field paths', async () => {
    const term = await staff.post('/api/terms', { number: 0, startsOn: '2026-02-30' });
    expectError(term, 400, 'VALIDATION_FAILED');
    expect(paths(term)).toEqual(expect.arrayContaining(['body.number', 'body.startsOn']));
    const ends = await staff.post('/api/terms', { number: 20, startsOn: '2040-01-01', endsOn: '2039-01-01' });
    expect(paths(ends)).toEqual(['body.endsOn']);
    const unit = await staff.post('/api/handling-units', { name: '', contactPhone: 'call me', kind: 'ministry' });
    expect(paths(unit)).toEqual(expect.arrayContaining(['body.name', 'body.contactPhone', 'body.kind']));
    expectError(await staff.patch(`/api/orgs/${fx.countyA}`, {}), 400, 'VALIDATION_FAILED');
    expect(
      paths(
        await staff.post('/api/orgs', {
          parentId: fx.city,
          name: '某县',
          shortName: '某',
          level: 'county',
          regionCode: '12',
        }),
      ),
    ).toContain('body.regionCode');
    expectError(await staff.patch('/api/sectors/abc', { name: '甲' }), 400, 'VALIDATION_FAILED');
    expectError(await staff.patch('/api/sectors/999999', { name: '甲' }), 404);
    expectError(await staff.post('/api/sectors', { name: 'a\u0000b' }), 400, 'VALIDATION_FAILED');
    expectError(await staff.get('/api/refdata?orgId=-1'), 400, 'VALIDATION_FAILED');
  });
});
