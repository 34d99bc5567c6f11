// The forum each access-matrix bundle holds for the live questions, made through the API: a
// published forum under way with the meeting's invitees, a question waiting (asked by an
// invitee), another to merge it into, and the public and screen links turned on.
import { ok } from '../../server/modules/proposals/core/proposals.test-helpers.js';
import type { Client } from '../../server/test/harness.js';

export interface QuestionTargets {
  forum: number;
  pending: number;
  other: number;
  publicToken: string;
  screenToken: string;
}

export async function questionTargets(
  office: Client,
  asker: Client,
  forumKind: number,
  memberIds: number[],
  nowMs: number,
): Promise<QuestionTargets> {
  const { id: forum } = (await ok(
    office.post('/api/meetings', {
      kindId: forumKind,
      title: '政协论坛：老旧街区更新与烟火气',
      startsAt: new Date(nowMs + 10 * 60_000).toISOString(),
      endsAt: new Date(nowMs + 5 * 3_600_000).toISOString(),
      venue: '市民中心报告厅',
    }),
    'forum',
  )) as { id: number };
  await ok(office.post(`/api/meetings/${forum}/invitations`, { audience: { memberIds } }), 'invite to forum');
  await ok(office.post(`/api/meetings/${forum}/publish`), 'publish forum');
  const ask = async (body: string) =>
    ((await ok(asker.post(`/api/meetings/${forum}/questions`, { body }), 'question')) as { id: number }).id;
  const pending = await ask('老街区改造后，原有的早点摊和修鞋铺能否保留？');
  const other = await ask('街区改造能不能给老手艺人留出经营空间？');
  const board = (await ok(office.put(`/api/meetings/${forum}/question-board`, { publicEnabled: true }), 'links')) as {
    publicToken: string;
    screenToken: string;
  };
  return { forum, pending, other, publicToken: board.publicToken, screenToken: board.screenToken };
}
