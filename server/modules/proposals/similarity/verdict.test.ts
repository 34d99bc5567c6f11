// The likely-duplicate verdict on the similar-proposal answers and in the review queue:
// 疑似重复 for a reworded copy, 同一主题 for another proposal on the subject, nothing for an
// unrelated one; the reasons, and the match's words only for those who may open it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, login, type Client, type TestContext } from '../../../test/harness.js';
import { PROPOSAL_TEXTS, REWORDED, UNRELATED, type ProposalText } from '../../../test/proposal-texts.js';
import { ok, submitted } from '../core/proposals.test-helpers.js';
import type { ReviewDuplicates, SimilarItem } from './similarity.schema.js';
import { body, corpusOnFile } from './similarity.test-helpers.js';

const text = (key: string) => PROPOSAL_TEXTS.find((x) => x.key === key)!;

/** The same subject as 'elevator' (lifts in old blocks), another ask: the upkeep of lifts already there. */
const LIFT_UPKEEP = {
  title: '关于做好老旧小区既有加装电梯运行维护的建议',
  reasons:
    '这几年我市老旧小区加装电梯越来越多，居民上下楼方便了，但电梯装上以后谁来管、钱从哪里来的问题逐渐暴露。不少小区没有物业，维保合同到期无人续签，年检费用和电费分摊吵个不停，有的电梯因故障停运数月无人修理，老人又回到了爬楼的日子。',
  suggestions:
    '一、明确加装电梯的使用管理责任人，由业主共同委托专业维保单位，签订长期维保合同。二、设立加装电梯维护资金，从住宅专项维修资金中列支，不足部分由受益业主按楼层比例分摊。三、将加装电梯纳入特种设备安全监管，市场监管部门每年开展专项检查。四、推行电梯物联网远程监测，故障自动报警、限时修复。',
};

