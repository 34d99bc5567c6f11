// The filtered proposal list as Excel, streamed: pages of the very list the viewer sees
// (same filters, same visibility, through the query service) are written row by row with
// exceljs's streaming writer, so memory stays flat however many rows there are.
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { inTransaction } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import type { AuditLog } from '../../../platform/audit/audit-log.js';
import type { Db } from '../../../db/tx.js';
import type { ExportsRepo } from './exports.repo.js';
import type { ListItem, ListQuery } from '../core/proposals.schema.js';
import type { QueryService } from '../core/query.service.js';
import { zhDate } from '../../../platform/clock.js';
import { streamedSheet } from '../../../platform/files/sheet-stream.js';
import { groupBy } from '../../../platform/group-by.js';
import { KIND_LABELS, STATE_LABELS } from '../core/proposals.texts.js';

const PAGE = 5000;

/** The list's columns, also the last sheet of the statistics workbook. */
export const LIST_COLUMNS = [
  { header: '序号', key: 'seq', width: 7 },
  { header: '提案编号', key: 'number', width: 24 },
  { header: '案由', key: 'title', width: 48 },
  { header: '提案人', key: 'proposers', width: 24 },
  { header: '类型', key: 'kind', width: 10 },
  { header: '类别', key: 'category', width: 12 },
  { header: '状态', key: 'state', width: 14 },
  { header: '主办（分办）单位', key: 'leadUnits', width: 28 },
  { header: '会办单位', key: 'coUnits', width: 28 },
  { header: '答复等级', key: 'resultClass', width: 9 },
  { header: '答复期限', key: 'deadline', width: 16 },
  { header: '是否超期', key: 'overdue', width: 9 },
  { header: '重点提案', key: 'key', width: 9 },
  { header: '优秀提案', key: 'excellent', width: 9 },
  { header: '提交日期', key: 'submitted', width: 16 },
];

export function createListExport(deps: { db: Db; query: QueryService; exportsRepo: ExportsRepo; audit: AuditLog }) {
  const { db, query, exportsRepo, audit } = deps;

  const page = (actor: Actor, q: ListQuery, n: number) => query.list(actor, { ...q, page: n, pageSize: PAGE });

  async function writeRows(sheet: ExcelJS.Worksheet, items: ListItem[], start: number) {
    const ids = items.map((i) => i.id);
    const [proposers, units] = await Promise.all([exportsRepo.proposerNames(db, ids), exportsRepo.unitNames(db, ids)]);
    const proposersOf = groupBy(proposers, (r) => r.proposal_id);
    const unitsOf = groupBy(units, (r) => r.proposal_id);
    items.forEach((i, k) => {
      const names = (proposersOf.get(i.id) ?? []).map((x) => x.name);
      const u = unitsOf.get(i.id) ?? [];
      sheet
        .addRow({
          seq: start + k + 1,
          number: i.numberLabel ?? '',
          title: i.title,
          proposers: i.kind === 'collective' ? (i.leadName ?? '') : names.join('、'),
          kind: KIND_LABELS[i.kind],
          category: i.category ?? '',
          state: STATE_LABELS[i.state],
          leadUnits: u
            .filter((x) => x.role !== 'co')
            .map((x) => x.name)
            .join('、'),
          coUnits: u
            .filter((x) => x.role === 'co')
            .map((x) => x.name)
            .join('、'),
          resultClass: i.resultClass ?? '',
          deadline: i.replyDeadline ? zhDate(i.replyDeadline) : '',
          overdue: i.overdue ? '超期' : '',
          key: i.isKey ? '是' : '',
          excellent: i.isExcellent ? '是' : '',
          submitted: i.submittedAt ? zhDate(i.submittedAt) : '',
        })
        .commit();
    });
  }

  /** Writes every proposal of the list `q`, as the viewer sees it, page by page into `sheet`. */
  async function writeAll(sheet: ExcelJS.Worksheet, actor: Actor, q: ListQuery, firstPage?: ListItem[]) {
    let items = firstPage ?? (await page(actor, q, 1)).items;
    for (let n = 1, written = 0; items.length; n++) {
      await writeRows(sheet, items, written);
      written += items.length;
      if (items.length < PAGE) break;
      items = (await page(actor, q, n + 1)).items;
    }
  }

  return {
    /** Runs the first page (which also checks the viewer may list at all) and audits the export before any byte is sent. */
    async prepare(actor: Actor, q: ListQuery) {
      const first = await page(actor, q, 1);
      const { page: _p, pageSize: _s, ...filters } = q;
      await inTransaction(db, (trx) =>
        audit.append(trx, actor, {
          action: 'proposal.export',
          objectType: 'proposal',
          orgId: actor.currentOrgId,
          detail: { filters, count: first.total },
        }),
      );
      async function write(out: Writable) {
        const { sheet, finish } = streamedSheet(out, '提案列表', LIST_COLUMNS);
        await writeAll(sheet, actor, q, first.items);
        await finish();
      }
      return { count: first.total, write };
    },
    writeAll,
  };
}

export type ListExport = ReturnType<typeof createListExport>;
