// In-app notifications, and e-mail when SMTP is configured. Written in the caller's
// transaction so a notice exists exactly when the change it announces does; a dedupe key
// makes a reminder idempotent (sent once, even if the scan runs again after a restart).
import type { FastifyBaseLogger } from 'fastify';
import nodemailer from 'nodemailer';
import type { Config } from '../../config.js';
import type { Db } from '../../db/tx.js';
import type { Clock } from '../clock.js';
import type { JobRunner } from '../jobs/job-runner.js';

export interface Notice {
  orgId: number;
  userIds: readonly number[];
  kind: string;
  title: string;
  body?: string;
  /** A path in the web app, e.g. /proposals/12. */
  link?: string;
  objectType?: string;
  objectId?: string | number;
  /** Per recipient: the key gets `:<userId>` appended. */
  dedupeKey?: string;
}

/** Notices written per INSERT statement. */
export const NOTICE_BATCH = 500;

export interface Notifier {
  send(trx: Db, notice: Notice): Promise<number>;
}

export function createNotifier(deps: {
  db: Db;
  clock: Clock;
  jobs: JobRunner;
  config: Pick<Config, 'smtp' | 'publicBaseUrl'>;
  log: FastifyBaseLogger;
}): Notifier {
  const { db, clock, jobs, config, log } = deps;

  if (config.smtp) {
    const transport = nodemailer.createTransport(config.smtp.url);
    const from = config.smtp.from;
    jobs.handle('notify.email', async (job) => {
      const { notificationId } = job.payload as { notificationId: number };
      const n = await db
        .selectFrom('notifications as n')
        .innerJoin('users as u', 'u.id', 'n.user_id')
        .leftJoin('members as m', 'm.id', 'u.member_id')
        .select([
          'n.id',
          'n.title',
          'n.body',
          'n.link',
          'n.emailed_at',
          'u.email as user_email',
          'm.email as member_email',
        ])
        .where('n.id', '=', notificationId)
        .executeTakeFirst();
      const to = n?.user_email ?? n?.member_email;
      if (!n || !to || n.emailed_at) return { skipped: true };
      const link = n.link && config.publicBaseUrl ? `\n\n${new URL(n.link, config.publicBaseUrl).toString()}` : '';
      await transport.sendMail({ from, to, subject: `【履职平台】${n.title}`, text: `${n.body ?? n.title}${link}` });
      await db
        .updateTable('notifications')
        .set({ emailed_at: clock.now().toISOString() })
        .where('id', '=', n.id)
        .execute();
      log.info({ notificationId: n.id }, 'notification e-mailed');
      return { sent: true };
    });
  }

  return {
    async send(trx, notice) {
      const now = clock.now().toISOString();
      const rows = [...new Set(notice.userIds)].map((userId) => ({
        org_id: notice.orgId,
        user_id: userId,
        kind: notice.kind,
        title: notice.title,
        body: notice.body ?? null,
        link: notice.link ?? null,
        object_type: notice.objectType ?? null,
        object_id: notice.objectId === undefined ? null : String(notice.objectId),
        dedupe_key: notice.dedupeKey ? `${notice.dedupeKey}:${userId}` : null,
        created_at: now,
      }));
      // A whole body's invitation tells tens of thousands: one statement per batch, not per
      // account. 500 rows of 10 values stay well under both engines' parameter limits.
      let created = 0;
      for (let i = 0; i < rows.length; i += NOTICE_BATCH) {
        const added = await trx
          .insertInto('notifications')
          .values(rows.slice(i, i + NOTICE_BATCH))
          .onConflict((oc) => oc.column('dedupe_key').doNothing())
          .returning('id')
          .execute();
        created += added.length;
        if (config.smtp)
          await jobs.enqueueMany(
            trx,
            'notify.email',
            added.map((row) => ({ notificationId: row.id })),
            { orgId: notice.orgId },
          );
      }
      return created;
    },
  };
}
