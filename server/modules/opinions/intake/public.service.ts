// The public form of an open campaign (no account): the link's token is the key (only its hash
// is kept), a visitor reads the campaign's title and theme, fetches a signed proof-of-work
// challenge and submits with an optional name and contact (sealed and masked), limited per
// address and per link by the platform's public gate. The answer is a receipt code, shown this
// once: only its hash is stored, to look the answer up later.
import type { z } from 'zod';
import { inTransaction } from '../../../db/tx.js';
import { AppError, badRequest, conflict, invalid, notFound } from '../../../platform/errors.js';
import { createPublicGate } from '../../../platform/http/public-challenge.js';
import { hashToken } from '../campaigns/campaigns.model.js';
import {
  newReceipt,
  PUBLIC_CHALLENGES_PER_IP_PER_MINUTE,
  PUBLIC_SUBMITS_PER_IP_PER_MINUTE,
  PUBLIC_SUBMITS_PER_LINK_PER_MINUTE,
  sealContact,
} from './intake.model.js';
import type * as S from './intake.schema.js';
import type { IntakeDeps } from './intake.service.js';

const linkOff = () => notFound('LINK_OFF', '征集链接已关闭或已失效');
const rateLimited = () => new AppError(429, 'RATE_LIMITED', '提交过于频繁，请稍后再试');

export function createPublicIntakeService(deps: IntakeDeps) {
  const { db, clock, audit, cipher, intake, campaigns, place } = deps;
  const gate = createPublicGate(
    'opinion',
    {
      submitsPerIp: PUBLIC_SUBMITS_PER_IP_PER_MINUTE,
      submitsPerLink: PUBLIC_SUBMITS_PER_LINK_PER_MINUTE,
      challengesPerIp: PUBLIC_CHALLENGES_PER_IP_PER_MINUTE,
    },
    clock,
  );

  /** The campaign behind an open public link. */
  async function linked(token: string) {
    const c = await campaigns.byTokenHash(db, hashToken(token));
    if (!c || c.public_open !== 1 || c.status !== 'open' || !c.challenge_secret) throw linkOff();
    return { c, secret: c.challenge_secret };
  }

  return {
    async link(token: string) {
      const { c } = await linked(token);
      const orgs = await campaigns.orgs(db, c.id);
      return {
        title: c.title,
        theme: c.theme,
        description: c.description,
        startsOn: c.starts_on,
        endsOn: c.ends_on,
        orgs: orgs.map((o) => ({ id: o.id, name: o.name })),
      };
    },

    async challenge(token: string, ip: string) {
      if (!gate.mayChallenge(ip)) throw rateLimited();
      const { c, secret } = await linked(token);
      return gate.issue(secret, c.id);
    },

    async submit(token: string, ip: string, input: z.infer<typeof S.publicBody>) {
      const { c, secret } = await linked(token);
      if (!gate.maySubmit(c.id, ip)) throw rateLimited();
      const verdict = gate.spend(secret, c.id, input.challenge, input.solution);
      if (verdict === 'expired') throw badRequest('CHALLENGE_EXPIRED', '验证已过期，请重新提交');
      if (verdict === 'used') throw badRequest('CHALLENGE_USED', '该验证已使用，请重新提交');
      if (verdict !== 'ok') throw badRequest('CHALLENGE_FAILED', '验证未通过，请刷新页面后重试');
      return inTransaction(db, async (trx) => {
        const orgIds = await campaigns.orgIds(trx, c.id);
        const orgId = input.orgId ?? c.org_id;
        if (!orgIds.includes(orgId)) throw invalid('orgId', '所选地区未参加本次活动');
        // The campaign may have closed between the link's read and this write.
        const fresh = await campaigns.get(trx, c.id);
        if (fresh?.status !== 'open' || fresh.public_open !== 1) throw conflict('LINK_OFF', '征集链接已关闭或已失效');
        const at = clock.now().toISOString();
        const receipt = newReceipt();
        const id = await intake.insert(trx, {
          org_id: orgId,
          campaign_id: c.id,
          channel: 'public',
          member_id: null,
          author_name: input.authorName || null,
          ...sealContact(cipher, input.contact),
          sector_id: null,
          title: input.title,
          body: input.body,
          place: input.place || null,
          receipt_hash: receipt.hash,
          created_by: null,
          created_at: at,
          updated_at: at,
        });
        await place(trx, id);
        await audit.append(
          trx,
          { kind: 'anonymous', ip },
          {
            action: 'opinions.submit_public',
            objectType: 'opinion',
            objectId: id,
            orgId,
            detail: { campaignId: c.id },
          },
        );
        return { receipt: receipt.code };
      });
    },
  };
}

export type PublicIntakeService = ReturnType<typeof createPublicIntakeService>;
