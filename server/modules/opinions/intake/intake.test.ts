// Intake: members (and party members) submit their own and follow them; the office enters paper
// forms in bulk with sealed contacts and receipt codes; the public form takes opinions behind a
// challenge and a rate limit and answers a receipt code; the office's and leaders' list, detail,
// contact and Excel export are scoped to the organisations they see (a city its counties', a
// county its own).
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFixture, type Fixture } from '../../../test/fixtures.js';
import {
  client,
  createTestContext,
  ENGINE,
  expectError,
  type Client,
  type TestContext,
} from '../../../test/harness.js';
import { sheetRows } from '../../../test/sheets.js';
import { multipartFile } from '../../../test/multipart.js';
import ExcelJS from 'exceljs';
import { solveChallenge } from '../../../platform/http/public-challenge.js';
import { signIn } from '../campaigns/campaigns.test-helpers.js';

const PEOPLE = {
  staff: 'staff',
  leader: 'leader',
  zhang: 'zhangjianguo',
  wang: 'wangzhiqiang',
  county: 'dongcheng',
  zhao: 'zhaochunhua',
  unit: 'jiaoyuju',
} as const;

const OPINION = {
  title: '建议在人民路学校门口增设红绿灯',
  body: '人民路实验小学门口上下学时段车流量大，学生过马路没有信号灯，存在安全隐患，建议增设行人过街信号灯。',
  place: '人民路实验小学',
};

