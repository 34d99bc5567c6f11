// The auditor's filtered trail as Excel, streamed page by page (memory stays flat), with the
// actions' Chinese names, times in the Chinese form and the detail as “field：value” lines.
import type { Writable } from 'node:stream';
import type { Db } from '../../db/tx.js';
import type { Actor } from '../access/actor.js';
import { zhDateTime } from '../clock.js';
import { streamedSheet } from '../files/sheet-stream.js';
import { AUDIT_ACTION_ZH } from './action-labels.js';
import type { AuditRow } from './audit-log.js';
import { filteredTrail, type AuditFilters } from './audit.query.js';

const PAGE = 2000;
const RESULT_ZH = { ok: '成功', denied: '拒绝', failed: '失败' } as const;

const COLUMNS = [
  { header: '序号', key: 'seq', width: 8 },
  { header: '时间', key: 'at', width: 20 },
  { header: '操作人', key: 'actor', width: 16 },
  { header: '所属组织', key: 'org', width: 20 },
  { header: 'IP 地址', key: 'ip', width: 16 },
  { header: '操作', key: 'action', width: 20 },
  { header: '操作代码', key: 'code', width: 26 },
  { header: '对象', key: 'object', width: 18 },
  { header: '结果', key: 'result', width: 8 },
  { header: '详情', key: 'detail', width: 60 },
];

/** A detail object as one “key：value” line per field (nested values as compact JSON). */
export function detailLines(detail: string | null): string {
  if (!detail) return '';
  const d = JSON.parse(detail) as Record<string, unknown>;
  return Object.entries(d)
    .map(
      ([k, v]) =>
        `${k}：${typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : JSON.stringify(v)}`,
    )
    .join('\n');
}

type Row = AuditRow & { org_name: string | null };

export function auditSheetRow(r: Row) {
  return {
    seq: r.seq,
    at: zhDateTime(r.at),
    actor: r.actor_name?.startsWith('system:') ? '系统' : (r.actor_name ?? '（未登录）'),
    org: r.org_name ?? '',
    ip: r.ip ?? '',
    action: AUDIT_ACTION_ZH[r.action as keyof typeof AUDIT_ACTION_ZH] ?? r.action,
    code: r.action,
    object: r.object_type ? `${r.object_type}${r.object_id ? ` ${r.object_id}` : ''}` : '',
    result: RESULT_ZH[r.result],
    detail: detailLines(r.detail),
  };
}

export async function writeAuditSheet(db: Db, actor: Actor, q: AuditFilters, out: Writable): Promise<void> {
  const { sheet, finish } = streamedSheet(out, '审计日志', COLUMNS);
  // Keyset pages by seq (newest first): stable while new entries are appended during the export.
  let before = Number.MAX_SAFE_INTEGER;
  for (;;) {
    const rows = await filteredTrail(db, actor, q)
      .selectAll('audit_log')
      .select('organisations.name as org_name')
      .where('audit_log.seq', '<', before)
      .orderBy('audit_log.seq', 'desc')
      .limit(PAGE)
      .execute();
    for (const r of rows) {
      const row = sheet.addRow(auditSheetRow(r));
      row.getCell('detail').alignment = { wrapText: true, vertical: 'top' };
      row.commit();
    }
    if (rows.length < PAGE) break;
    before = rows[rows.length - 1]!.seq;
  }
  await finish();
}
