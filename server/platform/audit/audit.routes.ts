// /api/audit: the auditor's view of the trail (read-only; there is no route that changes it).
import { sql } from 'kysely';
import { z } from 'zod';
import type { Db } from '../../db/tx.js';
import { requirePermission } from '../access/guard.js';
import { actorOf } from '../http/auth-hook.js';
import { dateString, paged, pageQuery, text } from '../http/schemas.js';
import type { ZodApp } from '../http/types.js';
import type { AuditLog } from './audit-log.js';

const entry = z.object({
  seq: z.number(),
  at: z.string(),
  actorId: z.number().nullable(),
  actorName: z.string().nullable(),
  orgId: z.number().nullable(),
  ip: z.string().nullable(),
  action: z.string(),
  objectType: z.string().nullable(),
  objectId: z.string().nullable(),
  result: z.enum(['ok', 'denied', 'failed']),
  detail: z.unknown(),
  hash: z.string(),
});

export function auditRoutes(app: ZodApp, deps: { db: Db; audit: AuditLog }): void {
  const { db, audit } = deps;

  app.get(
    '/api/audit',
    {
      schema: {
        tags: ['audit'],
        summary: '审计日志（仅审计员）',
        querystring: z.object({
          ...pageQuery,
          action: text(64).optional(),
          actorId: z.coerce.number().int().positive().optional(),
          objectType: text(64).optional(),
          objectId: text(64).optional(),
          result: z.enum(['ok', 'denied', 'failed']).optional(),
          from: dateString.optional(),
          to: dateString.optional(),
        }),
        response: { 200: paged(entry) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      requirePermission(actor, 'audit.read');
      const q = request.query;
      let base = db.selectFrom('audit_log').where('org_id', 'in', [...actor.visibleOrgIds]);
      // Events with no organisation (failed sign-ins of unknown names, system tasks) are
      // part of the trail too; the auditor of the top organisation sees them.
      const top = actor.visibleOrgIds.length > 0 && actor.orgId === Math.min(...actor.visibleOrgIds);
      if (top)
        base = db
          .selectFrom('audit_log')
          .where((eb) => eb.or([eb('org_id', 'in', [...actor.visibleOrgIds]), eb('org_id', 'is', null)]));
      if (q.action)
        base = base.where((eb) => eb.or([eb('action', '=', q.action!), eb('action', 'like', `${q.action}.%`)]));
      if (q.actorId) base = base.where('actor_id', '=', q.actorId);
      if (q.objectType) base = base.where('object_type', '=', q.objectType);
      if (q.objectId) base = base.where('object_id', '=', q.objectId);
      if (q.result) base = base.where('result', '=', q.result);
      if (q.from) base = base.where('at', '>=', `${q.from}T00:00:00.000Z`);
      if (q.to) base = base.where('at', '<', sql<string>`${q.to + 'T23:59:59.999Z'}`);
      const [rows, total] = await Promise.all([
        base
          .selectAll()
          .orderBy('seq', 'desc')
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
