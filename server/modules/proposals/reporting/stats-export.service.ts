// The statistics page taken away: an Excel workbook of the figures (a summary sheet, one sheet
// per breakdown) followed by the proposals behind them, and a Word summary the office builds
// its annual proposal work report on. Both read the very figures the page shows (same scope,
// same visibility) and are recorded in the audit trail before any byte is sent.
import type { Writable } from 'node:stream';
import type { Db } from '../../../db/tx.js';
import { inTransaction } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import type { AuditLog } from '../../../platform/audit/audit-log.js';
import { chinaDate, zhDate, type Clock } from '../../../platform/clock.js';
import { streamedWorkbook } from '../../../platform/files/sheet-stream.js';
import { orgName } from '../../orgs/index.js';
import { coreAccess } from '../core/proposals.policy.js';
import { listQuery } from '../core/proposals.schema.js';
import type { ListExport } from './export-list.service.js';
import { LIST_COLUMNS } from './export-list.service.js';
import { reportDocument } from './stats-report.js';
import type { Bucket, StatsQuery, StatsResponse } from './stats.schema.js';
import type { StatsService } from './stats.service.js';

/** 0.8571 → 85.7 (a share as a percentage with one decimal), '' when there is nothing to divide. */
export const percent = (rate: number | null) => (rate === null ? '' : Math.round(rate * 1000) / 10);
const shareOf = (count: number, total: number) => (total ? percent(count / total) : '');

/** The breakdowns, in the page's order: sheet name and buckets. */
export function breakdowns(s: StatsResponse): [string, Bucket[]][] {
  return [
    ['按状态', s.byState],
    ['按类型', s.byKind],
    ['按类别', s.byCategory],
    ['按主题', s.byTheme],
    ['按界别', s.bySector],
    ['按专委会', s.byCommittee],
    ['答复等级', s.resultClasses],
    ['办理态度评价', s.satisfaction.attitude.buckets],
    ['办理结果评价', s.satisfaction.result.buckets],
  ];
}

/** The summary's lines: what the page shows at the top. */
export function summaryLines(s: StatsResponse): [string, number | string][] {
  const { attitude, result } = s.satisfaction;
  return [
    ['提案总数（件）', s.total],
    ['交办承办单位（家）', s.byUnit.length],
    ['应答复（件）', s.onTimeReply.due],
    ['按时答复（件）', s.onTimeReply.onTime],
    ['按时答复率（%）', percent(s.onTimeReply.rate)],
    ['当前超期未答复（件）', s.onTimeReply.overdueNow.count],
    ['已评价（件）', attitude.rated],
    ['办理态度满意及基本满意率（%）', percent(attitude.rate)],
    ['办理结果满意及基本满意率（%）', percent(result.rate)],
  ];
}

export function createStatsExport(deps: {
  db: Db;
  stats: StatsService;
  list: ListExport;
  audit: AuditLog;
  clock: Clock;
}) {
  const { db, stats, list, audit, clock } = deps;

  /** The figures (checking the viewer may read them), the export audited. */
  async function figures(actor: Actor, q: StatsQuery, action: 'proposal.stats_export' | 'proposal.stats_report') {
    const s = await stats.stats(actor, q);
    await inTransaction(db, (trx) =>
      audit.append(trx, actor, {
        action,
        objectType: 'organisation',
        objectId: actor.currentOrgId,
        orgId: actor.currentOrgId,
        detail: { termId: q.termId ?? null, sessionId: q.sessionId ?? null, total: s.total },
      }),
    );
    return s;
  }

  const title = async (actor: Actor) => `${await orgName(db, actor.currentOrgId)}提案统计`;

  return {
    async prepareXlsx(actor: Actor, q: StatsQuery) {
      const s = await figures(actor, q, 'proposal.stats_export');
      const name = `${await title(actor)}-${chinaDate(clock.now())}.xlsx`;
      const mayList = coreAccess.has(actor, 'list');
      async function write(out: Writable) {
        const wb = streamedWorkbook(out);
        const summary = wb.sheet('概况', [
          { header: '项目', key: 'item', width: 34 },
          { header: '数值', key: 'value', width: 14 },
        ]);
        for (const [item, value] of summaryLines(s)) summary.addRow({ item, value }).commit();
        for (const [sheetName, buckets] of breakdowns(s)) {
          const sheet = wb.sheet(sheetName, [
            { header: '分组', key: 'label', width: 30 },
            { header: '件数', key: 'count', width: 10 },
            { header: '占比（%）', key: 'share', width: 10 },
          ]);
          const total = buckets.reduce((n, b) => n + b.count, 0);
          for (const b of buckets)
            sheet.addRow({ label: b.label, count: b.count, share: shareOf(b.count, total) }).commit();
        }
        const units = wb.sheet('按承办单位', [
          { header: '承办单位', key: 'label', width: 30 },
          { header: '承办件数', key: 'count', width: 10 },
          { header: '其中主办', key: 'lead', width: 10 },
        ]);
        for (const u of s.byUnit) units.addRow({ label: u.label, count: u.count, lead: u.lead }).commit();
        // The proposals behind the figures: the list the page's drill-downs open, for a viewer who
        // may list proposals (a party or government leader reads the figures, not the list).
        if (mayList) await list.writeAll(wb.sheet('提案清单', LIST_COLUMNS), actor, listQuery.parse(s.query));
        await wb.finish();
      }
      return { name, write };
    },

    async reportDocx(actor: Actor, q: StatsQuery): Promise<{ name: string; data: Buffer }> {
      const s = await figures(actor, q, 'proposal.stats_report');
      const heading = await title(actor);
      const data = await reportDocument({ heading, date: zhDate(clock.now().toISOString()), stats: s });
      return { name: `${heading}报告-${chinaDate(clock.now())}.docx`, data };
    },
  };
}

export type StatsExport = ReturnType<typeof createStatsExport>;
