// Handling-unit evaluation (承办单位考评) per unit per year: sign-for and on-time reply
// rates, result classes, the proposers' satisfaction, overdue and unfulfilled commitments,
// the democratic evaluation score, and the composite ranking (evaluation.formula.ts).
// A unit's year is the year (China time) in which it received the assignments.
import ExcelJS from 'exceljs';
import { inTransaction, type Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import type { AuditLog } from '../../../platform/audit/audit-log.js';
import { chinaDate, chinaYearBounds, type Clock } from '../../../platform/clock.js';
import { conflict, invalid } from '../../../platform/errors.js';
import { COMMITMENT_PENALTY, FORMULA_TEXT, OVERDUE_PENALTY, PENALTY_CAP, rank, WEIGHTS } from './evaluation.model.js';
import type { EvaluationRepo, EvaluationScope } from './evaluation.repo.js';
import type { EvaluationRow, EvaluationTable } from './evaluation.schema.js';
import { reportingAccess } from './reporting.policy.js';
import { groupBy } from '../../../platform/group-by.js';

export const EVALUATION_NOTES = [
  '年度按承办单位收到交办的时间（北京时间）计；被机关撤销的交办不计入。',
  '按时签收率 = 在签收期限内签收的件数 ÷ 已到签收期限或已签收的件数（退回交办的件数单列，不计入）。',
  '按时答复率 = 在答复期限内提交正式答复的件数 ÷ 已到答复期限或已答复的主办、分办件数；会办单位只提出会办意见，不计答复率。',
  '满意率 =（满意 + 基本满意）÷ 已测评件数，取提案人对每件提案的最近一次测评。',
  '民主评议得分暂由提案委（机关）录入；民主评议模块建成后改由评议结果自动生成。',
];

const num = (v: unknown) => Number(v ?? 0);
const rateOf = (numerator: number, denominator: number) => ({
  numerator,
  denominator,
  rate: denominator ? Math.round((numerator / denominator) * 10000) / 10000 : null,
});

export function createEvaluationService(deps: {
  db: Db;
  evaluationRepo: EvaluationRepo;
  audit: AuditLog;
  clock: Clock;
}) {
  const { db, evaluationRepo: repo, audit, clock } = deps;

  async function compute(orgId: number, year: number): Promise<EvaluationTable> {
    const units = await repo.units(db, orgId);
    const s: EvaluationScope = {
      orgId,
      unitIds: units.map((u) => u.id),
      ...chinaYearBounds(year),
      today: chinaDate(clock.now()),
    };
    const empty = {
      orgId,
      year,
      formula: FORMULA_TEXT,
      notes: EVALUATION_NOTES,
      weights: WEIGHTS,
      penalties: { overdue: OVERDUE_PENALTY, commitment: COMMITMENT_PENALTY, cap: PENALTY_CAP },
      items: [],
    };
    if (!units.length) return empty;
    const [assignments, classes, satisfaction, commitments, scores] = await Promise.all([
      repo.assignmentFigures(db, s),
      repo.resultClasses(db, s),
      repo.satisfaction(db, s),
      repo.commitments(db, s),
      repo.scores(db, orgId, year),
    ]);
    const byUnit = <T extends { unit_id: number }>(rows: T[]) => new Map(rows.map((r) => [r.unit_id, r]));
    const [a, f, c, sc] = [byUnit(assignments), byUnit(satisfaction), byUnit(commitments), byUnit(scores)];
    const classesOf = groupBy(classes, (r) => r.unit_id);
    const rows = units.map((u) => {
      const ax = a.get(u.id);
      const fx = f.get(u.id);
      const cx = c.get(u.id);
      const cls = { A: 0, B: 0, C: 0, D: 0 };
      for (const r of classesOf.get(u.id) ?? []) if (r.result_class) cls[r.result_class] += num(r.n);
      const rated = num(fx?.rated);
      return {
        unit: { id: u.id, name: u.name, shortName: u.short_name, active: u.active === 1 },
        assigned: num(ax?.assigned),
        declined: num(ax?.declined),
        signFor: rateOf(num(ax?.signed_on_time), num(ax?.sign_due)),
        onTimeReply: rateOf(num(ax?.replied_on_time), num(ax?.reply_due)),
        resultClasses: cls,
        attitude: {
          ...rateOf(num(fx?.attitude_satisfied) + num(fx?.attitude_basic), rated),
          satisfied: num(fx?.attitude_satisfied),
          basic: num(fx?.attitude_basic),
        },
        result: {
          ...rateOf(num(fx?.result_satisfied) + num(fx?.result_basic), rated),
          satisfied: num(fx?.result_satisfied),
          basic: num(fx?.result_basic),
        },
        overdue: num(ax?.overdue),
        commitments: { total: num(cx?.total), done: num(cx?.done), unfulfilled: num(cx?.unfulfilled) },
        democraticScore: sc.has(u.id) ? Number(sc.get(u.id)!.score) : null,
        sortOrder: u.sort_order,
      };
    });
    // Units that are no longer active and had nothing this year are left out of the table.
    const shown = rows.filter((r) => r.unit.active || r.assigned > 0 || r.democraticScore !== null);
    const ranked = rank(shown, (x, y) => x.sortOrder - y.sortOrder || x.unit.id - y.unit.id);
    return { ...empty, items: ranked.map(({ sortOrder: _s, ...r }): EvaluationRow => r) };
  }

  function yearOf(year: number | undefined): number {
    return year ?? Number(chinaDate(clock.now()).slice(0, 4));
  }

  return {
    async table(actor: Actor, year?: number) {
      reportingAccess.require(actor, 'evaluation');
      return compute(actor.currentOrgId, yearOf(year));
    },

    /** The office enters the democratic evaluation scores until the evaluation module supplies them. */
    async saveScores(actor: Actor, input: { year: number; scores: { unitId: number; score: number }[] }) {
      reportingAccess.require(actor, 'evaluationScores');
      const units = new Set((await repo.units(db, actor.orgId)).map((u) => u.id));
      const bad = input.scores.findIndex((s) => !units.has(s.unitId));
      if (bad >= 0) throw invalid(`scores.${bad}.unitId`, '承办单位不属于本组织');
      // A score an evaluation campaign supplied is the campaign's result, not the office's to retype.
      const supplied = new Set(
        (await repo.scores(db, actor.orgId, input.year)).filter((r) => r.source !== 'office').map((r) => r.unit_id),
      );
      const fromCampaign = input.scores.findIndex((s) => supplied.has(s.unitId));
      if (fromCampaign >= 0)
        throw conflict('SCORE_FROM_CAMPAIGN', '该单位本年度的民主评议得分来自评议活动，不能手工修改');
      await inTransaction(db, async (trx) => {
        const at = clock.now().toISOString();
        for (const s of input.scores) {
          await repo.saveScore(trx, {
            orgId: actor.orgId,
            unitId: s.unitId,
            year: input.year,
            score: s.score,
            source: 'office',
            at,
          });
        }
        await audit.append(trx, actor, {
          action: 'unit_evaluation.scores',
          objectType: 'organisation',
          objectId: actor.orgId,
          orgId: actor.orgId,
          detail: { year: input.year, scores: input.scores },
        });
      });
      return compute(actor.orgId, input.year);
    },

    /** The ranked table as a workbook; the export is recorded in the audit trail. */
    async exportXlsx(actor: Actor, year?: number): Promise<{ year: number; data: Buffer }> {
      reportingAccess.require(actor, 'evaluation');
      const t = await compute(actor.currentOrgId, yearOf(year));
      await inTransaction(db, (trx) =>
        audit.append(trx, actor, {
          action: 'unit_evaluation.export',
          objectType: 'organisation',
          objectId: actor.currentOrgId,
          orgId: actor.currentOrgId,
          detail: { year: t.year, rows: t.items.length },
        }),
      );
      return { year: t.year, data: await workbook(t) };
    },
  };
}

const pct = (r: { rate: number | null }) => (r.rate === null ? '' : Math.round(r.rate * 1000) / 10);

async function workbook(t: EvaluationTable): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet(`${t.year}年承办单位考评`, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: '名次', key: 'rank', width: 6 },
    { header: '承办单位', key: 'unit', width: 24 },
    { header: '交办件数', key: 'assigned', width: 9 },
    { header: '退回件数', key: 'declined', width: 9 },
    { header: '按时签收率(%)', key: 'sign', width: 13 },
    { header: '按时答复率(%)', key: 'reply', width: 13 },
    { header: 'A类', key: 'A', width: 6 },
    { header: 'B类', key: 'B', width: 6 },
    { header: 'C类', key: 'C', width: 6 },
    { header: 'D类', key: 'D', width: 6 },
    { header: '态度满意率(%)', key: 'attitude', width: 13 },
    { header: '结果满意率(%)', key: 'result', width: 13 },
    { header: '超期未答复', key: 'overdue', width: 10 },
    { header: '逾期未兑现承诺', key: 'unfulfilled', width: 14 },
    { header: '民主评议得分', key: 'democratic', width: 12 },
    { header: '综合得分', key: 'composite', width: 10 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const r of t.items) {
    sheet.addRow({
      rank: r.rank ?? '',
      unit: r.unit.name,
      assigned: r.assigned,
      declined: r.declined,
      sign: pct(r.signFor),
      reply: pct(r.onTimeReply),
      ...r.resultClasses,
      attitude: pct(r.attitude),
      result: pct(r.result),
      overdue: r.overdue,
      unfulfilled: r.commitments.unfulfilled,
      democratic: r.democraticScore ?? '',
      composite: r.composite ?? '',
    });
  }
  sheet.addRow([]);
  for (const line of [`计分办法：${t.formula}`, ...t.notes]) sheet.addRow([line]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export type EvaluationService = ReturnType<typeof createEvaluationService>;
