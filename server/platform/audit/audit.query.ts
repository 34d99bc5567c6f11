// The auditor's filters over the trail, shared by the list and its Excel export: always within
// the organisations the auditor may see (plus the unattached events for the top organisation's
// auditor), then by actor, action, target, result and China-time dates.
import { sql, type SqlBool } from 'kysely';
import { z } from 'zod';
import type { Db } from '../../db/tx.js';
import type { Actor } from '../access/actor.js';
import { invalid } from '../errors.js';
import { dateString, pageQuery, text } from '../http/schemas.js';
import { AUDIT_ACTIONS } from './actions.js';

export const auditFilters = {
  action: z.enum(AUDIT_ACTIONS).optional(),
  /** The area of an action (auth, member, proposal…): every action whose code starts with it. */
  area: z
    .string()
    .regex(/^[a-z_]{1,32}$/)
    .optional(),
  actorId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
  /** Part of the actor's name as recorded. */
  actor: text(64).optional(),
  objectType: text(64).optional(),
  objectId: text(64).optional(),
  result: z.enum(['ok', 'denied', 'failed']).optional(),
  from: dateString.optional(),
  to: dateString.optional(),
};
export const auditFilterQuery = z.object(auditFilters);
export type AuditFilters = z.infer<typeof auditFilterQuery>;
export const auditListQuery = z.object({ ...pageQuery, ...auditFilters });

/** The first instant of a China calendar day, as the trail's UTC timestamps are written. */
const chinaDayStart = (day: string, plusDays = 0) =>
  new Date(Date.parse(`${day}T00:00:00+08:00`) + plusDays * 86_400_000).toISOString();

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export function filteredTrail(db: Db, actor: Actor, q: AuditFilters) {
  if (q.from && q.to && q.from > q.to) throw invalid('to', '结束日期不能早于开始日期');
  const orgs = [...actor.visibleOrgIds];
  // Events with no organisation (failed sign-ins of unknown names, system tasks) are part of
  // the trail too; the auditor of the top organisation sees them.
  const top = orgs.length > 0 && actor.orgId === Math.min(...orgs);
  let base = db
    .selectFrom('audit_log')
    .leftJoin('organisations', 'organisations.id', 'audit_log.org_id')
    .where((eb) =>
      top
        ? eb.or([eb('audit_log.org_id', 'in', orgs), eb('audit_log.org_id', 'is', null)])
        : eb('audit_log.org_id', 'in', orgs),
    );
  if (q.action) base = base.where('action', '=', q.action);
  if (q.area) base = base.where('action', 'like', `${q.area}.%`);
  if (q.actorId) base = base.where('actor_id', '=', q.actorId);
  if (q.actor) base = base.where(sql<SqlBool>`actor_name like ${`%${escapeLike(q.actor)}%`} escape '\\'`);
  if (q.objectType) base = base.where('object_type', '=', q.objectType);
  if (q.objectId) base = base.where('object_id', '=', q.objectId);
  if (q.result) base = base.where('result', '=', q.result);
  if (q.from) base = base.where('at', '>=', chinaDayStart(q.from));
  if (q.to) base = base.where('at', '<', chinaDayStart(q.to, 1));
  return base;
}
