import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, ENGINE, expectError, login, type Client, type TestContext } from '../../test/harness.js';
import { PASSWORD, seedFixture, type Fixture } from '../../test/fixtures.js';

interface Item {
  id: number;
  name: string;
  pinyin: string;
  phoneMasked: string | null;
  idNumberMasked: string | null;
  version: number;
  active: boolean;
}

describe(`member roster (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let staff: Client;
  let leader: Client;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    staff = await login(ctx, 'staff', PASSWORD);
    leader = await login(ctx, 'leader', PASSWORD);
  });
  afterAll(async () => ctx?.close());

  const names = async (c: Client, query: string) => {
    const res = await c.get(`/api/members${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json().items as Item[]).map((m) => m.name);
  };
  const audit = (action: string) =>
    ctx.platform.db
      .selectFrom('audit_log')
      .select(['actor_name', 'object_id', 'result', 'detail'])
      .where('action', '=', action)
      .orderBy('seq')
      .execute();

  const zeng = {
    name: '曾志强',
    gender: 'male',
    ethnicity: '汉族',
    sectorId: 0,
    party: 'jiusan',
    phone: '１３５ ０１３５ ０００７',
    idNumber: '110101197205060031',
    workUnit: '测试市第二人民医院',
    jobTitle: '主任医师',
    isNew: true,
  };

  it('creates a member with pinyin from surname mode, masked phone and ID, and finds him by initials and full pinyin', async () => {
    const res = await staff.post('/api/members', { ...zeng, sectorId: fx.sectors['医药卫生界'] });
    expect(res.statusCode, res.body).toBe(201);
    const m = res.json();
    expect(m).toMatchObject({
      name: '曾志强',
      pinyin: 'zengzhiqiang',
      phoneMasked: '135****0007',
      idNumberMasked: '110***********0031',
      birthDate: '1972-05-06',
      isNew: true,
      version: 1,
    });
    expect(m).not.toHaveProperty('phone');
    expect(JSON.stringify(m)).not.toContain('13501350007');
    const stored = await ctx.platform.db
      .selectFrom('members')
      .select(['phone_enc', 'id_number_enc'])
      .where('id', '=', m.id)
      .executeTakeFirstOrThrow();
    expect(stored.phone_enc).not.toContain('13501350007');

    expect(await names(staff, '?q=zzq')).toEqual(['曾志强']);
    expect(await names(staff, '?q=ZengZhi')).toEqual(['曾志强']);
    expect(await names(staff, '?q=志强')).toEqual(expect.arrayContaining(['曾志强', '王志强']));
    expect(await names(staff, '?q=zjg')).toEqual(['张建国']);
    expect(await names(staff, '?q=zh&active=true')).toEqual(['张建国']);
    // Sorted by pinyin: li, wang, zeng, zhang.
    expect(await names(staff, '')).toEqual(['李晓梅', '王志强', '曾志强', '张建国']);
    expect((await audit('member.create')).map((a) => a.object_id)).toContain(String(m.id));
  });

  it('refuses bad details with the field at fault and keeps one phone and one ID number per term', async () => {
    const base = {
      ...zeng,
      name: '单雪琴',
      gender: 'female',
      party: 'capd',
      isNew: false,
      sectorId: fx.sectors['教育界'],
      phone: '13511110001',
      idNumber: undefined,
    };
    const check = async (body: object, status: number, field: string) => {
      const res = await staff.post('/api/members', { ...base, ...body });
      expectError(res, status, status === 400 ? 'VALIDATION_FAILED' : undefined);
      if (status === 400) expect(res.json().error.details.map((d: { path: string }) => d.path)).toContain(field);
      return res;
    };
    await check({ idNumber: '110101197205060032' }, 400, 'idNumber');
    await check({ idNumber: '110101199502300015' }, 400, 'idNumber');
    await check({ idNumber: '110101198804120029', birthDate: '1988-04-13' }, 400, 'birthDate');
    // A birth month alone (a roster's 出生年月) must still agree with the ID number.
    await check({ idNumber: '110101198804120029', birthDate: '1988-05' }, 400, 'birthDate');
    await check({ birthDate: '1988-13' }, 400, 'body.birthDate');
    await check({ idNumber: '110101198804120029', gender: 'male' }, 400, 'gender');
    await check({ sectorId: 999999 }, 400, 'sectorId');
    await check(
      { sectorId: fx.sectors['经济界'], committeeId: fx.committees['提案委员会'], groupId: fx.groups['经济一组'] },
      400,
      'groupId',
    );
    await check({ phone: '0571-8888888' }, 400, 'phone');
    await check({ email: 'not-an-email' }, 400, 'email');
    const dupPhone = await check({ phone: '+86 138 0013 8001' }, 409, 'phone');
    expect(dupPhone.json().error.code).toBe('DUPLICATE_PHONE');
    expect(dupPhone.json().error.message).toContain('张建国');
    const dupId = await check({ idNumber: '110101198003070017', gender: 'male' }, 409, 'idNumber');
    expect(dupId.json().error.code).toBe('DUPLICATE_ID_NUMBER');
    const ok = await staff.post('/api/members', { ...base, idNumber: '110101198804120029', birthDate: '1988-04' });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().pinyin).toBe('shanxueqin');
    // The ID number gives the day the month was missing.
    expect(ok.json().birthDate).toBe('1988-04-12');
  });

  it('edits with an optimistic version and reports a stale one as a conflict', async () => {
    const [m] = (await staff.get('/api/members?q=lxm')).json().items as Item[];
    const first = await staff.patch(`/api/members/${m!.id}`, {
      version: m!.version,
      workUnit: '测试市实验小学',
      committeeId: fx.committees['提案委员会'],
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({
      workUnit: '测试市实验小学',
      committeeName: '提案委员会',
      version: m!.version + 1,
    });
    expectError(
      await staff.patch(`/api/members/${m!.id}`, { version: m!.version, jobTitle: '校长' }),
      409,
      'STALE_VERSION',
    );
    const renamed = await staff.patch(`/api/members/${m!.id}`, { version: m!.version + 1, name: '解晓梅' });
    expect(renamed.json().pinyin).toBe('xiexiaomei');
    expect(await names(staff, '?q=xxm')).toEqual(['解晓梅']);
    const trail = await audit('member.update');
    expect(JSON.parse(trail.at(-1)!.detail!).fields).toEqual(['name']);
  });

  it('filters by sector, committee, group, party, term, new and active', async () => {
    expect(await names(staff, `?sectorId=${fx.sectors['经济界']}`)).toEqual(['张建国']);
    expect(await names(staff, `?committeeId=${fx.committees['教科卫体委员会']}`)).toEqual(['王志强']);
    expect(await names(staff, `?groupId=${fx.groups['经济一组']}`)).toEqual(['张建国']);
    expect(await names(staff, '?party=cdnca')).toEqual(['张建国']);
    expect(await names(staff, '?isNew=true&party=jiusan')).toEqual(['曾志强']);
    expect(await names(staff, `?termId=${fx.term}&isNew=false&party=cpc`)).toEqual(['王志强']);
    const page = (await staff.get('/api/members?pageSize=2&page=2')).json();
    expect(page).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(page.items).toHaveLength(2);
    expectError(await staff.get('/api/members?party=whig'), 400, 'VALIDATION_FAILED');
    expectError(await staff.get('/api/members?isNew=maybe'), 400, 'VALIDATION_FAILED');
  });

  it('deactivates with a reason and reactivates', async () => {
    const [m] = (await staff.get('/api/members?q=wzq')).json().items as Item[];
    expectError(
      await staff.post(`/api/members/${m!.id}/deactivate`, { version: m!.version }),
      400,
      'VALIDATION_FAILED',
    );
    const off = await staff.post(`/api/members/${m!.id}/deactivate`, {
      version: m!.version,
      reason: '工作调动，辞去委员职务',
    });
    expect(off.json()).toMatchObject({ active: false, deactivationReason: '工作调动，辞去委员职务' });
    expect(await names(staff, '?active=true')).not.toContain('王志强');
    expect(await names(staff, '?active=false')).toEqual(['王志强']);
    expectError(
      await staff.post(`/api/members/${m!.id}/deactivate`, { version: off.json().version, reason: '再次停用' }),
      409,
      'INVALID_STATE',
    );
    const on = await staff.post(`/api/members/${m!.id}/reactivate`, { version: off.json().version });
    expect(on.json()).toMatchObject({ active: true, deactivationReason: null });
    expect(JSON.parse((await audit('member.deactivate'))[0]!.detail!).reason).toBe('工作调动，辞去委员职务');
  });

  it('shows phone and ID masked; unmasking needs the permission and is audited either way', async () => {
    const detail = (await staff.get(`/api/members/${fx.members.zhang}`)).json();
    expect(detail).toMatchObject({
      phoneMasked: '138****8001',
      idNumberMasked: '110***********0017',
      can: { edit: true, unmask: true },
    });
    const full = await staff.post(`/api/members/${fx.members.zhang}/unmask`);
    expect(full.json()).toEqual({ phone: '13800138001', idNumber: '110101198003070017' });
    const leaderView = (await leader.get(`/api/members/${fx.members.zhang}`)).json();
    expect(leaderView.can).toEqual({ edit: false, unmask: false });
    expectError(await leader.post(`/api/members/${fx.members.zhang}/unmask`), 403);
    const trail = await audit('member.unmask');
    expect(trail.map((a) => [a.actor_name, a.object_id, a.result])).toEqual([
      ['周秘书', String(fx.members.zhang), 'ok'],
      ['陈主席', String(fx.members.zhang), 'denied'],
    ]);
  });

  it('finds a member exactly by phone or ID number however it is typed, for staff only', async () => {
    expect(await names(staff, `?phone=${encodeURIComponent('＋86 １３８-0013-8001')}`)).toEqual(['张建国']);
    expect(await names(staff, '?idNumber=110101198506150027')).toEqual(['解晓梅']);
    expect(await names(staff, '?phone=13999999999')).toEqual([]);
    expectError(await staff.get('/api/members?phone=12345'), 400, 'VALIDATION_FAILED');
    expectError(await leader.get('/api/members?phone=13800138001'), 403);
    expect(await names(leader, '?q=zjg')).toEqual(['张建国']);
  });

  it('lets the city read a county roster but not change it; counties never see each other or the city', async () => {
    expect((await staff.post('/api/auth/switch-org', { orgId: fx.countyA })).statusCode).toBe(200);
    expect(await names(staff, '')).toEqual(['赵春华']);
    const zhao = (await staff.get(`/api/members/${fx.members.zhao}`)).json();
    expect(zhao.can.edit).toBe(false);
    expectError(
      await staff.patch(`/api/members/${fx.members.zhao}`, { version: zhao.version, jobTitle: '副主任' }),
      403,
      'ORG_READ_ONLY',
    );
    expectError(
      await staff.post('/api/members', {
        ...zeng,
        name: '钱多多',
        phone: '13522223333',
        idNumber: undefined,
        sectorId: zhao.sectorId,
      }),
      403,
      'ORG_READ_ONLY',
    );
    // A county's members' personal data stays with the county: the city cannot unmask or look it up.
    expect(zhao.can.unmask).toBe(false);
    expectError(await staff.post(`/api/members/${fx.members.zhao}/unmask`), 403);
    expectError(await staff.get('/api/members?phone=13600136004'), 403);
    await staff.post('/api/auth/switch-org', { orgId: fx.city });

    const county = await login(ctx, 'dongcheng', PASSWORD);
    expect(await names(county, '')).toEqual(['赵春华']);
    expectError(await county.get(`/api/members/${fx.members.zhang}`), 404);
    expectError(await county.post(`/api/members/${fx.members.zhang}/unmask`), 404);
    const other = await login(ctx, 'xihe', PASSWORD);
    expect(await names(other, '')).toEqual([]);
    expectError(await other.get(`/api/members/${fx.members.zhao}`), 404);
    expectError(await other.patch(`/api/members/${fx.members.zhao}`, { version: 1, jobTitle: 'x' }), 404);
  });

  it('keeps the roster from members and units; members get a directory of names, sectors and committees only', async () => {
    const member = await login(ctx, 'zhangjianguo', PASSWORD);
    const unit = await login(ctx, 'jiaoyuju', PASSWORD);
    for (const c of [member, unit]) {
      expectError(await c.get('/api/members'), 403);
      expectError(await c.get(`/api/members/${fx.members.li}`), 403);
    }
    expectError(await unit.get('/api/members/directory'), 403);
    const dir = (await member.get('/api/members/directory?q=zzq')).json();
    expect(dir).toEqual([{ id: expect.any(Number), name: '曾志强', sectorName: '医药卫生界', committeeName: null }]);
  });
  it("a member who leaves can no longer sign in: deactivation ends his account's sessions", async () => {
    const li = await login(ctx, 'lixiaomei', PASSWORD);
    const m = (await staff.get(`/api/members/${fx.members.li}`)).json();
    expect(
      (await staff.post(`/api/members/${m.id}/deactivate`, { version: m.version, reason: '任期内辞去委员职务' }))
        .statusCode,
    ).toBe(200);
    expectError(await li.get('/api/auth/me'), 401);
    await expect(login(ctx, 'lixiaomei', PASSWORD)).rejects.toThrow(/401/);
    const trail = await ctx.platform.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('action', '=', 'user.deactivate')
      .execute();
    expect(trail.some((t) => JSON.parse(t.detail ?? '{}').reason === 'member_deactivated')).toBe(true);
  });
});
