// /api/audit: the auditor's view of the trail (read-only; there is no route that changes it).
import { PassThrough } from 'node:stream';
import { z } from 'zod';
import type { Db } from '../../db/tx.js';
import { requirePermission } from '../access/guard.js';
import { chinaDate, type Clock } from '../clock.js';
import { contentDisposition } from '../files/files.routes.js';
import { KIND_MIME } from '../files/sniff.js';
import { actorOf } from '../http/auth-hook.js';
import { paged } from '../http/schemas.js';
import type { ZodApp } from '../http/types.js';
import type { AuditLog } from './audit-log.js';
import { writeAuditSheet } from './audit.export.js';
import { auditFilterQuery, auditListQuery, filteredTrail } from './audit.query.js';

const entry = z.object({
  seq: z.number(),
  at: z.string(),
  actorId: z.number().nullable(),
  actorName: z.string().nullable(),
  orgId: z.number().nullable(),
  /** The organisation the actor acted in. */
  orgName: z.string().nullable(),
  ip: z.string().nullable(),
  action: z.string(),
  objectType: z.string().nullable(),
  objectId: z.string().nullable(),
  result: z.enum(['ok', 'denied', 'failed']),
  detail: z.unknown(),
  hash: z.string(),
});

export function auditRoutes(app: ZodApp, deps: { db: Db; audit: AuditLog; clock: Clock }): void {
  const { db, audit, clock } = deps;

  app.get(
    '/api/audit',
    {
      schema: {
        tags: ['audit'],
        summary: '审计日志（仅审计员；按操作人、操作、对象、结果和日期筛选）',
        querystring: auditListQuery,
        response: { 200: paged(entry) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      requirePermission(actor, 'audit.read');
      const q = request.query;
      const base = filteredTrail(db, actor, q);
      const [rows, total] = await Promise.all([
        base
          .selectAll('audit_log')
          .select('organisations.name as org_name')
          .orderBy('audit_log.seq', 'desc')
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize)
          .execute(),
        base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return {
        items: rows.map((r) => ({
          seq: r.seq,
          at: r.at,
          actorId: r.actor_id,
          actorName: r.actor_name,
          orgId: r.org_id,
          orgName: r.org_name,
          ip: r.ip,
          action: r.action,
          objectType: r.object_type,
          objectId: r.object_id,
          result: r.result,
          detail: r.detail ? JSON.parse(r.detail) : null,
          hash: r.hash,
        })),
        total: Number(total.n),
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  );

  app.get(
    '/api/audit/export.xlsx',
    {
      schema: {
        tags: ['audit'],
        summary: '导出审计日志 Excel（与列表相同的筛选；流式生成；导出本身记入审计日志）',
        querystring: auditFilterQuery,
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      requirePermission(actor, 'audit.read');
      const filters = request.query;
      const count = await filteredTrail(db, actor, filters)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      await audit.record(actor, { action: 'audit.export', detail: { filters, count: Number(count.n) } });
      const body = new PassThrough();
      writeAuditSheet(db, actor, filters, body).catch((err: unknown) => {
        request.log.error({ err }, 'audit export failed mid-stream');
        body.destroy(err as Error);
      });
      return reply
        .header('content-type', KIND_MIME.xlsx)
        .header('content-disposition', contentDisposition(`审计日志-${chinaDate(clock.now())}.xlsx`))
        .header('cache-control', 'no-store')
        .send(body);
    },
  );

  app.post(
    '/api/audit/verify',
    {
      config: { anyOrg: true },
      schema: {
        tags: ['audit'],
        summary: '校验审计日志哈希链',
        response: {
          200: z.object({
            ok: z.boolean(),
            checked: z.number(),
            headSeq: z.number(),
            problems: z.array(z.object({ seq: z.number(), problem: z.string() })),
          }),
        },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      requirePermission(actor, 'audit.read');
      const report = await audit.verify();
      await audit.record(actor, {
        action: 'audit.verify',
        result: report.ok ? 'ok' : 'failed',
        detail: { checked: report.checked, problems: report.problems.length },
      });
      return report;
    },
  );
}
