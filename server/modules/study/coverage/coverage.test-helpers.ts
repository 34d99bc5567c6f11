// Steps the coverage tests share: a meeting held through the API with each invitee's stored
// state set by the office's correction (as if the door had recorded it), and the figures read.
import { expect } from 'vitest';
import type { Client, TestContext } from '../../../test/harness.js';

export type State = 'attended' | 'late' | 'left_early' | 'remote' | 'leave' | 'absent';

/**
 * A published meeting of `kind` an hour after the clock, its invitees the members given; once
 * it has begun, each member's state is set as given (who is not named stays without one).
 */
export async function heldMeeting(
  ctx: TestContext,
  office: Client,
  kind: string,
  title: string,
  states: Record<number, State>,
) {
  const kinds = Object.fromEntries(
    ((await office.get('/api/meeting-kinds')).json() as { code: string; id: number }[]).map((k) => [k.code, k.id]),
  );
  const start = ctx.clock.now().getTime() + 3_600_000;
  const created = await office.post('/api/meetings', {
    kindId: kinds[kind],
    title,
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(start + 2 * 3_600_000).toISOString(),
    venue: '市政协机关学习室',
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as number;
  const memberIds = Object.keys(states).map(Number);
  const invited = await office.post(`/api/meetings/${id}/invitations`, { audience: { memberIds } });
  expect(invited.statusCode, invited.body).toBe(200);
  expect((await office.post(`/api/meetings/${id}/publish`)).statusCode).toBe(200);
  return {
    id,
    /** Sets the states once the meeting has begun (the clock must have reached its start), as this office. */
    async record(office: Client) {
      const board = await office.get(`/api/meetings/${id}/attendance`);
      expect(board.statusCode, board.body).toBe(200);
      const rows = board.json().rows.items as { id: number; memberId: number }[];
      for (const [memberId, state] of Object.entries(states)) {
        const inv = rows.find((r) => r.memberId === Number(memberId))!;
        const res = await office.put(`/api/meetings/${id}/invitations/${inv.id}/attendance`, {
          state,
          reason: '按纸质签到表补录',
        });
        expect(res.statusCode, res.body).toBe(200);
      }
    },
  };
}

export interface FigureOut {
  total: number;
  trained: number;
  share: number | null;
}

export const fig = (trained: number, total: number): FigureOut => ({
  total,
  trained,
  share: total ? Math.round((trained / total) * 10000) / 10000 : null,
});
