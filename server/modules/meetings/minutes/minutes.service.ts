// A meeting's minutes (纪要): the office keeps one draft per meeting (text and attached files),
// publishes it to the invitees once the meeting has begun, and may still correct it afterwards:
// each change after publishing counts a revision, and every save is audited. Published minutes
// are read by whoever sees the meeting; a draft by the office alone.
import { inTransaction } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import { conflict, invalid } from '../../../platform/errors.js';
import type { FileService } from '../../../platform/files/file-service.js';
import { summaryOf } from '../../../platform/files/files.routes.js';
import { loadForStep, tellInvitees, type MeetingDeps } from '../core/meetings.service.js';
import { isOffice, type MeetingRelation } from '../core/meetings.policy.js';
import type { MeetingRow } from '../core/meetings.repo.js';
import { meetingRules } from '../meetings.policy.js';
import { MINUTES_FILE_OWNER } from './minutes.model.js';
import type { MinutesRepo } from './minutes.repo.js';
import type { SaveMinutes } from './minutes.schema.js';
import { minutesTexts } from './minutes.texts.js';

export interface MinutesDeps extends MeetingDeps {
  minutes: MinutesRepo;
  files: FileService;
}

const MINUTES_STEPS = ['writeMinutes', 'publishMinutes'] as const;

export function createMinutesService(deps: MinutesDeps) {
  const { db, audit, clock, minutes, files } = deps;

  async function view(actor: Actor, m: MeetingRow, rel: MeetingRelation) {
    const found = await minutes.minutesOf(db, m.id);
    // A draft is the office's: to everyone else the meeting has no minutes yet (not an error: most meetings have none).
    const row = found?.status === 'published' || isOffice(actor, m) ? found : undefined;
    const allowed = MINUTES_STEPS.filter((s) => meetingRules.allows(actor, s, m, rel));
    if (!row)
      return {
        meetingId: m.id,
        status: 'none' as const,
        body: '',
        revision: 0,
        publishedAt: null,
        updatedAt: null,
        updatedBy: null,
        attachments: [],
        allowedActions: allowed.filter((s) => s === 'writeMinutes'),
      };
    const attached = await files.listFor(db, MINUTES_FILE_OWNER, m.id);
    return {
      meetingId: m.id,
      status: row.status,
      body: row.body,
      revision: row.revision,
      publishedAt: row.published_at,
      updatedAt: row.updated_at,
      updatedBy: row.updated_by_name,
      attachments: attached.map(summaryOf),
      allowedActions: row.status === 'published' ? allowed.filter((s) => s !== 'publishMinutes') : allowed,
    };
  }

  return {
    /** Published minutes for whoever sees the meeting; the draft for the office. */
    async get(actor: Actor, meetingId: number) {
      const { m, rel } = await loadForStep(deps, db, actor, meetingId, null);
      return view(actor, m, rel);
    },

    /** Writes the draft (or corrects the published minutes, counting a revision), attaching and removing files. */
    async save(actor: Actor, meetingId: number, input: SaveMinutes) {
      const { m, rel } = await loadForStep(deps, db, actor, meetingId, 'writeMinutes');
      const at = clock.now().toISOString();
      const removing = input.removeAttachmentIds ?? [];
      await inTransaction(db, async (trx) => {
        const row = await minutes.minutesOf(trx, m.id);
        if (removing.length) {
          const own = await files.listFor(trx, MINUTES_FILE_OWNER, m.id);
          const problems = removing.flatMap((id, i) =>
            own.some((f) => f.id === id) ? [] : [{ path: `removeAttachmentIds.${i}`, message: '不是本纪要的附件' }],
          );
          if (problems.length) throw invalid(problems);
          await files.detach(trx, removing, MINUTES_FILE_OWNER, m.id);
        }
        if (input.attachmentIds?.length) await files.attach(trx, actor, input.attachmentIds, MINUTES_FILE_OWNER, m.id);
        if (!row) {
          await minutes.insertMinutes(trx, {
            meeting_id: m.id,
            org_id: m.org_id,
            body: input.body,
            created_by: actor.userId,
            updated_by: actor.userId,
            created_at: at,
            updated_at: at,
          });
        } else {
          await minutes.updateMinutes(trx, row.id, {
            body: input.body,
            revision: row.revision + (row.status === 'published' ? 1 : 0),
            updated_by: actor.userId,
            updated_at: at,
          });
        }
        const revised = row?.status === 'published';
        await audit.append(trx, actor, {
          action: revised ? 'meeting.minutes_revise' : 'meeting.minutes_save',
          objectType: 'meeting',
          objectId: m.id,
          orgId: m.org_id,
          detail: {
            length: input.body.length,
            attached: input.attachmentIds?.length ?? 0,
            removed: removing.length,
            ...(revised && { revision: row.revision + 1 }),
          },
        });
      });
      return view(actor, m, rel);
    },

    /** Publishes the draft to the invitees (they are told once). */
    async publish(actor: Actor, meetingId: number) {
      const { m, rel } = await loadForStep(deps, db, actor, meetingId, 'publishMinutes');
      const at = clock.now().toISOString();
      await inTransaction(db, async (trx) => {
        const row = await minutes.minutesOf(trx, m.id);
        if (!row) throw conflict('NO_MINUTES', '请先撰写纪要再发布');
        if (row.status === 'published') throw conflict('MINUTES_PUBLISHED', '纪要已发布');
        await minutes.updateMinutes(trx, row.id, { status: 'published', published_at: at, updated_at: at });
        await tellInvitees(deps, trx, m, 'meeting.minutes_published', minutesTexts.published(m.title));
        await audit.append(trx, actor, {
          action: 'meeting.minutes_publish',
          objectType: 'meeting',
          objectId: m.id,
          orgId: m.org_id,
        });
      });
      return view(actor, m, rel);
    },

    /** Who may read the minutes' files: the office always; everyone who sees the meeting once published. */
    async mayReadFiles(actor: Actor, meetingId: number) {
      try {
        const { m } = await loadForStep(deps, db, actor, meetingId, null);
        const row = await minutes.minutesOf(db, m.id);
        return isOffice(actor, m) || row?.status === 'published';
      } catch {
        return false;
      }
    },
  };
}

export type MinutesService = ReturnType<typeof createMinutesService>;
