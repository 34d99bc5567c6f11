// Downloads: one proposal as Word (.docx) and the filtered list as Excel (.xlsx, streamed).
import { PassThrough } from 'node:stream';
import type { OrgTree } from '../../../platform/access/org-tree.js';
import { chinaDate, type Clock } from '../../../platform/clock.js';
import { contentDisposition } from '../../../platform/files/files.routes.js';
import { KIND_MIME } from '../../../platform/files/sniff.js';
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
      return reply
        .header('content-type', KIND_MIME.docx)
        .header('content-disposition', contentDisposition(filename))
        .header('cache-control', 'no-store')
        .send(data);
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
      const body = new PassThrough();
      write(body).catch((err: unknown) => {
        request.log.error({ err }, 'proposal list export failed mid-stream');
        body.destroy(err as Error);
      });
      return reply
        .header('content-type', KIND_MIME.xlsx)
        .header(
          'content-disposition',
          contentDisposition(`${org?.shortName ?? ''}提案列表-${chinaDate(s.clock.now())}.xlsx`),
        )
        .header('cache-control', 'no-store')
        .send(body);
    },
  );
}
