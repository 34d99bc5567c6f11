// /api/notifications: the signed-in user's notification centre.
import { z } from 'zod';
import type { Db } from '../../db/tx.js';
import { notFound } from '../errors.js';
import { actorOf } from '../http/auth-hook.js';
import { idParam, okResponse, paged, pageQuery } from '../http/schemas.js';
import type { ZodApp } from '../http/types.js';
import type { Clock } from '../clock.js';

const notification = z.object({
  id: z.number(),
  kind: z.string(),
  title: z.string(),
  body: z.string().nullable(),
  link: z.string().nullable(),
  objectType: z.string().nullable(),
  objectId: z.string().nullable(),
  read: z.boolean(),
  createdAt: z.string(),
});

export function notifyRoutes(app: ZodApp, deps: { db: Db; clock: Clock }): void {
  const { db, clock } = deps;

  app.get(
    '/api/notifications',
    {
      schema: {
        tags: ['notifications'],
        summary: '我的通知',
        querystring: z.object({ ...pageQuery, unread: z.enum(['true', 'false']).optional() }),
        response: { 200: paged(notification).extend({ unread: z.number() }) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { page, pageSize, unread } = request.query;
      let base = db.selectFrom('notifications').where('user_id', '=', actor.userId);
      if (unread === 'true') base = base.where('read_at', 'is', null);
      const [rows, total, unreadCount] = await Promise.all([
        base
          .selectAll()
          .orderBy('id', 'desc')
          .limit(pageSize)
          .offset((page - 1) * pageSize)
          .execute(),
        base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
        db
          .selectFrom('notifications')
          .where('user_id', '=', actor.userId)
          .where('read_at', 'is', null)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow(),
      ]);
      return {
        items: rows.map((r) => ({
          id: r.id,
          kind: r.kind,
          title: r.title,
          body: r.body,
          link: r.link,
          objectType: r.object_type,
          objectId: r.object_id,
          read: r.read_at !== null,
          createdAt: r.created_at,
        })),
        total: Number(total.n),
        page,
        pageSize,
        unread: Number(unreadCount.n),
      };
    },
  );

  app.get(
    '/api/notifications/unread-count',
    {
      schema: { tags: ['notifications'], summary: '未读通知数', response: { 200: z.object({ unread: z.number() }) } },
    },
    async (request) => {
      const actor = actorOf(request);
      const r = await db
        .selectFrom('notifications')
        .where('user_id', '=', actor.userId)
        .where('read_at', 'is', null)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return { unread: Number(r.n) };
    },
  );

  app.post(
    '/api/notifications/:id/read',
    {
      config: { anyOrg: true },
      schema: { tags: ['notifications'], summary: '标记为已读', params: idParam, response: { 200: okResponse } },
    },
    async (request) => {
      const actor = actorOf(request);
      const r = await db
        .updateTable('notifications')
        .set({ read_at: clock.now().toISOString() })
        .where('id', '=', request.params.id)
        .where('user_id', '=', actor.userId)
        .where('read_at', 'is', null)
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) === 0) {
        const exists = await db
          .selectFrom('notifications')
          .select('id')
          .where('id', '=', request.params.id)
          .where('user_id', '=', actor.userId)
          .executeTakeFirst();
        if (!exists) throw notFound();
      }
      return { ok: true as const };
    },
  );

  app.post(
    '/api/notifications/read-all',
    {
      config: { anyOrg: true },
      schema: { tags: ['notifications'], summary: '全部标记为已读', response: { 200: okResponse } },
    },
    async (request) => {
      const actor = actorOf(request);
      await db
        .updateTable('notifications')
        .set({ read_at: clock.now().toISOString() })
        .where('user_id', '=', actor.userId)
        .where('read_at', 'is', null)
        .execute();
      return { ok: true as const };
    },
  );
}
