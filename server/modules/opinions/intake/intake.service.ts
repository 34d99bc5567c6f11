// Opinions as received from members and the office: a member (or party member) submits his own
// on the phone and follows them; the office enters paper forms in bulk, each with a receipt
// code for the submitter; offices and leaders list, read and export the opinions of the
// organisations they see. Every stored opinion is placed into the near-duplicate groups in the
// same transaction (groups/).
import { inTransaction, type Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import type { AuditLog } from '../../../platform/audit/audit-log.js';
import type { Clock } from '../../../platform/clock.js';
import type { PersonalDataCipher } from '../../../platform/crypto/personal-data.js';
import { conflict, forbidden, invalid, notFound } from '../../../platform/errors.js';
import type { PlaceOpinion } from '../groups/index.js';
import type { CampaignRepo } from '../campaigns/campaigns.repo.js';
import { readsOpinions } from '../campaigns/campaigns.policy.js';
import { channelOfMember, newReceipt, sealContact } from './intake.model.js';
import { intakeAccess } from './intake.policy.js';
import type { IntakeRepo, ListedRow, OpinionFilter } from './intake.repo.js';
import type * as S from './intake.schema.js';
import type { z } from 'zod';

export interface IntakeDeps {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  cipher: PersonalDataCipher;
  intake: IntakeRepo;
  campaigns: CampaignRepo;
  place: PlaceOpinion;
}

/** How an opinion reads in a list: the body shortened. */
export const presentListed = (r: ListedRow) => ({
  id: r.id,
  orgId: r.org_id,
  orgName: r.org_name,
  campaignId: r.campaign_id,
  campaignTitle: r.campaign_title,
  channel: r.channel,
  author: r.member_name ?? r.author_name,
  sector: r.sector_name,
  title: r.title,
  excerpt: r.body.length > 80 ? `${r.body.slice(0, 80)}…` : r.body,
  place: r.place,
  category: r.category_name,
  theme: r.theme_name,
  groupId: r.group_id,
  status: r.status,
  createdAt: r.created_at,
});

type ListQuery = z.infer<typeof S.listQuery>;

/**
 * Checks that a campaign takes opinions for the organisation now: it exists, is under way and
 * the organisation takes part in it.
 */
export async function campaignTaking(campaigns: CampaignRepo, trx: Db, campaignId: number, orgId: number) {
  const c = await campaigns.get(trx, campaignId);
  if (!c) throw invalid('campaignId', '活动不存在');
  if (!(await campaigns.orgIds(trx, campaignId)).includes(orgId)) throw invalid('campaignId', '本单位未参加该活动');
  if (c.status !== 'open') throw conflict('CAMPAIGN_NOT_OPEN', '该活动未在进行中，不接收意见');
  return c;
}

export function createIntakeService(deps: IntakeDeps) {
  const { db, clock, audit, cipher, intake, campaigns, place } = deps;
  const now = () => clock.now().toISOString();

  /** The filter as the reader may apply it: only organisations he sees. */
  function scoped(actor: Actor, q: Partial<ListQuery>): OpinionFilter {
    if (q.orgId !== undefined && !readsOpinions(actor, q.orgId)) throw forbidden();
    return {
      orgIds: actor.visibleOrgIds.filter((o) => readsOpinions(actor, o)),
      orgId: q.orgId,
      campaignId: q.campaignId,
      channel: q.channel,
      status: q.status,
      categoryId: q.categoryId,
      q: q.q || undefined,
    };
  }

  return {
    scoped,

    /** A member's own opinion: his organisation's, his sector, channel by his party. */
    async submit(actor: Actor, input: z.infer<typeof S.submitBody>) {
      intakeAccess.require(actor, 'submitOpinion');
      return inTransaction(db, async (trx) => {
        const m = await intake.memberFacts(trx, actor.memberId!);
        if (!m || m.active !== 1) throw forbidden('NOT_A_MEMBER', '只有在任委员可以提交意见');
        if (input.campaignId) await campaignTaking(campaigns, trx, input.campaignId, m.org_id);
        const at = now();
        const id = await intake.insert(trx, {
          org_id: m.org_id,
          campaign_id: input.campaignId ?? null,
          channel: channelOfMember(m.party),
          member_id: m.id,
          author_name: null,
          sector_id: m.sector_id,
          title: input.title,
          body: input.body,
          place: input.place || null,
          created_by: actor.userId,
          created_at: at,
          updated_at: at,
        });
        await place(trx, id);
        await audit.append(trx, actor, {
          action: 'opinions.submit',
          objectType: 'opinion',
          objectId: id,
          orgId: m.org_id,
          detail: { campaignId: input.campaignId ?? null },
        });
        return presentListed((await intake.get(trx, id))!);
      });
    },

    async mine(actor: Actor) {
      intakeAccess.require(actor, 'myOpinions');
      if (actor.memberId === null) return [];
      return (await intake.mine(db, actor.memberId, 500)).map(presentListed);
    },

    async myOne(actor: Actor, id: number) {
      intakeAccess.require(actor, 'myOpinions');
      const r = await intake.get(db, id);
      if (
        !r ||
        actor.memberId === null ||
        r.member_id !== actor.memberId ||
        !['member', 'party_member'].includes(r.channel)
      )
        throw notFound('OPINION_NOT_FOUND', '意见不存在');
      return { ...presentListed(r), body: r.body, closedReason: r.closed_reason, updatedAt: r.updated_at };
    },

    /** The office's paper forms, many at once, each with the receipt code to write on the slip. */
    async enterPaper(
      actor: Actor,
      input: { campaignId?: number | null; rows: z.infer<typeof S.paperRow>[] },
      action: 'opinions.paper_entry' | 'opinions.paper_import' = 'opinions.paper_entry',
    ) {
      intakeAccess.require(actor, 'enterPaper');
      return inTransaction(db, async (trx) => {
        if (input.campaignId) await campaignTaking(campaigns, trx, input.campaignId, actor.orgId);
        const at = now();
        const receipts: { id: number; title: string; receipt: string }[] = [];
        for (const row of input.rows) {
          const receipt = newReceipt();
          const id = await intake.insert(trx, {
            org_id: actor.orgId,
            campaign_id: input.campaignId ?? null,
            channel: 'paper',
            member_id: null,
            author_name: row.authorName || null,
            ...sealContact(cipher, row.contact),
            sector_id: null,
            title: row.title,
            body: row.body,
            place: row.place || null,
            receipt_hash: receipt.hash,
            created_by: actor.userId,
            created_at: at,
            updated_at: at,
          });
          await place(trx, id);
          receipts.push({ id, title: row.title, receipt: receipt.code });
        }
        await audit.append(trx, actor, {
          action,
          objectType: 'opinion',
          objectId: receipts[0]!.id,
          orgId: actor.orgId,
          detail: { campaignId: input.campaignId ?? null, count: receipts.length, ids: receipts.map((r) => r.id) },
        });
        return { created: receipts.length, receipts };
      });
    },

    async list(actor: Actor, q: ListQuery) {
      intakeAccess.require(actor, 'listOpinions');
      const f = scoped(actor, q);
      const [{ items, total }, counts] = await Promise.all([
        intake.list(db, f, q.page, q.pageSize),
        intake.statusCounts(db, f),
      ]);
      return {
        items: items.map(presentListed),
        total,
        page: q.page,
        pageSize: q.pageSize,
        counts: Object.fromEntries(counts.map((c) => [c.status, Number(c.n)])),
      };
    },

    /** The filters' choices: the categories and themes of the organisations the reader sees. */
    async filters(actor: Actor) {
      intakeAccess.require(actor, 'listOpinions');
      const orgIds = actor.visibleOrgIds.filter((o) => readsOpinions(actor, o));
      const [cats, camps] = await Promise.all([intake.categories(db, orgIds), campaigns.listFor(db, orgIds)]);
      return {
        categories: cats.map((c) => ({ id: c.id, orgId: c.org_id, kind: c.kind, name: c.name })),
        campaigns: camps.map((c) => ({ id: c.id, title: c.title, year: c.year })),
      };
    },

    async detail(actor: Actor, id: number) {
      intakeAccess.require(actor, 'listOpinions');
      const r = await intake.get(db, id);
      if (!r || !readsOpinions(actor, r.org_id)) throw notFound('OPINION_NOT_FOUND', '意见不存在');
      return {
        ...presentListed(r),
        body: r.body,
        authorName: r.author_name,
        contactMasked: r.contact_masked,
        closedReason: r.closed_reason,
        updatedAt: r.updated_at,
        canUnmask: intakeAccess.has(actor, 'unmaskContact') && actor.orgId === r.org_id && !!r.contact_enc,
      };
    },

    /** The contact in clear, for the office of the opinion's organisation with the right to see personal data. */
    async unmask(actor: Actor, id: number) {
      intakeAccess.require(actor, 'unmaskContact');
      return inTransaction(db, async (trx) => {
        const r = await intake.get(trx, id);
        if (!r || !readsOpinions(actor, r.org_id)) throw notFound('OPINION_NOT_FOUND', '意见不存在');
        if (r.org_id !== actor.orgId) throw forbidden('NOT_OWN_ORG', '只能查看本单位意见的联系方式');
        if (!r.contact_enc) throw conflict('NO_CONTACT', '该意见未留联系方式');
        await audit.append(trx, actor, {
          action: 'opinions.contact_unmask',
          objectType: 'opinion',
          objectId: id,
          orgId: r.org_id,
        });
        return { contact: cipher.decrypt(r.contact_enc) };
      });
    },
  };
}

export type IntakeService = ReturnType<typeof createIntakeService>;
