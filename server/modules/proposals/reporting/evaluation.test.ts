import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFixture, PASSWORD, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, login, type Client, type TestContext } from '../../../test/harness.js';
import { addAssignment, addCommitment, addFeedback, addReply } from './outcomes.test-helpers.js';
import { accepted } from '../core/proposals.test-helpers.js';

/**
 * A hand-built year for two units, evaluated on 2026-11-01 (China time).
 *
 * 市教育局 (U1):
 *   P1 lead  signed 03-12 (deadline 03-15, on time); a reply sent back, then class A on 06-01 (deadline 06-10, on time);
 *            rated satisfied / satisfied
 *   P2 lead  signed 03-20 (late); class B on 06-20 (late); rated unsatisfied/unsatisfied, re-handled, then basic / unsatisfied;
 *            two commitments: one open past its date (09-30), one open not yet due (12-31)
 *   P3 lead  signed on time, no reply, deadline 06-10 passed -> overdue
 *   P4 co    signed on time, a co-opinion (co units are not in the reply figures)
 *   P5 lead  still pending, sign deadline 10-30 passed, reply deadline 2027-01-30 not yet
 *   P6 lead  assigned in 2025 (not this year)
 *   P7 lead  declined;  P8 lead cancelled by the office (not counted at all)
 *   democratic score 80
 *   => assigned 6, declined 1, sign-for 3/5, on-time 1/3, A1 B1, attitude 2/2, result 1/2, overdue 1, unfulfilled 1
 *   composite = (15*0.6 + 25/3 + 15*1 + 20*0.5 + 20*0.8 + 5*1) / 100 * 100 - (2*1 + 1*1) = 63.333 - 3 = 60.3
 * 市住房和城乡建设局 (U2):
 *   P4 lead  signed, class C on time, rated basic / basic, one commitment done
 *   P9 lead  signed, class A on time, rated satisfied / satisfied
 *   => sign-for 2/2, on-time 2/2, A1 C1 (solved share 0.5), attitude 2/2, result 2/2, no score
 *   composite = (15 + 25 + 15 + 20 + 5*0.5) / 80 * 100 = 96.875 -> 96.9
 * 市卫生健康委员会 (U3): nothing this year -> no composite, no rank.
 */
