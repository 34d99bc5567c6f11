// Spreadsheets in and out of the roster: the import template, the upload (its headings read
// and a field proposed for each column), the preview and commit jobs, and the streamed
// export. Progress and problem lists are read at /api/jobs/:id.
import { PassThrough } from 'node:stream';
import { z } from 'zod';
import type { OrgTree } from '../../platform/access/org-tree.js';
import { chinaDate, type Clock } from '../../platform/clock.js';
import { contentDisposition } from '../../platform/files/files.routes.js';
import { readUpload } from '../../platform/files/read-upload.js';
import { KIND_MIME } from '../../platform/files/sniff.js';
import { actorOf } from '../../platform/http/auth-hook.js';
import type { ZodApp } from '../../platform/http/types.js';
import * as I from './import/import.schema.js';
import type { MemberImport } from './import/import.service.js';
import type { RosterExport } from './roster-export.js';
import * as S from './members.schema.js';

const termQuery = z.object({ termId: z.coerce.number().int().positive().optional() });

export function rosterIoRoutes(
  app: ZodApp,
  deps: { imports: MemberImport; exporter: RosterExport; orgTree: OrgTree; clock: Clock },
): void {
  const { imports, exporter, orgTree, clock } = deps;
  const tags = ['members'];

  app.get(
    '/api/members/import/template',
    {
      schema: { tags, summary: '下载委员名册导入模板（.xlsx，含下拉选项和填写说明）' },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const org = await orgTree.get(actor.currentOrgId);
      const data = await imports.template(actor, org?.name ?? '');
      return reply
        .header('content-type', KIND_MIME.xlsx)
        .header('content-disposition', contentDisposition(`${org?.shortName ?? ''}委员名册导入模板.xlsx`))
        .header('cache-control', 'no-store')
        .send(data);
    },
  );

  app.post(
    '/api/members/import',
    {
      schema: {
        tags,
        summary:
          '上传委员名册 .xlsx：找出列名行，为每列提出对应项。列名与导入模板一致时直接开始预检（202，jobId）；否则返回建议的列对应关系（200），确认后调用 /api/members/import/preview',
        consumes: ['multipart/form-data'],
        querystring: termQuery,
        response: { 200: I.uploadAnswer, 202: I.uploadAnswer },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const upload = await readUpload(request, 'members.xlsx');
      const answer = await imports.upload(actor, upload, request.query.termId);
      reply.code(answer.jobId === null ? 200 : 202);
      return answer;
    },
  );

  app.post(
    '/api/members/import/preview',
    {
      schema: {
        tags,
        summary: '按确认的列对应关系预检已上传的文件（不写入数据；进度和问题清单见 /api/jobs/:id）',
        body: I.previewBody,
        response: { 202: I.jobStarted },
      },
    },
    async (request, reply) => {
      reply.code(202);
      return imports.preview(actorOf(request), request.body);
    },
  );

  app.post(
    '/api/members/import/commit',
    {
      schema: {
        tags,
        summary: '确认导入预检无误的文件（全部写入或全部不写入；进度见 /api/jobs/:id）',
        body: I.commitBody,
        response: { 202: I.jobStarted },
      },
    },
    async (request, reply) => {
      reply.code(202);
      return imports.commit(actorOf(request), request.body);
    },
  );

  app.get(
    '/api/members/export',
    {
      schema: {
        tags,
        summary:
          '导出委员名册 .xlsx（与列表相同的筛选；默认脱敏，unmasked=true 须同时有导出和查看完整信息权限；每次导出记入审计日志）',
        querystring: S.exportQuery,
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { write } = await exporter.prepare(actor, request.query);
      const org = await orgTree.get(actor.currentOrgId);
      const body = new PassThrough();
      write(body).catch((err: unknown) => {
        request.log.error({ err }, 'roster export failed mid-stream');
        body.destroy(err as Error);
      });
      return reply
        .header('content-type', KIND_MIME.xlsx)
        .header(
          'content-disposition',
          contentDisposition(`${org?.shortName ?? ''}委员名册-${chinaDate(clock.now())}.xlsx`),
        )
        .header('cache-control', 'no-store')
        .send(body);
    },
  );
}
