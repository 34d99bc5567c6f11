import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../app.js';
import { PASSWORD, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, login, type Client, type TestContext } from '../../../test/harness.js';
import { PROPOSAL_TEXTS, REWORDED, UNRELATED, type ProposalText } from '../../../test/proposal-texts.js';
import { draft, ok, submitted } from '../core/proposals.test-helpers.js';
import { VECTOR_VERSION } from '../../../platform/search/similarity-scoring.js';
import { POLL_MS } from './vector-store.service.js';
import { body, corpusOnFile } from './similarity.test-helpers.js';

interface Item {
  id: number;
  title: string;
  numberLabel: string | null;
  state: string;
  termId: number;
  termName: string | null;
  score: number;
  exact: boolean;
  canOpen: boolean;
}

describe(`proposals: similar-proposal detection (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let zhang: Client, li: Client, wang: Client, staff: Client;
  /** Proposal id by text key: the corpus, submitted by Zhang and Li in turn. */
  let ids: Record<string, number> = {};
  const similar = async (c: Client, t: Partial<ProposalText> & { excludeId?: number }) => {
    const res = await c.post('/api/proposals/similar', {
      title: t.title,
      reasons: t.reasons,
      suggestions: t.suggestions,
      excludeId: t.excludeId,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items as Item[];
  };

  beforeAll(async () => {
    ctx = await createTestContext();
    ({ fx, zhang, li, wang, staff, ids } = await corpusOnFile(ctx));
  });
  afterAll(async () => ctx?.close());

  it('ranks a reworded proposal first among proposals on many other subjects', async () => {
    const elevator = await similar(wang, REWORDED.elevator);
    expect(elevator[0]).toMatchObject({ id: ids.elevator, exact: false, state: 'accepted', termName: '第十五届' });
    expect(elevator[0]!.numberLabel).toMatch(/第0001号$/);
    expect(elevator[0]!.score).toBeGreaterThan(0.5);
    // The runner-up is another subject, far behind.
    expect(elevator[1]!.score).toBeLessThan(elevator[0]!.score / 2);
    const parking = await similar(wang, REWORDED.parking);
    expect(parking[0]).toMatchObject({ id: ids.parking, exact: false });
    expect(parking[0]!.score).toBeGreaterThan(0.5);
    for (const items of [elevator, parking]) {
      expect(items.length).toBe(10);
      expect(items.map((x) => x.score)).toEqual([...items.map((x) => x.score)].sort((a, b) => b - a));
    }
  });

  it('flags an exact duplicate, whatever the punctuation, spacing and width', async () => {
    const t = PROPOSAL_TEXTS.find((x) => x.key === 'homecare')!;
    const copy = {
      title: ` ${t.title}！`,
      reasons: t.reasons.replace(/，/g, ',').replace(/。/g, '. '),
      suggestions: t.suggestions.replace(/。/g, '。\n'),
    };
    const items = await similar(wang, copy);
    expect(items[0]).toMatchObject({ id: ids.homecare, exact: true, score: 1 });
    expect(items.filter((x) => x.exact)).toHaveLength(1);
  });

  it('gives an unrelated proposal only low scores', async () => {
    const items = await similar(wang, UNRELATED);
    expect(items.every((x) => x.score < 0.15 && !x.exact)).toBe(true);
    expect(await similar(wang, { title: '！！？', reasons: '', suggestions: '' })).toEqual([]);
  });

  it('shows a member the title, number, state and score of proposals he may not open, and no text', async () => {
    const res = await wang.post('/api/proposals/similar', body(REWORDED.elevator));
    const first = res.json().items[0];
    expect(Object.keys(first).sort()).toEqual([
      'canOpen',
      'exact',
      'id',
      'numberLabel',
      'reasons',
      'score',
      'state',
      'termId',
      'termName',
      'title',
      'verdict',
    ]);
    expect(first.canOpen).toBe(false);
    expect(res.body).not.toContain(PROPOSAL_TEXTS[0]!.reasons.slice(0, 12));
    expectError(await wang.get(`/api/proposals/${first.id}`), 404);
    // The proposer himself and the office may open it.
    expect((await similar(zhang, REWORDED.elevator))[0]).toMatchObject({ id: ids.elevator, canOpen: true });
    expect((await similar(staff, REWORDED.elevator))[0]).toMatchObject({ id: ids.elevator, canOpen: true });
  });

  it("never shows another organisation's proposals", async () => {
    const countyMember = await login(ctx, 'zhaochunhua', PASSWORD);
    const county = await submitted(countyMember, { ...body(PROPOSAL_TEXTS[0]!), category: '城乡建设' });
    const cityItems = await similar(wang, PROPOSAL_TEXTS[0]!);
    expect(cityItems.map((x) => x.id)).not.toContain(county.id);
    expect(cityItems[0]).toMatchObject({ id: ids.elevator, exact: true });
    const countyItems = await similar(countyMember, PROPOSAL_TEXTS[0]!);
    expect(countyItems).toEqual([expect.objectContaining({ id: county.id, exact: true, canOpen: true })]);
  });

  it('counts proposals past drafting of this term and earlier ones, not drafts, withdrawn ones or later terms', async () => {
    const fisheries = (n: number) => ({ ...body(UNRELATED), title: `${UNRELATED.title}（${n}）` });
    const drafted = await draft(zhang, { ...fisheries(1), category: '农业农村' });
    const withdrawn = await submitted(zhang, { ...fisheries(2), category: '农业农村' });
    await ok(zhang.post(`/api/proposals/${withdrawn.id}/withdraw`, {}), 'withdraw');
    const earlier = await submitted(li, { ...fisheries(3), category: '农业农村' });
    const later = await submitted(li, { ...fisheries(4), category: '农业农村' });
    const db = ctx.platform.db;
    const term = async (number: number, name: string) =>
      (
        await db
          .insertInto('terms')
          .values({ org_id: fx.city, number, name, starts_on: `20${number + 3}-01-10`, is_current: 0 })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    await db
      .updateTable('proposals')
      .set({ term_id: await term(14, '第十四届') })
      .where('id', '=', earlier.id)
      .execute();
    await db
      .updateTable('proposals')
      .set({ term_id: await term(16, '第十六届') })
      .where('id', '=', later.id)
      .execute();

    const items = await similar(wang, UNRELATED);
    const found = items.map((x) => x.id);
    expect(items[0]).toMatchObject({ id: earlier.id, termName: '第十四届', state: 'submitted' });
    expect(found).not.toContain(drafted.id);
    expect(found).not.toContain(withdrawn.id);
    expect(found).not.toContain(later.id);
    // A proposal under review is compared within its own term and earlier ones.
    const review = (await ok(staff.get(`/api/proposals/${later.id}/similar`), 'similar')).items as Item[];
    expect(review.map((x) => x.id)).toContain(earlier.id);
  });

  it('lets the office compare a proposal at review with the others, leaving out itself and those merged into it', async () => {
    const second = await submitted(li, { ...body(REWORDED.parking), category: '城乡建设' });
    const before = (await ok(staff.get(`/api/proposals/${ids.parking}/similar`), 'similar')).items as Item[];
    expect(before.map((x) => x.id)).not.toContain(ids.parking);
    expect(before[0]).toMatchObject({ id: second.id, canOpen: true });
    await ok(staff.post('/api/proposals/merge', { mainId: ids.parking, otherIds: [second.id] }), 'merge');
    const after = (await ok(staff.get(`/api/proposals/${ids.parking}/similar`), 'similar')).items as Item[];
    expect(after.map((x) => x.id)).not.toContain(second.id);
    // Members and handling units do not review: the proposer gets 403, others do not see it at all.
    expectError(await zhang.get(`/api/proposals/${ids.elevator}/similar`), 403);
    expectError(await wang.get(`/api/proposals/${ids.elevator}/similar`), 404);
    expectError(await staff.get('/api/proposals/99999999/similar'), 404);
  });

  it('finds a returned and revised proposal by its new text only', async () => {
    const reading = PROPOSAL_TEXTS.find((x) => x.key === 'reading-rooms')!;
    const p = await submitted(wang, { ...body(reading), title: '关于多建城市书房的建议', category: '城乡建设' });
    expect((await similar(li, reading)).slice(0, 2).map((x) => x.id)).toContain(p.id);
    const returned = await ok(
      staff.post(`/api/proposals/${p.id}/return`, { note: '与已有提案重复，请改写' }),
      'return',
    );
    const school = PROPOSAL_TEXTS.find((x) => x.key === 'school-food')!;
    await ok(
      wang.patch(`/api/proposals/${p.id}`, {
        title: '关于校园食堂实行自营和明厨亮灶的建议',
        reasons: school.reasons,
        suggestions: school.suggestions,
        version: returned.version,
      }),
      'revise',
    );
    await ok(wang.post(`/api/proposals/${p.id}/submit`, {}), 'resubmit');
    const readingNow = await similar(li, reading);
    expect(readingNow[0]!.id).toBe(ids['reading-rooms']);
    expect(readingNow.find((x) => x.id === p.id)?.score ?? 0).toBeLessThan(0.15);
    expect((await similar(li, school)).slice(0, 2).map((x) => x.id)).toContain(p.id);
    // While editing it again, the drafter can leave his own proposal out.
    expect((await similar(wang, { ...school, excludeId: p.id })).map((x) => x.id)).not.toContain(p.id);
  });

  it('answers 4xx to bad input and to accounts that neither draft nor review', async () => {
    expectError(await wang.post('/api/proposals/similar', { title: 123 }), 400, 'VALIDATION_FAILED');
    expectError(await wang.post('/api/proposals/similar', { title: 'x'.repeat(121) }), 400, 'VALIDATION_FAILED');
    expectError(await staff.get('/api/proposals/abc/similar'), 400, 'VALIDATION_FAILED');
    const unit = await login(ctx, 'jiaoyuju', PASSWORD);
    expectError(await unit.post('/api/proposals/similar', body(REWORDED.elevator)), 403);
    const leader = await login(ctx, 'leader', PASSWORD);
    expectError(await leader.post('/api/proposals/similar', body(REWORDED.elevator)), 403);
  });

  it('fills in vectors missing from the table and recomputes those cut with an older lexicon', async () => {
    const db = ctx.platform.db;
    await db.deleteFrom('proposal_vectors').where('proposal_id', '=', ids.homecare!).execute();
    await db
      .updateTable('proposal_vectors')
      .set({ terms: '@00000000 背街小巷 路灯' })
      .where('proposal_id', '=', ids.alleys!)
      .execute();
    const other = await buildApp(ctx.config, { clock: ctx.clock, logger: false, webDir: null });
    try {
      await other.app.ready();
      // The start-up task of a fresh instance: load the index, then fill in and recompute.
      await other.platform.jobs.tick();
      const rows = await db
        .selectFrom('proposal_vectors')
        .select(['proposal_id', 'terms'])
        .where('proposal_id', 'in', [ids.homecare!, ids.alleys!])
        .execute();
      expect(rows).toHaveLength(2);
      for (const r of rows) expect(r.terms.startsWith(`@${VECTOR_VERSION} `)).toBe(true);
      expect(rows.find((r) => r.proposal_id === ids.alleys)!.terms).toContain('街巷');
      const wangThere = await login(other, 'wangzhiqiang', PASSWORD);
      expect(
        (
          await similar(
            wangThere,
            PROPOSAL_TEXTS.find((x) => x.key === 'alleys')!,
          )
        )[0],
      ).toMatchObject({ id: ids.alleys, exact: true });
      const homecare = PROPOSAL_TEXTS.find((x) => x.key === 'homecare')!;
      const near = (await similar(wangThere, { ...homecare, title: '关于社区养老服务的几点建议' }))[0]!;
      expect(near).toMatchObject({ id: ids.homecare, exact: false });
      expect(near.score).toBeGreaterThan(0.8);
    } finally {
      await other.app.close();
    }
  });

  it('another app instance on the same database sees proposals submitted through this one within seconds', async () => {
    const other = await buildApp(ctx.config, { clock: ctx.clock, logger: false, webDir: null });
    try {
      await other.app.ready();
      const wangThere = await login(other, 'wangzhiqiang', PASSWORD);
      const probe = {
        title: '关于规范城市共享单车停放秩序的建议',
        reasons: '共享单车投放过量，地铁站口和人行道乱停乱放严重，运维调度不及时，影响行人通行和市容。',
        suggestions: '一、按需核定投放总量。二、划设电子围栏停放区。三、对企业调度和清运实行考核。',
      };
      expect((await similar(wangThere, probe)).some((x) => x.score > 0.5)).toBe(false);
      const p = await submitted(li, { ...probe, category: '城乡建设' });
      await new Promise((r) => setTimeout(r, POLL_MS + 100));
      expect((await similar(wangThere, probe))[0]).toMatchObject({ id: p.id, exact: true });
    } finally {
      await other.app.close();
    }
  });
});
