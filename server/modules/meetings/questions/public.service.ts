// The forum's two links and the screen. The office turns the public link on or off and makes
// a new address for either link (the old one stops at once). A visitor with the public link
// reads the meeting's title and time alone, fetches a signed proof-of-work challenge, and asks
// with a display name (no account, no personal data), limited per address and per link
// (ADR 0019). The screen (the office's, or the projector's link) shows the approved questions
// and the one on screen now; its ETag is the board's revision and the meeting's version, so a
// poll that finds nothing new reads two rows and answers 304.
import type { z } from 'zod';
import { inTransaction } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import { AppError, badRequest, conflict, notFound } from '../../../platform/errors.js';
import { createPublicGate } from '../../../platform/http/public-challenge.js';
import type { MeetingRow } from '../core/meetings.repo.js';
import { loadForStep } from '../core/meetings.service.js';
import {
  CHALLENGES_PER_IP_PER_MINUTE,
  PUBLIC_ASKS_PER_IP_PER_MINUTE,
  PUBLIC_ASKS_PER_LINK_PER_MINUTE,
} from './questions.model.js';
import type { BoardRow, QuestionRow } from './questions.repo.js';
import type * as S from './questions.schema.js';
import { boardOf, newToken, presentBoard, type QuestionDeps } from './questions.service.js';
import { questionTexts as T } from './questions.texts.js';

const linkOff = () => notFound('LINK_OFF', T.linkOff);
const rateLimited = () => new AppError(429, 'RATE_LIMITED', T.rateLimited);

const onScreen = (q: QuestionRow) => ({
  id: q.id,
  asker: q.anonymous === 1 ? null : q.asker,
  addressedTo: q.addressed_to,
  body: q.body,
  status: q.status,
  answeredBy: q.answered_by,
});

export type ScreenAnswer = { etag: string; body?: z.infer<typeof S.screen> };

