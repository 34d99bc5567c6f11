// Strategic themes (the city's named initiatives): the office names them with a description and
// period and retires them (inactive); says which topics, meetings, research reports and 社情民意
// reports carry which; and everyone who reads the work plan sees the year's coverage — per theme,
// how many of the year's topics, meetings, reports, 社情民意 reports and proposals serve it, and
// how much of the year's work serves none. Each write authorises through the rules, runs in one
// transaction and appends one audit entry.
import { inTransaction, type Db } from '../../../db/tx.js';
import type { ThemeTargetKind } from '../../../db/tables/workplan-engagement.js';
import type { Actor } from '../../../platform/access/actor.js';
import type { AuditLog } from '../../../platform/audit/audit-log.js';
import { chinaYearBounds, type Clock } from '../../../platform/clock.js';
import { conflict, invalid, notFound } from '../../../platform/errors.js';
import { meetingsForStudy } from '../../meetings/index.js';
import { opinionReportsOf } from '../../opinions/index.js';
import { proposalThemeCounts } from '../../proposals/index.js';
import { readsWorkplan } from '../scope.policy.js';
import { themeAccess, themeRules } from './themes.policy.js';
import type { ThemeRepo, ThemeRow } from './themes.repo.js';
import type { Counts, LinkInput, ThemeInput, ThemePatch } from './themes.schema.js';

export interface ThemeDeps {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  themes: ThemeRepo;
}

const KEY: Record<ThemeTargetKind, keyof Counts> = {
  topic: 'topic',
  meeting: 'meeting',
  report: 'report',
  opinion_report: 'opinionReport',
};
const zero = (): Counts => ({ topic: 0, meeting: 0, report: 0, opinionReport: 0, proposal: 0 });

