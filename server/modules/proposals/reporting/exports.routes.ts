// Downloads: one proposal as Word (.docx) and the filtered list as Excel (.xlsx, streamed).
import type { OrgTree } from '../../../platform/access/org-tree.js';
import { chinaDate, type Clock } from '../../../platform/clock.js';
import { sendDownload, streamedBody } from '../../../platform/files/download.js';
import { actorOf } from '../../../platform/http/auth-hook.js';
import { idParam } from '../../../platform/http/schemas.js';
import type { ZodApp } from '../../../platform/http/types.js';
import type { DocxExport } from './export-docx.service.js';
import type { ListExport } from './export-list.service.js';
import { listQuery } from '../core/proposals.schema.js';

export function exportRoutes(
  app: ZodApp,
  s: { docx: DocxExport; list: ListExport; orgTree: OrgTree; clock: Clock },
): void {
  const tags = ['proposals: exports'];

  app.get(
    '/api/proposals/:id/export.docx',
    {
      config: { rule: 'view' },
      schema: {
        tags,
        params: idParam,
        summary:
          '导出提案表 Word 文档（案由、提案人、联系方式、理由、办法与建议及答复；联系方式默认脱敏，有权限者为完整号码并记入审计）',
      },
    },
    async (request, reply) => {
      const { filename, data } = await s.docx.proposal(actorOf(request), request.params.id);
      return sendDownload(reply, 'docx', filename, data);
    },
  );

  app.get(
    '/api/proposals/export.xlsx',
    {
      config: { rule: 'list' },
      schema: {
        tags,
        querystring: listQuery,
        summary: '导出提案列表 Excel（与列表相同的筛选和可见范围；流式生成；记入审计日志）',
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { write } = await s.list.prepare(actor, request.query);
      const org = await s.orgTree.get(actor.currentOrgId);
      const name = `${org?.shortName ?? ''}提案列表-${chinaDate(s.clock.now())}.xlsx`;
      return sendDownload(reply, 'xlsx', name, streamedBody(request, 'proposal list export', write));
    },
  );
}