export function createPublicQuestionService(deps: QuestionDeps) {
  const { db, audit, clock, questions, meetings } = deps;
  const now = () => clock.now().toISOString();
  // 'question' keeps the signature of the challenges issued before the gate moved to the platform.
  const gate = createPublicGate(
    'question',
    {
      submitsPerIp: PUBLIC_ASKS_PER_IP_PER_MINUTE,
      submitsPerLink: PUBLIC_ASKS_PER_LINK_PER_MINUTE,
      challengesPerIp: CHALLENGES_PER_IP_PER_MINUTE,
    },
    clock,
  );

  /** The meeting behind an enabled public link, and whether it still takes questions. */
  async function linked(token: string) {
    const b = await questions.boardByPublicToken(db, token);
    if (!b || b.public_enabled !== 1) throw linkOff();
    const m = await meetings.get(db, b.meeting_id);
    if (!m || m.status === 'draft' || m.questions_enabled !== 1) throw linkOff();
    return { b, m, open: m.status === 'published' && now() < m.ends_at };
  }

  async function screenOf(m: MeetingRow, b: BoardRow | undefined, ifNoneMatch?: string): Promise<ScreenAnswer> {
    const etag = `"q${m.id}-${b?.revision ?? 0}-${m.version}"`;
    if (ifNoneMatch === etag) return { etag };
    const rows = b ? await questions.onScreen(db, m.id) : [];
    const current = rows.find((q) => q.id === b?.current_question_id);
    return {
      etag,
      body: {
        meeting: { title: m.title, startsAt: m.starts_at, endsAt: m.ends_at },
        current: current ? onScreen(current) : null,
        approved: rows.filter((q) => q.status === 'approved' && q !== current).map(onScreen),
        answered: rows.filter((q) => q.status === 'answered' && q !== current).map(onScreen),
        revision: b?.revision ?? 0,
      },
    };
  }

  return {
    /** The office turns the public link on or off (its address is made the first time). */
    async setPublic(actor: Actor, id: number, enabled: boolean) {
      const { m } = await loadForStep(deps, db, actor, id, 'manageQuestionLinks');
      return inTransaction(db, async (trx) => {
        const at = now();
        const b = await boardOf(questions, trx, m, at);
        await questions.updateBoard(trx, m.id, {
          public_enabled: enabled ? 1 : 0,
          public_token: b.public_token ?? newToken(),
          screen_token: b.screen_token ?? newToken(),
          updated_at: at,
        });
        await audit.append(trx, actor, {
          action: enabled ? 'meeting.question_link_on' : 'meeting.question_link_off',
          objectType: 'meeting',
          objectId: m.id,
          orgId: m.org_id,
        });
        return presentBoard(await questions.board(trx, m.id));
      });
    },

    /** A new address for the public or the screen link; the old one stops answering. */
    async rotate(actor: Actor, id: number, link: 'public' | 'screen') {
      const { m } = await loadForStep(deps, db, actor, id, 'manageQuestionLinks');
      return inTransaction(db, async (trx) => {
        const at = now();
        await boardOf(questions, trx, m, at);
        await questions.updateBoard(trx, m.id, {
          ...(link === 'public' ? { public_token: newToken() } : { screen_token: newToken() }),
          updated_at: at,
        });
        await audit.append(trx, actor, {
          action: 'meeting.question_link_rotate',
          objectType: 'meeting',
          objectId: m.id,
          orgId: m.org_id,
          detail: { link },
        });
        return presentBoard(await questions.board(trx, m.id));
      });
    },

    async link(token: string) {
      const { m, open } = await linked(token);
      return { title: m.title, startsAt: m.starts_at, endsAt: m.ends_at, open };
    },

    async challenge(token: string, ip: string) {
      if (!gate.mayChallenge(ip)) throw rateLimited();
      const { b, m } = await linked(token);
      return gate.issue(b.challenge_secret, m.id);
    },

    async ask(token: string, ip: string, input: z.infer<typeof S.publicAskBody>) {
      const { b, m, open } = await linked(token);
      if (!open) throw conflict('QUESTIONS_CLOSED', T.closed);
      if (!gate.maySubmit(m.id, ip)) throw rateLimited();
      const verdict = gate.spend(b.challenge_secret, m.id, input.challenge, input.solution);
      if (verdict === 'expired') throw badRequest('CHALLENGE_EXPIRED', T.challengeExpired);
      if (verdict === 'used') throw badRequest('CHALLENGE_USED', T.challengeUsed);
      if (verdict !== 'ok') throw badRequest('CHALLENGE_FAILED', T.challengeFailed);
      return inTransaction(db, async (trx) => {
        const at = now();
        const { id } = await questions.insert(trx, {
          meeting_id: m.id,
          org_id: m.org_id,
          source: 'public',
          display_name: input.displayName,
          anonymous: input.anonymous ? 1 : 0,
          addressed_to: input.addressedTo || null,
          body: input.body,
          status: 'pending',
          created_at: at,
          updated_at: at,
        });
        await questions.bump(trx, m.id, at);
        await audit.append(
          trx,
          { kind: 'anonymous', ip },
          {
            action: 'meeting.question_ask_public',
            objectType: 'meeting_question',
            objectId: id,
            orgId: m.org_id,
            detail: { meetingId: m.id },
          },
        );
        return { id, status: 'pending' as const };
      });
    },

    async screen(actor: Actor, id: number, ifNoneMatch?: string) {
      const { m } = await loadForStep(deps, db, actor, id, 'viewQuestionScreen');
      return screenOf(m, await questions.board(db, m.id), ifNoneMatch);
    },

    async screenByToken(token: string, ifNoneMatch?: string) {
      const b = await questions.boardByScreenToken(db, token);
      const m = b && (await meetings.get(db, b.meeting_id));
      if (!b || !m || m.status === 'draft') throw notFound('LINK_OFF', T.screenOff);
      return screenOf(m, b, ifNoneMatch);
    },
  };
}

export type PublicQuestionService = ReturnType<typeof createPublicQuestionService>;