export function createThemeService(deps: ThemeDeps) {
  const { db, clock, audit, themes } = deps;
  const now = () => clock.now().toISOString();

  const present = (actor: Actor, t: ThemeRow) => ({
    id: t.id,
    orgId: t.org_id,
    name: t.name,
    description: t.description,
    startsOn: t.starts_on,
    endsOn: t.ends_on,
    active: t.active === 1,
    allowedActions: themeRules.allowed(actor, { orgId: t.org_id }, null),
  });

  async function load(trx: Db, actor: Actor, id: number) {
    const t = await themes.get(trx, id);
    if (!t || !readsWorkplan(actor, t.org_id)) throw notFound('THEME_NOT_FOUND', '主题不存在');
    return t;
  }

  function checkPeriod(startsOn: string | null | undefined, endsOn: string | null | undefined) {
    if (startsOn && endsOn && endsOn < startsOn) throw invalid('endsOn', '结束日期不能早于开始日期');
  }

  async function checkName(trx: Db, orgId: number, name: string, self?: number) {
    const other = await themes.byName(trx, orgId, name);
    if (other && other.id !== self) throw conflict('THEME_NAME_TAKEN', '本单位已有同名主题');
  }

  /** The organisation of the tagged work, among those the actor reads (a meeting published); null if none. */
  async function targetOrg(trx: Db, actor: Actor, kind: ThemeTargetKind, targetId: number) {
    const visible = (orgId: number | undefined) => (orgId !== undefined && readsWorkplan(actor, orgId) ? orgId : null);
    if (kind === 'topic') return visible((await themes.topicOrg(trx, targetId))?.org_id);
    if (kind === 'report') return visible((await themes.reportOrg(trx, targetId))?.org_id);
    for (const orgId of actor.visibleOrgIds) {
      const found =
        kind === 'meeting'
          ? await meetingsForStudy(trx, { orgId, ids: [targetId] })
          : await opinionReportsOf(trx, { orgId, ids: [targetId] });
      if (found.length) return visible(orgId);
    }
    return null;
  }

  /** The ids of the year's work per kind (cancelled meetings are not work done). */
  async function yearWork(orgId: number, year: number): Promise<Record<ThemeTargetKind, Set<number>>> {
    const { from, to } = chinaYearBounds(year);
    const [topics, reports, meetings, opinionReports] = await Promise.all([
      themes.topicIdsOf(db, orgId, year),
      themes.reportIdsOf(db, orgId, year),
      meetingsForStudy(db, { orgId, from, to }),
      opinionReportsOf(db, { orgId, year }),
    ]);
    return {
      topic: new Set(topics),
      report: new Set(reports),
      meeting: new Set(meetings.filter((m) => m.status !== 'cancelled').map((m) => m.id)),
      opinion_report: new Set(opinionReports.map((r) => r.id)),
    };
  }

  return {
    async list(actor: Actor, q: { active?: 'true' | 'false' }) {
      themeAccess.require(actor, 'readThemes');
      const rows = await themes.list(db, actor.currentOrgId, q.active === undefined ? undefined : q.active === 'true');
      return rows.map((t) => present(actor, t));
    },

    async create(actor: Actor, input: ThemeInput) {
      themeAccess.require(actor, 'createTheme');
      checkPeriod(input.startsOn, input.endsOn);
      const id = await inTransaction(db, async (trx) => {
        await checkName(trx, actor.orgId, input.name);
        const at = now();
        const id = await themes.insert(trx, {
          org_id: actor.orgId,
          name: input.name,
          description: input.description ?? null,
          starts_on: input.startsOn ?? null,
          ends_on: input.endsOn ?? null,
          active: input.active ? 1 : 0,
          created_at: at,
          updated_at: at,
        });
        await audit.append(trx, actor, {
          action: 'workplan.theme_create',
          objectType: 'workplan_theme',
          objectId: id,
          orgId: actor.orgId,
        });
        return id;
      });
      return present(actor, (await themes.get(db, id))!);
    },

    async update(actor: Actor, id: number, input: ThemePatch) {
      await inTransaction(db, async (trx) => {
        const t = await load(trx, actor, id);
        themeRules.authorize(actor, 'editTheme', { orgId: t.org_id }, null);
        const startsOn = input.startsOn !== undefined ? input.startsOn : t.starts_on;
        const endsOn = input.endsOn !== undefined ? input.endsOn : t.ends_on;
        checkPeriod(startsOn, endsOn);
        if (input.name !== undefined) await checkName(trx, t.org_id, input.name, id);
        await themes.update(trx, id, {
          ...(input.name !== undefined && { name: input.name }),
          ...(input.description !== undefined && { description: input.description }),
          starts_on: startsOn ?? null,
          ends_on: endsOn ?? null,
          ...(input.active !== undefined && { active: input.active ? 1 : 0 }),
          updated_at: now(),
        });
        await audit.append(trx, actor, {
          action: 'workplan.theme_update',
          objectType: 'workplan_theme',
          objectId: id,
          orgId: t.org_id,
        });
      });
      return present(actor, (await themes.get(db, id))!);
    },

    async linksOf(actor: Actor, kind: ThemeTargetKind, targetId: number) {
      themeAccess.require(actor, 'readThemes');
      const orgId = await targetOrg(db, actor, kind, targetId);
      if (orgId === null) throw notFound('TARGET_NOT_FOUND', '所标注的工作不存在');
      return { kind, targetId, themes: await themes.linksOf(db, orgId, kind, targetId) };
    },

    /** Replaces the themes a piece of work carries with the ones given (all the organisation's own). */
    async setLinks(actor: Actor, input: LinkInput) {
      const themeIds = [...new Set(input.themeIds)];
      const orgId = await inTransaction(db, async (trx) => {
        const orgId = await targetOrg(trx, actor, input.kind, input.targetId);
        if (orgId === null) throw notFound('TARGET_NOT_FOUND', '所标注的工作不存在');
        themeRules.authorize(actor, 'tagWork', { orgId }, null);
        const own = new Set((await themes.list(trx, orgId)).map((t) => t.id));
        if (themeIds.some((t) => !own.has(t))) throw invalid('themeIds', '所选主题不属于本单位');
        await themes.setLinks(trx, orgId, input.kind, input.targetId, themeIds);
        await audit.append(trx, actor, {
          action: 'workplan.theme_links',
          objectType: `workplan_${input.kind}`,
          objectId: input.targetId,
          orgId,
          detail: { themeIds },
        });
        return orgId;
      });
      return {
        kind: input.kind,
        targetId: input.targetId,
        themes: await themes.linksOf(db, orgId, input.kind, input.targetId),
      };
    },

    /** Per theme, how much of the year's work serves it; and how much serves none. */
    async coverage(actor: Actor, year: number) {
      themeAccess.require(actor, 'readCoverage');
      const orgId = actor.currentOrgId;
      const [rows, links, work] = await Promise.all([
        themes.list(db, orgId),
        themes.allLinks(db, orgId),
        yearWork(orgId, year),
      ]);
      const proposals = await proposalThemeCounts(db, { orgId, year, names: rows.map((t) => t.name) });
      const per = new Map(rows.map((t) => [t.id, zero()]));
      const tagged: Record<ThemeTargetKind, Set<number>> = {
        topic: new Set(),
        meeting: new Set(),
        report: new Set(),
        opinion_report: new Set(),
      };
      for (const l of links) {
        if (!work[l.kind].has(l.target_id)) continue;
        per.get(l.theme_id)![KEY[l.kind]]++;
        tagged[l.kind].add(l.target_id);
      }
      const totals = zero();
      const without = zero();
      for (const kind of Object.keys(KEY) as ThemeTargetKind[]) {
        totals[KEY[kind]] = work[kind].size;
        without[KEY[kind]] = work[kind].size - tagged[kind].size;
      }
      totals.proposal = proposals.total;
      without.proposal = proposals.without;
      return {
        year,
        themes: rows.map((t) => {
          const counts = { ...per.get(t.id)!, proposal: proposals.byName[t.name] ?? 0 };
          const total = Object.values(counts).reduce((a, b) => a + b, 0);
          return { id: t.id, name: t.name, active: t.active === 1, counts, total };
        }),
        totals,
        without,
      };
    },
  };
}

export type ThemeService = ReturnType<typeof createThemeService>;
