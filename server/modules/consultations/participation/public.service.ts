// The public link (no account): the link's token is the key (only its hash is kept); a visitor
// reads the topic, solves a signed proof-of-work challenge and joins — named or anonymous as the
// office chose — and receives a per-device identity cookie (only its hash is kept), limited per
// address and per link by the platform's public gate. From then on the cookie is his participant.
import type { Db } from '../../../db/tx.js';
import type { AuditLog } from '../../../platform/audit/audit-log.js';
import type { Clock } from '../../../platform/clock.js';
import { AppError, badRequest, invalid, notFound, unauthorized } from '../../../platform/errors.js';
import { createPublicGate } from '../../../platform/http/public-challenge.js';
import { hashToken, newSecret } from '../core/core.model.js';
import type { ConsultationRepo } from '../core/core.repo.js';
import type { ParticipationRepo } from './participation.repo.js';
import type { Participant } from './participation.service.js';

export interface PublicDeps {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  consultations: ConsultationRepo;
  participation: ParticipationRepo;
}

/** The device cookie's name for a consultation (one identity per consultation and device). */
export const deviceCookie = (consultationId: number) => `lvzhi_cp_${consultationId}`;

const linkOff = () => notFound('LINK_OFF', '协商链接已关闭或已失效');
const rateLimited = () => new AppError(429, 'RATE_LIMITED', '操作过于频繁，请稍后再试');

export function createPublicParticipationService(deps: PublicDeps) {
  const { db, clock, audit, consultations, participation } = deps;
  const gate = createPublicGate('consultation', { submitsPerIp: 10, submitsPerLink: 300, challengesPerIp: 20 }, clock);

  async function linked(token: string) {
    const c = await consultations.byTokenHash(db, hashToken(token));
    if (!c || c.public_mode === 'off' || c.status !== 'open' || !c.challenge_secret) throw linkOff();
    return { c, secret: c.challenge_secret, mode: c.public_mode as 'named' | 'anonymous' };
  }

  return {
    async link(token: string, cookies: Record<string, string | undefined>) {
      const { c, mode } = await linked(token);
      const device = cookies[deviceCookie(c.id)];
      const joined = device ? (await participation.byDevice(db, c.id, hashToken(device))) !== undefined : false;
      return { title: c.title, description: c.description, closesOn: c.closes_on, mode, joined };
    },

    async challenge(token: string, ip: string) {
      if (!gate.mayChallenge(ip)) throw rateLimited();
      const { c, secret } = await linked(token);
      return gate.issue(secret, c.id);
    },

    /** Joins: the challenge spent, a participant made; answers the cookie's name and value to set. */
    async join(token: string, ip: string, input: { challenge: string; solution: string; name?: string | undefined }) {
      const { c, secret, mode } = await linked(token);
      if (mode === 'named' && !input.name) throw invalid('name', '实名参与请填写姓名');
      if (!gate.maySubmit(c.id, ip)) throw rateLimited();
      const verdict = gate.spend(secret, c.id, input.challenge, input.solution);
      if (verdict === 'expired') throw badRequest('CHALLENGE_EXPIRED', '验证已过期，请重新提交');
      if (verdict === 'used') throw badRequest('CHALLENGE_USED', '该验证已使用，请重新提交');
      if (verdict !== 'ok') throw badRequest('CHALLENGE_FAILED', '验证未通过，请刷新页面后重试');
      const device = newSecret();
      const id = await participation.insert(db, {
        consultation_id: c.id,
        kind: 'public',
        display_name: mode === 'named' ? input.name! : null,
        device_hash: device.hash,
        created_at: clock.now().toISOString(),
      });
      await audit.append(
        db,
        { kind: 'anonymous', ip },
        {
          action: 'consultations.join_public',
          objectType: 'consultation',
          objectId: c.id,
          orgId: c.org_id,
          detail: { participantId: id },
        },
      );
      return { cookie: deviceCookie(c.id), value: device.token };
    },

    /** The visitor's participant from his device cookie: 401 until he has joined. */
    async participant(token: string, cookies: Record<string, string | undefined>): Promise<Participant> {
      const { c } = await linked(token);
      const device = cookies[deviceCookie(c.id)];
      const p = device ? await participation.byDevice(db, c.id, hashToken(device)) : undefined;
      if (!p) throw unauthorized('JOIN_FIRST', '请先加入本次协商');
      return { consultationId: c.id, participantId: p.id };
    },
  };
}

export type PublicParticipationService = ReturnType<typeof createPublicParticipationService>;