describe(`proposals: the likely-duplicate verdict (${ENGINE})`, () => {
  let ctx: TestContext;
  let zhang: Client, li: Client, wang: Client, staff: Client;
  let ids: Record<string, number> = {};
  const similar = async (c: Client, t: Omit<ProposalText, 'key'>) => {
    const res = await c.post('/api/proposals/similar', body(t));
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items as SimilarItem[];
  };

  beforeAll(async () => {
    ctx = await createTestContext();
    ({ zhang, li, wang, staff, ids } = await corpusOnFile(ctx));
  });
  afterAll(async () => ctx?.close());

  it('marks a reworded copy 疑似重复 and says which asks coincide', async () => {
    const items = await similar(zhang, REWORDED.elevator);
    expect(items[0]).toMatchObject({ id: ids.elevator, verdict: 'duplicate', exact: false, canOpen: true });
    const asks = items[0]!.reasons.filter((r) => r.kind === 'ask');
    expect(asks.length).toBeGreaterThanOrEqual(3);
    // Pairs of ask sentences: the draft's and the original's, both as written.
    expect(asks).toContainEqual(
      expect.objectContaining({
        ask: expect.stringContaining('住房公积金'),
        matched: expect.stringContaining('住房公积金'),
      }),
    );
    for (const r of asks) if (r.kind === 'ask') expect(text('elevator').suggestions).toContain(r.matched!);
    // No other proposal of the corpus is the same proposal.
    expect(items.slice(1).filter((x) => x.verdict === 'duplicate')).toEqual([]);
    const parking = await similar(zhang, REWORDED.parking);
    expect(parking[0]).toMatchObject({ id: ids.parking, verdict: 'duplicate' });
  });

  it('marks a proposal on the same subject with other asks 同一主题, not 疑似重复', async () => {
    const items = await similar(zhang, LIFT_UPKEEP);
    expect(items[0]).toMatchObject({ id: ids.elevator, verdict: 'related' });
    expect(items[0]!.reasons.length).toBeGreaterThan(0);
    expect(items.some((x) => x.verdict === 'duplicate')).toBe(false);
  });

  it('gives an unrelated proposal no verdict and no reasons; an exact copy is a duplicate', async () => {
    const items = await similar(zhang, UNRELATED);
    expect(items.length).toBeGreaterThan(0);
    for (const x of items) expect(x).toMatchObject({ verdict: null, reasons: [] });
    const copy = await similar(zhang, text('homecare'));
    expect(copy[0]).toMatchObject({ id: ids.homecare, exact: true, verdict: 'duplicate' });
  });

  it('shows a member who may not open the match only his own words in the reasons', async () => {
    const res = await wang.post('/api/proposals/similar', body(REWORDED.elevator));
    const first = (res.json().items as SimilarItem[])[0]!;
    expect(first).toMatchObject({ id: ids.elevator, canOpen: false, verdict: 'duplicate' });
    const asks = first.reasons.filter((r) => r.kind === 'ask');
    expect(asks.length).toBeGreaterThan(0);
    for (const r of first.reasons) if (r.kind === 'ask' || r.kind === 'figure') expect(r.matched).toBeNull();
    for (const r of asks) if (r.kind === 'ask') expect(REWORDED.elevator.suggestions).toContain(r.ask);
    // Not one sentence of the original's asks is in the answer.
    for (const sentence of text('elevator')
      .suggestions.split(/[一二三四]、/)
      .filter((s) => s.length > 8))
      expect(res.body).not.toContain(sentence.slice(0, 14));
  });

  it('gives the office the verdict at review too', async () => {
    const copy = await submitted(li, { ...body(REWORDED.parking), category: '城乡建设' });
    const items = (await ok(staff.get(`/api/proposals/${copy.id}/similar`), 'similar')).items as SimilarItem[];
    expect(items[0]).toMatchObject({ id: ids.parking, verdict: 'duplicate', canOpen: true });
    expect(items[0]!.reasons.some((r) => r.kind === 'ask' && r.matched)).toBe(true);
  });

  it('lists the likely duplicates of the review queue, of each other and of earlier proposals', async () => {
    // The parking copy (submitted above) and the original are both waiting; the lifts copy repeats an accepted one.
    const liftCopy = await submitted(wang, { ...body(REWORDED.elevator), category: '城乡建设' });
    const upkeep = await submitted(wang, { ...body(LIFT_UPKEEP), category: '城乡建设' });
    const queue = (await ok(staff.get('/api/proposals?state=submitted&pageSize=100'), 'queue')).items as {
      id: number;
    }[];
    const pageIds = queue.map((x) => x.id);
    expect(pageIds).toEqual(expect.arrayContaining([ids.parking, liftCopy.id, upkeep.id]));
    const res = await ok(
      staff.get(`/api/proposals/review/duplicates?ids=${[...pageIds, ids.elevator].join(',')}`),
      'dups',
    );
    const byId = new Map((res.items as ReviewDuplicates['items']).map((x) => [x.id, x]));
    const parkingCopy = queue.find((x) => x.id !== ids.parking && byId.get(x.id)?.duplicates[0]?.id === ids.parking);
    expect(parkingCopy).toBeDefined();
    expect(byId.get(ids.parking)!.duplicates.map((d) => d.id)).toEqual([parkingCopy!.id]);
    expect(byId.get(liftCopy.id)!.duplicates[0]).toMatchObject({ id: ids.elevator, state: 'accepted' });
    expect(byId.get(liftCopy.id)!.duplicates[0]!.numberLabel).toMatch(/号$/);
    // Not a duplicate: the same subject only; nor is the accepted original listed (it is not waiting).
    expect(byId.has(upkeep.id)).toBe(false);
    expect(byId.has(ids.elevator)).toBe(false);
    expect(byId.has(ids.homecare)).toBe(false);
  });

  it('keeps the review queue duplicates to the office, and refuses bad input', async () => {
    expectError(await zhang.get(`/api/proposals/review/duplicates?ids=${ids.parking}`), 403);
    expectError(await staff.get('/api/proposals/review/duplicates?ids=abc'), 400, 'VALIDATION_FAILED');
    expectError(await staff.get('/api/proposals/review/duplicates'), 400, 'VALIDATION_FAILED');
    const many = Array.from({ length: 101 }, (_, i) => i + 1).join(',');
    expectError(await staff.get(`/api/proposals/review/duplicates?ids=${many}`), 400, 'VALIDATION_FAILED');
    // Another organisation's office sees nothing of this one's queue.
    const county = await login(ctx, 'dongcheng', PASSWORD);
    const res = await ok(county.get(`/api/proposals/review/duplicates?ids=${ids.parking}`), 'county');
    expect(res.items).toEqual([]);
  });
});
