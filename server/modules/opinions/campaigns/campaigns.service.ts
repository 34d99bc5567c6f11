// The sector activity week's campaigns: the organiser's office writes one for a year, opens and
// closes it and chooses the organisations taking part; each organisation's office signs up its
// participants; the events are the activity-week meetings those organisations publish in the
// campaign's days. Each write authorises through the rules, runs in one transaction and appends
// one audit entry.
import { randomBytes } from 'node:crypto';
import { inTransaction, type Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import type { OrgTree } from '../../../platform/access/org-tree.js';
import type { AuditAction } from '../../../platform/audit/actions.js';
import type { AuditLog } from '../../../platform/audit/audit-log.js';
import type { Clock } from '../../../platform/clock.js';
import { invalid, notFound } from '../../../platform/errors.js';
import { meetingsForStudy } from '../../meetings/index.js';
import { membersByIds } from '../../members/index.js';
import { daysBetween, daysToInstants, MAX_DAYS, newLinkToken } from './campaigns.model.js';
import {
  campaignAccess,
  campaignRules,
  seesCampaign,
  type CampaignRelation,
  type CampaignSubject,
} from './campaigns.policy.js';
import type { CampaignRepo, CampaignRow } from './campaigns.repo.js';

export interface CampaignDeps {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  orgTree: OrgTree;
  campaigns: CampaignRepo;
}

export interface CampaignInput {
  year: number;
  title: string;
  theme: string;
  description?: string | null;
  startsOn: string;
  endsOn: string;
}

type Step = Parameters<typeof campaignRules.authorize>[1];

const summary = (c: CampaignRow) => ({
  id: c.id,
  orgId: c.org_id,
  year: c.year,
  title: c.title,
  theme: c.theme,
  description: c.description,
  startsOn: c.starts_on,
  endsOn: c.ends_on,
  status: c.status,
  publicOpen: c.public_open === 1,
  hasPublicLink: c.public_token_hash !== null,
});

function checkDates(startsOn: string, endsOn: string) {
  if (endsOn < startsOn) throw invalid('endsOn', '结束日期不能早于开始日期');
  if (daysBetween(startsOn, endsOn) > MAX_DAYS) throw invalid('endsOn', '活动时间不能超过一年');
}

export function createCampaignService(deps: CampaignDeps) {
  const { db, clock, audit, orgTree, campaigns } = deps;
  const now = () => clock.now().toISOString();

  /** The campaign for a step: 404 when the actor cannot see it, else the rules' verdict. */
  async function load(trx: Db, actor: Actor, id: number, step?: Step) {
    const c = await campaigns.get(trx, id);
    const rel: CampaignRelation = { orgIds: c ? await campaigns.orgIds(trx, id) : [] };
    const subject: CampaignSubject | undefined = c && { orgId: c.org_id, status: c.status };
    if (!c || !subject || !seesCampaign(actor, subject, rel)) throw notFound('CAMPAIGN_NOT_FOUND', '活动不存在');
    if (step) campaignRules.authorize(actor, step, subject, rel);
    return { c, rel, subject };
  }

  async function writeAudit(
    trx: Db,
    actor: Actor,
    c: CampaignRow,
    action: AuditAction,
    detail?: Record<string, unknown>,
  ) {
    await audit.append(trx, actor, {
      action,
      objectType: 'opinion_campaign',
      objectId: c.id,
      orgId: c.org_id,
      ...(detail ? { detail } : {}),
    });
  }

  /** The organisations' activity-week meetings in the campaign's days. */
  async function events(c: CampaignRow, orgIds: readonly number[]) {
    const { from, to } = daysToInstants(c.starts_on, c.ends_on);
    const lists = await Promise.all(orgIds.map((orgId) => meetingsForStudy(db, { orgId, from, to })));
    return lists
      .flat()
      .filter((m) => m.category === 'activity_week' && m.status !== 'cancelled')
      .map((m) => ({ id: m.id, orgId: m.orgId, title: m.title, startsAt: m.startsAt, venue: m.venue }))
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  }

  return {
    load,

    async list(actor: Actor) {
      campaignAccess.require(actor, 'readCampaigns');
      const rows = await campaigns.listFor(db, [...new Set([...actor.visibleOrgIds, actor.orgId])]);
      return rows.map((r) => ({
        id: r.id,
        orgId: r.org_id,
        orgName: r.org_name,
        year: r.year,
        title: r.title,
        theme: r.theme,
        startsOn: r.starts_on,
        endsOn: r.ends_on,
        status: r.status,
        publicOpen: r.public_open === 1,
      }));
    },

    /** A member's choice: the open campaigns his organisation takes part in. */
    async open(actor: Actor) {
      campaignAccess.require(actor, 'openCampaigns');
      const rows = await campaigns.listFor(db, [actor.orgId], 'open');
      return rows.map((r) => ({ id: r.id, year: r.year, title: r.title, theme: r.theme, orgName: r.org_name }));
    },

    async detail(actor: Actor, id: number) {
      campaignAccess.require(actor, 'readCampaigns');
      const { c, rel, subject } = await load(db, actor, id);
      // A county sees its own part; the organiser (and those above it) every organisation's.
      const shown = rel.orgIds.filter((o) => actor.visibleOrgIds.includes(o));
      const [orgs, participants, counts, evs] = await Promise.all([
        campaigns.orgs(db, id),
        campaigns.participants(db, id, shown),
        campaigns.opinionCounts(db, id, shown),
        events(c, shown),
      ]);
      const visible = await orgTree.visibleFrom(c.org_id);
      const choosable = (await Promise.all(visible.map((o) => orgTree.get(o)))).filter((o) => o?.active);
      return {
        ...summary(c),
        orgs: orgs.map((o) => ({ id: o.id, name: o.name, level: o.level })),
        choosableOrgs: choosable.map((o) => ({ id: o!.id, name: o!.shortName })),
        participants: participants.map((p) => ({
          orgId: p.org_id,
          memberId: p.member_id,
          name: p.name,
          party: p.party,
          sector: p.sector,
        })),
        events: evs,
        counts: shown.map((orgId) => {
          const mine = counts.filter((r) => r.org_id === orgId);
          const by = (ch: string) => Number(mine.find((r) => r.channel === ch)?.n ?? 0);
          return {
            orgId,
            member: by('member'),
            partyMember: by('party_member'),
            paper: by('paper'),
            public: by('public'),
            total: mine.reduce((s, r) => s + Number(r.n), 0),
          };
        }),
        allowedActions: campaignRules.allowed(actor, subject, rel),
      };
    },

    async create(actor: Actor, input: CampaignInput) {
      campaignAccess.require(actor, 'createCampaign');
      checkDates(input.startsOn, input.endsOn);
      return inTransaction(db, async (trx) => {
        const at = now();
        const id = await campaigns.insert(trx, {
          org_id: actor.orgId,
          year: input.year,
          title: input.title,
          theme: input.theme,
          description: input.description || null,
          starts_on: input.startsOn,
          ends_on: input.endsOn,
          created_by: actor.userId,
          created_at: at,
          updated_at: at,
        });
        // The organiser takes part in its own campaign.
        await campaigns.setOrgs(trx, id, [actor.orgId]);
        const c = (await campaigns.get(trx, id))!;
        await writeAudit(trx, actor, c, 'opinions.campaign_create', { year: input.year });
        return summary(c);
      });
    },

    async update(actor: Actor, id: number, input: Partial<CampaignInput>) {
      return inTransaction(db, async (trx) => {
        const { c } = await load(trx, actor, id, 'editCampaign');
        checkDates(input.startsOn ?? c.starts_on, input.endsOn ?? c.ends_on);
        await campaigns.update(trx, id, {
          ...(input.year !== undefined ? { year: input.year } : {}),
          ...(input.title !== undefined ? { title: input.title } : {}),
          ...(input.theme !== undefined ? { theme: input.theme } : {}),
          ...(input.description !== undefined ? { description: input.description || null } : {}),
          ...(input.startsOn !== undefined ? { starts_on: input.startsOn } : {}),
          ...(input.endsOn !== undefined ? { ends_on: input.endsOn } : {}),
          updated_at: now(),
        });
        await writeAudit(trx, actor, c, 'opinions.campaign_update', { fields: Object.keys(input) });
        return summary((await campaigns.get(trx, id))!);
      });
    },

    async setStatus(actor: Actor, id: number, to: 'open' | 'closed') {
      return inTransaction(db, async (trx) => {
        const { c } = await load(trx, actor, id, to === 'open' ? 'openCampaign' : 'closeCampaign');
        // A closed campaign's public form stops with it.
        await campaigns.update(trx, id, {
          status: to,
          ...(to === 'closed' ? { public_open: 0 } : {}),
          updated_at: now(),
        });
        await writeAudit(trx, actor, c, to === 'open' ? 'opinions.campaign_open' : 'opinions.campaign_close');
        return summary((await campaigns.get(trx, id))!);
      });
    },

    /** The organisations taking part: the organiser always, and any organisation it sees. */
    async setOrgs(actor: Actor, id: number, orgIds: number[]) {
      return inTransaction(db, async (trx) => {
        const { c } = await load(trx, actor, id, 'setCampaignOrgs');
        const visible = await orgTree.visibleFrom(c.org_id);
        const ids = [...new Set([c.org_id, ...orgIds])];
        if (ids.some((o) => !visible.includes(o))) throw invalid('orgIds', '只能选择本单位及下级政协');
        await campaigns.setOrgs(trx, id, ids);
        await writeAudit(trx, actor, c, 'opinions.campaign_orgs', { orgIds: ids });
        return { orgIds: ids };
      });
    },

    /** One organisation's participants (the office's own), replaced by the list given. */
    async setParticipants(actor: Actor, id: number, memberIds: number[]) {
      return inTransaction(db, async (trx) => {
        const { c } = await load(trx, actor, id, 'setParticipants');
        const ids = [...new Set(memberIds)];
        const found = await membersByIds(trx, ids);
        if (found.length !== ids.length || found.some((m) => m.org_id !== actor.orgId || m.active !== 1))
          throw invalid('memberIds', '所选委员不存在、已不在任或不属于本单位');
        const result = await campaigns.setParticipants(trx, id, actor.orgId, ids, actor.userId, now());
        await audit.append(trx, actor, {
          action: 'opinions.campaign_participants',
          objectType: 'opinion_campaign',
          objectId: c.id,
          orgId: actor.orgId,
          detail: { memberIds: ids, ...result },
        });
        return result;
      });
    },

    /**
     * Turns the public form on or off. The first time on makes the link: its token is answered
     * this once (only its hash is kept) with the secret that signs the form's challenges.
     */
    async setPublic(actor: Actor, id: number, enabled: boolean) {
      return inTransaction(db, async (trx) => {
        const { c } = await load(trx, actor, id, 'managePublicLink');
        if (enabled && c.status !== 'open') throw invalid('enabled', '活动进行中才能开放公众意见征集');
        const fresh = enabled && !c.public_token_hash ? newLinkToken() : null;
        await campaigns.update(trx, id, {
          public_open: enabled ? 1 : 0,
          ...(fresh ? { public_token_hash: fresh.hash } : {}),
          ...(enabled && !c.challenge_secret ? { challenge_secret: randomBytes(32).toString('base64url') } : {}),
          updated_at: now(),
        });
        await writeAudit(trx, actor, c, enabled ? 'opinions.public_link_on' : 'opinions.public_link_off');
        return { ...summary((await campaigns.get(trx, id))!), token: fresh?.token ?? null };
      });
    },

    /** A new link: the old one stops at once; the new token is answered this once. */
    async rotate(actor: Actor, id: number) {
      return inTransaction(db, async (trx) => {
        const { c } = await load(trx, actor, id, 'managePublicLink');
        const fresh = newLinkToken();
        await campaigns.update(trx, id, {
          public_token_hash: fresh.hash,
          ...(!c.challenge_secret ? { challenge_secret: randomBytes(32).toString('base64url') } : {}),
          updated_at: now(),
        });
        await writeAudit(trx, actor, c, 'opinions.public_link_rotate');
        return { ...summary((await campaigns.get(trx, id))!), token: fresh.token };
      });
    },
  };
}

export type CampaignService = ReturnType<typeof createCampaignService>;
