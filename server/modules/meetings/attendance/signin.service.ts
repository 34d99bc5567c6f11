// The office's paper sign-in sheet of a meeting (Word), read by the board's readers and audited
// like the Excel attendance sheet.
import { inTransaction } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import { chinaDate } from '../../../platform/clock.js';
import { loadForStep } from '../core/meetings.service.js';
import type { InvitationDeps } from '../invitations/invitations.service.js';
import { NOT_EXPECTED } from './board.model.js';
import { boardRows } from './board.repo.js';
import { signinSheet } from './signin-sheet.js';

const time = (iso: string, part: 'date' | 'time') =>
  new Date(iso).toLocaleString('zh-CN', {
    timeZone: 'Asia/Shanghai',
    ...(part === 'date' ? { dateStyle: 'long' } : { timeStyle: 'short' }),
  });

export function createSigninService(deps: InvitationDeps) {
  const { db, audit } = deps;
  return {
    async sheet(actor: Actor, id: number) {
      const { m } = await loadForStep(deps, db, actor, id, 'board');
      const all = await boardRows(db, m.id, {}, Number.MAX_SAFE_INTEGER, 0);
      const rows = all.items
        .filter((r) => !NOT_EXPECTED.includes(r.reply))
        .map((r) => ({ name: r.member_name ?? r.guest_name ?? '', sector: r.sector, committee: r.committee }));
      const data = await signinSheet({
        title: m.title,
        when: `${time(m.starts_at, 'date')} ${time(m.starts_at, 'time')}–${time(m.ends_at, 'time')}`,
        venue: m.venue,
        rows,
      });
      await inTransaction(db, (trx) =>
        audit.append(trx, actor, {
          action: 'meeting.signin_sheet_export',
          objectType: 'meeting',
          objectId: m.id,
          orgId: m.org_id,
          detail: { rows: rows.length },
        }),
      );
      return { filename: `${m.title}-签到表-${chinaDate(new Date(m.starts_at))}.docx`, data };
    },
  };
}

export type SigninService = ReturnType<typeof createSigninService>;
