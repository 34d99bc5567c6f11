// The opinions as an Excel workbook (the list's filters), for the office and leaders: one row
// per opinion, contacts masked as on screen. Each export is audited with its filters.
import ExcelJS from 'exceljs';
import type { Actor } from '../../../platform/access/actor.js';
import { chinaDate } from '../../../platform/clock.js';
import { intakeAccess } from './intake.policy.js';
import type { ListedRow } from './intake.repo.js';
import type { IntakeDeps, IntakeService } from './intake.service.js';
import type * as S from './intake.schema.js';
import type { z } from 'zod';

/** A workbook holds at most this many opinions; the office narrows the filters past it. */
export const EXPORT_MAX = 20_000;

export const CHANNEL_LABELS: Record<string, string> = {
  member: '委员',
  party_member: '党员',
  paper: '纸质意见表',
  public: '公众',
};
export const STATUS_LABELS: Record<string, string> = {
  submitted: '已提交',
  routed: '已交办',
  answered: '已答复',
  closed: '已办结',
};

export async function opinionsSheet(rows: ListedRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('意见建议');
  const widths = [8, 12, 24, 10, 12, 10, 14, 28, 60, 18, 12, 14, 10, 18];
  ws.columns = widths.map((width) => ({ width }));
  ws.addRow([
    '编号',
    '单位',
    '活动',
    '渠道',
    '提出人',
    '联系方式',
    '界别',
    '标题',
    '内容',
    '地点',
    '类别',
    '主题',
    '状态',
    '提交时间',
  ]).font = { bold: true };
  for (const r of rows)
    ws.addRow([
      r.id,
      r.org_name,
      r.campaign_title ?? '',
      CHANNEL_LABELS[r.channel] ?? r.channel,
      r.member_name ?? r.author_name ?? '',
      r.contact_masked ?? '',
      r.sector_name ?? '',
      r.title,
      r.body,
      r.place ?? '',
      r.category_name ?? '',
      r.theme_name ?? '',
      STATUS_LABELS[r.status] ?? r.status,
      new Date(r.created_at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }),
    ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function createOpinionExport(deps: IntakeDeps, service: IntakeService) {
  const { db, clock, audit, intake } = deps;
  return {
    async opinions(actor: Actor, q: z.infer<typeof S.exportQuery>) {
      intakeAccess.require(actor, 'exportOpinions');
      const f = service.scoped(actor, q);
      const rows = await intake.all(db, f, EXPORT_MAX);
      await audit.append(db, actor, {
        action: 'opinions.export',
        objectType: 'opinion',
        orgId: actor.orgId,
        detail: { filters: { ...q }, rows: rows.length },
      });
      return { filename: `意见建议-${chinaDate(clock.now())}.xlsx`, data: await opinionsSheet(rows) };
    },
  };
}