describe(`opinions: intake (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let c: Record<keyof typeof PEOPLE, Client>;
  let campaign: number;
  let token: string;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    ctx.clock.set('2026-05-12T02:00:00Z');
    c = await signIn(ctx, PEOPLE);
    campaign = (
      await c.staff.post('/api/opinions/campaigns', {
        year: 2026,
        title: '2026年界别活动周',
        theme: '聚焦民生实事',
        startsOn: '2026-05-11',
        endsOn: '2026-05-17',
      })
    ).json().id;
    await c.staff.put(`/api/opinions/campaigns/${campaign}/orgs`, { orgIds: [fx.countyA] });
    await c.staff.post(`/api/opinions/campaigns/${campaign}/open`);
    token = (await c.staff.post(`/api/opinions/campaigns/${campaign}/public`, { enabled: true })).json().token;
  });
  afterAll(async () => ctx?.close());

  const list = async (who: Client, query = '') => {
    const res = await who.get(`/api/opinions${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const visitor = async (ip: string) => {
    const v = client(ctx, ip);
    v.csrf = (await v.get('/api/auth/csrf')).json().csrfToken;
    return v;
  };

  it('takes a member’s own opinion with his sector, as a party member by his party, and refuses bad input', async () => {
    expectError(await c.zhang.post('/api/opinions', { ...OPINION, title: '灯' }), 400, 'VALIDATION_FAILED');
    expectError(await c.zhang.post('/api/opinions', { ...OPINION, body: '太短' }), 400, 'VALIDATION_FAILED');
    expectError(await c.zhang.post('/api/opinions', { ...OPINION, campaignId: 999_999 }), 400);
    expectError(await c.staff.post('/api/opinions', OPINION), 403);
    expectError(await c.unit.post('/api/opinions', OPINION), 403);
    const res = await c.zhang.post('/api/opinions', { ...OPINION, campaignId: campaign });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      channel: 'member',
      sector: '经济界',
      status: 'submitted',
      campaignId: campaign,
      orgId: fx.city,
    });
    const wang = await c.wang.post('/api/opinions', { ...OPINION, title: '老旧小区加装电梯补贴' });
    expect(wang.json()).toMatchObject({ channel: 'party_member', sector: '医药卫生界', campaignId: null });
    const zhao = await c.zhao.post('/api/opinions', {
      title: '村道路灯年久失修',
      body: '东城县石桥村通往镇上的村道路灯大多不亮，夜间出行不便，建议尽快维修。',
      campaignId: campaign,
    });
    expect(zhao.json()).toMatchObject({ orgId: fx.countyA, sector: '农业界' });

    const mine = (await c.zhang.get('/api/opinions/mine')).json();
    expect(mine.map((o: { id: number }) => o.id)).toEqual([res.json().id]);
    expect((await c.zhang.get(`/api/opinions/mine/${res.json().id}`)).json().body).toBe(OPINION.body);
    expectError(await c.wang.get(`/api/opinions/mine/${res.json().id}`), 404, 'OPINION_NOT_FOUND');
    expectError(await c.staff.get('/api/opinions/mine'), 403);
  });

  it('enters paper forms in bulk with sealed, masked contacts and a receipt code each', async () => {
    expectError(
      await c.staff.post('/api/opinions/paper', { campaignId: campaign, rows: [] }),
      400,
      'VALIDATION_FAILED',
    );
    expectError(await c.leader.post('/api/opinions/paper', { rows: [{ ...OPINION }] }), 403);
    const res = await c.staff.post('/api/opinions/paper', {
      campaignId: campaign,
      rows: [
        { ...OPINION, authorName: '刘阿姨', contact: '139 1234 5678' },
        {
          title: '菜市场周边停车难',
          body: '城南农贸市场周边没有停车位，早上买菜的车辆乱停占道，建议规划临时停车区。',
          authorName: '居民',
          contact: 'weixin_lhy88',
        },
        { title: '公园增加健身器材', body: '滨江公园健身器材太少，老年人锻炼要排队，建议增加一些适合老年人的器材。' },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const { receipts } = res.json();
    expect(receipts).toHaveLength(3);
    expect(receipts[0].receipt).toMatch(/^[2-9A-Z]{4}(-[2-9A-Z]{4}){3}$/);
    const rows = await ctx.platform.db
      .selectFrom('opinions')
      .selectAll()
      .where('channel', '=', 'paper')
      .orderBy('id')
      .execute();
    expect(rows.map((r) => r.contact_masked)).toEqual(['139****5678', 'w******8', null]);
    const raw = JSON.stringify(rows);
    expect(raw).not.toContain('13912345678');
    expect(raw).not.toContain('weixin_lhy88');
    const norm = receipts[0].receipt.replace(/-/g, '');
    expect(rows[0]!.receipt_hash).toBe(createHash('sha256').update(norm).digest('hex'));
    expect(ctx.platform.cipher.decrypt(rows[0]!.contact_enc!)).toBe('13912345678');

    const detail = (await c.staff.get(`/api/opinions/${receipts[0].id}`)).json();
    expect(detail).toMatchObject({
      channel: 'paper',
      authorName: '刘阿姨',
      contactMasked: '139****5678',
      canUnmask: true,
    });
    expect(JSON.stringify(detail)).not.toContain('13912345678');
    expect((await c.leader.get(`/api/opinions/${receipts[0].id}`)).json().canUnmask).toBe(false);
    expectError(await c.leader.post(`/api/opinions/${receipts[0].id}/contact`), 403);
    expectError(await c.county.post(`/api/opinions/${receipts[0].id}/contact`), 404);
    expectError(await c.staff.post(`/api/opinions/${receipts[2].id}/contact`), 409, 'NO_CONTACT');
    expect((await c.staff.post(`/api/opinions/${receipts[0].id}/contact`)).json()).toEqual({ contact: '13912345678' });
    const audited = await ctx.platform.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'opinions.contact_unmask')
      .execute();
    expect(audited).toHaveLength(1);
  });

  it('takes the public’s opinions behind a challenge and a rate limit, and answers a receipt code', async () => {
    const v = await visitor('198.51.100.7');
    expect((await v.get(`/api/public/opinions/${token}`)).json()).toMatchObject({ title: '2026年界别活动周' });
    expectError(await v.get(`/api/public/opinions/${'x'.repeat(43)}`), 404, 'LINK_OFF');
    const base = {
      title: '公交12路班次太少',
      body: '12路公交早高峰间隔半小时以上，建议增加班次，方便市民上班。',
      contact: '13700001111',
    };
    const ch = (await v.get(`/api/public/opinions/${token}/challenge`)).json();
    expectError(
      await v.post(`/api/public/opinions/${token}`, { ...base, challenge: ch.challenge, solution: 'x' }),
      400,
      'CHALLENGE_FAILED',
    );
    const forged = ch.challenge.replace(/\.[^.]+$/, '.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    expectError(
      await v.post(`/api/public/opinions/${token}`, { ...base, challenge: forged, solution: solveChallenge(forged) }),
      400,
      'CHALLENGE_FAILED',
    );
    const ch2 = (await (await visitor('198.51.100.8')).get(`/api/public/opinions/${token}/challenge`)).json();
    const sent = await v.post(`/api/public/opinions/${token}`, {
      ...base,
      orgId: fx.countyA,
      challenge: ch2.challenge,
      solution: solveChallenge(ch2.challenge),
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const receipt = sent.json().receipt as string;
    // The same solved challenge again, from another address: used once only.
    const other = await visitor('198.51.100.10');
    expectError(
      await other.post(`/api/public/opinions/${token}`, {
        ...base,
        challenge: ch2.challenge,
        solution: solveChallenge(ch2.challenge),
      }),
      400,
      'CHALLENGE_USED',
    );
    // Three a minute from one address: the fourth is refused before any work is checked.
    const ch3 = (await (await visitor('198.51.100.9')).get(`/api/public/opinions/${token}/challenge`)).json();
    expectError(
      await v.post(`/api/public/opinions/${token}`, {
        ...base,
        challenge: ch3.challenge,
        solution: solveChallenge(ch3.challenge),
      }),
      429,
      'RATE_LIMITED',
    );
    // A place that does not take part.
    expectError(
      await other.post(`/api/public/opinions/${token}`, {
        ...base,
        orgId: fx.countyB,
        challenge: ch3.challenge,
        solution: solveChallenge(ch3.challenge),
      }),
      400,
      'VALIDATION_FAILED',
    );

    const stored = await ctx.platform.db.selectFrom('opinions').selectAll().where('channel', '=', 'public').execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      org_id: fx.countyA,
      contact_masked: '137****1111',
      member_id: null,
      created_by: null,
    });
    expect(stored[0]!.receipt_hash).toBe(createHash('sha256').update(receipt.replace(/-/g, '')).digest('hex'));
    expect(JSON.stringify(stored)).not.toContain('13700001111');

    await c.staff.post(`/api/opinions/campaigns/${campaign}/public`, { enabled: false });
    expectError(await other.get(`/api/public/opinions/${token}/challenge`), 404, 'LINK_OFF');
    await c.staff.post(`/api/opinions/campaigns/${campaign}/public`, { enabled: true });
  });

  it('lists, filters and counts for the city all, for the county its own, and for no one else', async () => {
    const city = await list(c.staff);
    expect(city.total).toBe(7);
    expect(city.counts).toEqual({ submitted: 7 });
    const county = await list(c.county);
    expect(county.items.map((o: { orgName: string }) => o.orgName)).toEqual(['东城县', '东城县']);
    expectError(await c.county.get(`/api/opinions?orgId=${fx.city}`), 403);
    expect((await list(c.staff, `?orgId=${fx.countyA}`)).total).toBe(2);
    expect((await list(c.staff, '?channel=paper')).total).toBe(3);
    expect((await list(c.staff, '?q=红绿灯')).total).toBe(2);
    expect((await list(c.staff, `?campaignId=${campaign}&channel=member`)).total).toBe(2);
    const paged = await list(c.leader, '?pageSize=2&page=2');
    expect(paged).toMatchObject({ total: 7, page: 2, pageSize: 2 });
    expect(paged.items).toHaveLength(2);
    expectError(await c.staff.get('/api/opinions?channel=fax'), 400, 'VALIDATION_FAILED');
    expectError(await c.zhang.get('/api/opinions'), 403);
    expectError(await c.unit.get('/api/opinions'), 403);
    const cityOpinion = city.items.find((o: { orgId: number }) => o.orgId === fx.city).id;
    expectError(await c.county.get(`/api/opinions/${cityOpinion}`), 404, 'OPINION_NOT_FOUND');
    expect((await c.staff.get('/api/opinions/filters')).json().campaigns).toHaveLength(1);
  });

  it('exports the filtered opinions as Excel, masked and audited', async () => {
    const res = await c.staff.get(`/api/opinions/export.xlsx?campaignId=${campaign}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const rows = await sheetRows(res.rawPayload);
    expect(rows[0]!.slice(0, 5)).toEqual(['编号', '单位', '活动', '渠道', '提出人']);
    expect(rows).toHaveLength(1 + 6);
    const paper = rows.find((r) => r[4] === '刘阿姨')!;
    expect(paper).toEqual(expect.arrayContaining(['纸质意见表', '139****5678', OPINION.title, '已提交']));
    expect(JSON.stringify(rows)).not.toContain('13912345678');
    const county = await sheetRows((await c.county.get('/api/opinions/export.xlsx')).rawPayload);
    expect(county.slice(1).map((r) => r[1])).toEqual(['东城县', '东城县']);
    expectError(await c.zhang.get('/api/opinions/export.xlsx'), 403);
    const audited = await ctx.platform.db
      .selectFrom('audit_log')
      .select(['detail'])
      .where('action', '=', 'opinions.export')
      .execute();
    expect(audited).toHaveLength(2);
  });

  it('imports paper forms from Excel, naming each bad row, storing none until all are right', async () => {
    const template = await c.staff.get('/api/opinions/paper/template.xlsx');
    expect(template.statusCode).toBe(200);
    expect((await sheetRows(template.rawPayload))[0]).toEqual(['提出人', '联系方式', '标题', '内容', '地点']);
    expectError(await c.leader.get('/api/opinions/paper/template.xlsx'), 403);
    const book = async (rows: string[][]) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('意见');
      ws.addRow(['2026年界别活动周纸质意见表']);
      ws.addRow(['标题', '内容', '提出人', '联系方式']);
      rows.forEach((r) => ws.addRow(r));
      return Buffer.from(await wb.xlsx.writeBuffer());
    };
    const upload = (who: Client, data: Buffer) => {
      const { payload, headers } = multipartFile(
        '意见.xlsx',
        data,
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      return who.request({
        method: 'POST',
        url: `/api/opinions/paper/import?campaignId=${campaign}`,
        payload,
        headers,
      });
    };
    const before = (await list(c.staff, '?channel=paper')).total;
    const bad = await upload(
      c.staff,
      await book([
        ['小区路灯不亮', '幸福里小区路灯坏了一个多月，晚上出行不便。', '张先生', '13811112222'],
        ['灯', '太短'],
      ]),
    );
    expectError(bad, 400, 'VALIDATION_FAILED');
    const paths = bad.json().error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['第4行 标题', '第4行 内容']));
    expect((await list(c.staff, '?channel=paper')).total).toBe(before);
    expectError(await upload(c.staff, Buffer.from('not a workbook')), 400);
    expectError(await upload(c.leader, await book([])), 403);

    const good = await upload(
      c.staff,
      await book([
        ['小区路灯不亮', '幸福里小区路灯坏了一个多月，晚上出行不便。', '张先生', '13811112222'],
        [],
        ['菜场门口积水', '城南农贸市场门口下雨就积水，建议疏通下水道。'],
      ]),
    );
    expect(good.statusCode, good.body).toBe(201);
    expect(good.json().receipts).toHaveLength(2);
    expect((await list(c.staff, '?channel=paper')).total).toBe(before + 2);
    const stored = await ctx.platform.db
      .selectFrom('opinions')
      .selectAll()
      .where('id', '=', good.json().receipts[0].id)
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ author_name: '张先生', contact_masked: '138****2222', campaign_id: campaign });
  });
});