describe(`proposals: handling-unit evaluation (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let staff: Client;
  let leader: Client;
  let member: Client;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    ctx.clock.set('2026-11-01T02:00:00.000Z');
    [staff, leader, member] = await Promise.all([
      login(ctx, 'staff', PASSWORD),
      login(ctx, 'leader', PASSWORD),
      login(ctx, 'zhangjianguo', PASSWORD),
    ]);
    const db = ctx.platform.db;
    const u1 = fx.units['市教育局']!;
    const u2 = fx.units['市住房和城乡建设局']!;
    const by = fx.users.unit!.id;
    const zhang = fx.members.zhang!;
    const ps: number[] = [];
    for (let i = 0; i < 9; i++) ps.push((await accepted(member, staff)).id);
    const [p1, p2, p3, p4, p5, p6, p7, p8, p9] = ps as [
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    const t = (d: string) => `${d}T02:00:00.000Z`;

    const a1 = await addAssignment(db, { proposal_id: p1, unit_id: u1, status: 'replied', signed_at: t('2026-03-12') });
    await addReply(db, {
      assignment_id: a1,
      created_by: by,
      result_class: 'D',
      status: 'sent_back',
      created_at: t('2026-05-20'),
    });
    await addReply(db, { assignment_id: a1, created_by: by, result_class: 'A', created_at: t('2026-06-01') });
    await addFeedback(db, { proposal_id: p1, member_id: zhang, attitude: 'satisfied', result: 'satisfied' });

    const a2 = await addAssignment(db, { proposal_id: p2, unit_id: u1, status: 'replied', signed_at: t('2026-03-20') });
    const r2 = await addReply(db, {
      assignment_id: a2,
      created_by: by,
      result_class: 'B',
      created_at: t('2026-06-20'),
    });
    await addFeedback(db, {
      proposal_id: p2,
      member_id: zhang,
      round: 1,
      attitude: 'unsatisfied',
      result: 'unsatisfied',
    });
    await addFeedback(db, { proposal_id: p2, member_id: zhang, round: 2, attitude: 'basic', result: 'unsatisfied' });
    await addCommitment(db, { reply_id: r2, due_date: '2026-09-30' });
    await addCommitment(db, { reply_id: r2, due_date: '2026-12-31' });

    await addAssignment(db, { proposal_id: p3, unit_id: u1, status: 'signed', signed_at: t('2026-03-11') });
    const a4co = await addAssignment(db, {
      proposal_id: p4,
      unit_id: u1,
      role: 'co',
      status: 'replied',
      signed_at: t('2026-03-11'),
    });
    await addReply(db, {
      assignment_id: a4co,
      created_by: by,
      kind: 'co_opinion',
      result_class: null,
      created_at: t('2026-04-01'),
    });
    await addAssignment(db, {
      proposal_id: p5,
      unit_id: u1,
      status: 'pending_sign',
      created_at: t('2026-10-25'),
      sign_deadline: '2026-10-30',
      reply_deadline: '2027-01-30',
    });
    await addAssignment(db, {
      proposal_id: p6,
      unit_id: u1,
      status: 'signed',
      created_at: t('2025-05-01'),
      sign_deadline: '2025-05-08',
      reply_deadline: '2025-08-01',
      signed_at: t('2025-05-20'),
    });
    await addAssignment(db, {
      proposal_id: p7,
      unit_id: u1,
      status: 'declined',
      declined_at: t('2026-03-11'),
      decline_reason: '不属于本单位职责',
    });
    await addAssignment(db, { proposal_id: p8, unit_id: u1, status: 'cancelled', signed_at: null });

    const b4 = await addAssignment(db, { proposal_id: p4, unit_id: u2, status: 'replied', signed_at: t('2026-03-13') });
    const rb4 = await addReply(db, {
      assignment_id: b4,
      created_by: by,
      result_class: 'C',
      created_at: t('2026-06-05'),
    });
    await addCommitment(db, { reply_id: rb4, due_date: '2026-08-01', status: 'done', done_at: t('2026-07-30') });
    await addFeedback(db, { proposal_id: p4, member_id: zhang, attitude: 'basic', result: 'basic' });
    const b9 = await addAssignment(db, { proposal_id: p9, unit_id: u2, status: 'replied', signed_at: t('2026-03-14') });
    await addReply(db, { assignment_id: b9, created_by: by, result_class: 'A', created_at: t('2026-06-10') });
    await addFeedback(db, { proposal_id: p9, member_id: zhang });
  });
  afterAll(async () => ctx?.close());

  it('figures per unit match the hand-computed ones, and units are ranked by the documented formula', async () => {
    const saved = await staff.put('/api/proposals/unit-evaluation/scores', {
      year: 2026,
      scores: [{ unitId: fx.units['市教育局'], score: 80 }],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const res = await leader.get('/api/proposals/unit-evaluation?year=2026');
    expect(res.statusCode, res.body).toBe(200);
    const table = res.json();
    expect(table.formula).toContain('按时答复率 25');
    expect(table.notes.join('')).toContain('民主评议模块建成后');
    // The same figures, for a client that words the formula in its reader's language.
    expect(table.weights).toMatchObject({ onTimeReply: 25, signFor: 15 });
    expect(table.penalties).toEqual({ overdue: 2, commitment: 1, cap: 30 });
    expect(table.items.map((i: { unit: { name: string }; rank: number | null }) => [i.unit.name, i.rank])).toEqual([
      ['市住房和城乡建设局', 1],
      ['市教育局', 2],
      ['市卫生健康委员会', null],
    ]);
    const [u2, u1, u3] = table.items;
    expect(u1).toMatchObject({
      assigned: 6,
      declined: 1,
      signFor: { numerator: 3, denominator: 5, rate: 0.6 },
      onTimeReply: { numerator: 1, denominator: 3, rate: 0.3333 },
      resultClasses: { A: 1, B: 1, C: 0, D: 0 },
      attitude: { numerator: 2, denominator: 2, rate: 1, satisfied: 1, basic: 1 },
      result: { numerator: 1, denominator: 2, rate: 0.5, satisfied: 1, basic: 0 },
      overdue: 1,
      commitments: { total: 2, done: 0, unfulfilled: 1 },
      democraticScore: 80,
      composite: 60.3,
    });
    expect(u2).toMatchObject({
      assigned: 2,
      declined: 0,
      signFor: { rate: 1 },
      onTimeReply: { numerator: 2, denominator: 2, rate: 1 },
      resultClasses: { A: 1, B: 0, C: 1, D: 0 },
      attitude: { rate: 1 },
      result: { rate: 1 },
      overdue: 0,
      commitments: { total: 1, done: 1, unfulfilled: 0 },
      democraticScore: null,
      composite: 96.9,
    });
    expect(u3).toMatchObject({ assigned: 0, signFor: { rate: null }, composite: null, rank: null });

    const lastYear = (await staff.get('/api/proposals/unit-evaluation?year=2025')).json();
    expect(lastYear.items.find((i: { unit: { name: string } }) => i.unit.name === '市教育局')).toMatchObject({
      assigned: 1,
      signFor: { numerator: 0, denominator: 1 },
      overdue: 1,
      democraticScore: null,
    });
  });

  it('only the office enters scores, for its own units; members see no evaluation', async () => {
    expectError(
      await leader.put('/api/proposals/unit-evaluation/scores', {
        year: 2026,
        scores: [{ unitId: fx.units['市教育局'], score: 90 }],
      }),
      403,
    );
    expectError(
      await staff.put('/api/proposals/unit-evaluation/scores', {
        year: 2026,
        scores: [{ unitId: fx.countyUnit, score: 90 }],
      }),
      400,
      'VALIDATION_FAILED',
    );
    expectError(
      await staff.put('/api/proposals/unit-evaluation/scores', {
        year: 2026,
        scores: [{ unitId: fx.units['市教育局'], score: 101 }],
      }),
      400,
    );
    expectError(await member.get('/api/proposals/unit-evaluation'), 403);
    expectError(await staff.get('/api/proposals/unit-evaluation?year=abc'), 400, 'VALIDATION_FAILED');
  });

  it('exports the ranked table as Excel and records the export', async () => {
    const res = await staff.get('/api/proposals/unit-evaluation/export?year=2026');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('2026年承办单位考评.xlsx'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getRow(1).getCell(2).value).toBe('承办单位');
    const first = sheet.getRow(2);
    expect([first.getCell(1).value, first.getCell(2).value, first.getCell(16).value]).toEqual([
      1,
      '市住房和城乡建设局',
      96.9,
    ]);
    const second = sheet.getRow(3);
    expect([
      second.getCell(2).value,
      second.getCell(5).value,
      second.getCell(6).value,
      second.getCell(15).value,
    ]).toEqual(['市教育局', 60, 33.3, 80]);
    const audit = await ctx.platform.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('action', '=', 'unit_evaluation.export')
      .execute();
    expect(audit).toHaveLength(1);
  });
});
