// Study materials, the office's side: it drafts a material (a document's files, an article's
// text or a video's https address, with an audience and a deadline), publishes it — the
// audience resolved once into one reading row per member, set-based, and each told through the
// notify platform — withdraws it, and reminds those who have not finished. Each write
// authorises through the rule table, runs in one transaction and appends one audit entry.
import type { z } from 'zod';
import { inTransaction, type Db } from '../../../db/tx.js';
import type { MaterialKind } from '../../../db/tables/study-materials.js';
import type { Actor } from '../../../platform/access/actor.js';
import type { AuditAction } from '../../../platform/audit/actions.js';
import type { AuditLog } from '../../../platform/audit/audit-log.js';
import { chinaToday, type Clock } from '../../../platform/clock.js';
import type { FileService } from '../../../platform/files/file-service.js';
import { conflict, forbidden, invalid, notFound } from '../../../platform/errors.js';
import type { Notifier } from '../../../platform/notify/notifier.js';
import { membersOfAudience } from '../../members/index.js';
import { REMIND_GAP_HOURS } from './materials.model.js';
import {
  canViewMaterial,
  materialRules,
  materialsAccess,
  type MaterialRelation,
  type MaterialStep,
} from './materials.policy.js';
import type { MaterialRepo, MaterialRow } from './materials.repo.js';
import type * as S from './materials.schema.js';
import { materialTexts } from './materials.texts.js';

export const MATERIAL_FILE_OWNER = 'study_material';

export interface MaterialDeps {
  db: Db;
  audit: AuditLog;
  clock: Clock;
  notify: Notifier;
  files: FileService;
  materials: MaterialRepo;
}

/** The material a step is taken on: missing unless the actor may see it, then the step's rule. */
export async function loadMaterial(deps: MaterialDeps, db: Db, actor: Actor, id: number, step: MaterialStep | null) {
  const m = await deps.materials.get(db, id);
  if (!m) throw notFound();
  const rel: MaterialRelation = {
    reading: (await deps.materials.readOf(db, m.id, actor.memberId)) ?? null,
    now: deps.clock.now().toISOString(),
  };
  if (!canViewMaterial(actor, m, rel)) throw notFound();
  if (step) materialRules.authorize(actor, step, m, rel);
  return { m, rel };
}

/** Only an https address is a video link the member's phone may open. */
function isHttpsUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'https:' && !!u.hostname && !u.username && !u.password;
  } catch {
    return false;
  }
}

/** What each kind needs: an article its text, a video its https address, a document a file. */
function checkContent(kind: MaterialKind, c: { body: string | null; url: string | null; files: number }) {
  if (c.url && !isHttpsUrl(c.url)) throw invalid('url', '视频链接须为 https:// 开头的有效网址');
  if (kind === 'article' && !c.body) throw invalid('body', '文章须填写正文');
  if (kind === 'video' && !c.url) throw invalid('url', '视频资料须填写 https 链接');
  if (kind === 'document' && c.files === 0) throw invalid('fileIds', '文件资料须上传至少一个文件');
}

export function createMaterialService(deps: MaterialDeps) {
  const { db, audit, clock, materials, files } = deps;
  const now = () => clock.now().toISOString();

  /** The audience may name only the office's own members and those of the counties it sees. */
  async function checkAudience(actor: Actor, a: S.MaterialAudienceBody) {
    const orgIds = a.orgIds?.length ? a.orgIds : [actor.orgId];
    if (orgIds.some((o) => !actor.visibleOrgIds.includes(o)))
      throw forbidden('ORG_NOT_VISIBLE', '不能向该组织分配学习资料');
    if (a.memberIds?.length) {
      const found = new Set((await membersOfAudience(db, { orgIds, memberIds: a.memberIds })).map((m) => m.id));
      if (a.memberIds.some((m) => !found.has(m))) throw invalid('audience.memberIds', '所选委员不存在或已不在任');
    }
  }
  const checkDeadline = (deadline: string | null | undefined) => {
    if (deadline && deadline < chinaToday(clock)) throw invalid('deadline', '截止日期不能早于今天');
  };
  const record = (
    trx: Db,
    actor: Actor,
    m: Pick<MaterialRow, 'id' | 'org_id'>,
    action: AuditAction,
    detail?: Record<string, unknown>,
  ) =>
    audit.append(trx, actor, {
      action,
      objectType: 'study_material',
      objectId: m.id,
      orgId: m.org_id,
      ...(detail && { detail }),
    });
  const tell = (trx: Db, m: MaterialRow, userIds: number[], kind: string, text: typeof materialTexts.published) =>
    deps.notify.send(trx, {
      orgId: m.org_id,
      userIds,
      kind,
      ...text(m.title, m.deadline),
      link: `/study/mine/${m.id}`,
      objectType: 'study_material',
      objectId: m.id,
    });

  return {
    async create(actor: Actor, input: z.infer<typeof S.createBody>) {
      materialsAccess.require(actor, 'createMaterial');
      checkContent(input.kind, { body: input.body ?? null, url: input.url ?? null, files: input.fileIds?.length ?? 0 });
      await checkAudience(actor, input.audience);
      checkDeadline(input.deadline);
      const at = now();
      return inTransaction(db, async (trx) => {
        const m = await materials.insert(trx, {
          org_id: actor.orgId,
          kind: input.kind,
          title: input.title,
          summary: input.summary,
          body: input.kind === 'article' ? (input.body ?? null) : null,
          url: input.kind === 'video' ? (input.url ?? null) : null,
          minutes: input.minutes,
          audience: JSON.stringify(input.audience),
          deadline: input.deadline ?? null,
          status: 'draft',
          created_by: actor.userId,
          created_at: at,
          updated_at: at,
          published_at: null,
          withdrawn_at: null,
          reminded_at: null,
        });
        if (input.fileIds?.length) await files.attach(trx, actor, input.fileIds, MATERIAL_FILE_OWNER, m.id);
        await record(trx, actor, m, 'study.material_create', {
          kind: m.kind,
          title: m.title,
          files: input.fileIds?.length ?? 0,
        });
        return { id: m.id };
      });
    },

    async update(actor: Actor, id: number, input: z.infer<typeof S.updateBody>) {
      const { m } = await loadMaterial(deps, db, actor, id, 'editMaterial');
      const current = (await files.listFor(db, MATERIAL_FILE_OWNER, m.id)).map((f) => f.id);
      checkContent(m.kind, {
        body: input.body !== undefined ? input.body : m.body,
        url: input.url !== undefined ? input.url : m.url,
        files: input.fileIds ? input.fileIds.length : current.length,
      });
      if (input.audience) await checkAudience(actor, input.audience);
      checkDeadline(input.deadline);
      return inTransaction(db, async (trx) => {
        await materials.update(trx, m.id, {
          ...(input.title !== undefined && { title: input.title }),
          ...(input.summary !== undefined && { summary: input.summary }),
          ...(input.body !== undefined && m.kind === 'article' && { body: input.body }),
          ...(input.url !== undefined && m.kind === 'video' && { url: input.url }),
          ...(input.minutes !== undefined && { minutes: input.minutes }),
          ...(input.audience && { audience: JSON.stringify(input.audience) }),
          ...(input.deadline !== undefined && { deadline: input.deadline }),
          updated_at: now(),
        });
        if (input.fileIds) {
          const gone = current.filter((f) => !input.fileIds!.includes(f));
          const added = input.fileIds.filter((f) => !current.includes(f));
          if (gone.length) await files.detach(trx, gone, MATERIAL_FILE_OWNER, m.id);
          if (added.length) await files.attach(trx, actor, added, MATERIAL_FILE_OWNER, m.id);
        }
        await record(trx, actor, m, 'study.material_update', { fields: Object.keys(input) });
        return { id: m.id };
      });
    },

    /** Resolves the audience into one reading row per member (one INSERT ... SELECT) and tells each. */
    async publish(actor: Actor, id: number) {
      const { m } = await loadMaterial(deps, db, actor, id, 'publishMaterial');
      const a = JSON.parse(m.audience) as S.MaterialAudienceBody;
      // The audience was checked when written; visibility may have changed since.
      await checkAudience(actor, a);
      if (m.deadline && m.deadline < chinaToday(clock))
        throw conflict('DEADLINE_PASSED', '截止日期已过，请先修改截止日期');
      const orgIds = a.orgIds?.length ? a.orgIds : [m.org_id];
      return inTransaction(db, async (trx) => {
        // Claimed first: of two publishes at once, the second finds it no longer a draft.
        const at = now();
        if (
          !(await materials.moveStatus(trx, m.id, 'draft', { status: 'published', published_at: at, updated_at: at }))
        )
          throw conflict('NOT_DRAFT', '学习资料已发布或已撤回');
        const assigned = await materials.assign(trx, m.id, { ...a, orgIds });
        if (assigned === 0) throw invalid('audience', '所选对象中没有在任委员');
        await materials.update(trx, m.id, { assigned_count: assigned });
        const withoutAccount = await materials.withoutAccount(trx, m.id);
        await tell(trx, m, await materials.accountsOf(trx, m.id, false), 'study.material', materialTexts.published);
        await record(trx, actor, m, 'study.material_publish', { audience: a, assigned, withoutAccount });
        return { assigned, withoutAccount };
      });
    },

    async withdraw(actor: Actor, id: number) {
      const { m } = await loadMaterial(deps, db, actor, id, 'withdrawMaterial');
      return inTransaction(db, async (trx) => {
        const at = now();
        if (
          !(await materials.moveStatus(trx, m.id, 'published', {
            status: 'withdrawn',
            withdrawn_at: at,
            updated_at: at,
          }))
        )
          throw conflict('NOT_PUBLISHED', '学习资料未发布或已撤回');
        await record(trx, actor, m, 'study.material_withdraw');
        return { ok: true as const };
      });
    },

    /** One reminder to those who have not finished it, then none for REMIND_GAP_HOURS. */
    async remind(actor: Actor, id: number) {
      const { m } = await loadMaterial(deps, db, actor, id, 'remindMaterial');
      return inTransaction(db, async (trx) => {
        const at = now();
        // On the material's own row: two clicks at once send one reminder.
        if (!(await materials.claimReminder(trx, m.id, m.reminded_at, at)))
          throw conflict('REMINDED_RECENTLY', '刚提醒过未学完的委员，请稍后再提醒');
        const unfinished = await materials.accountsOf(trx, m.id, true);
        if (!unfinished.length) throw conflict('ALL_FINISHED', '所有委员都已学完，无需提醒');
        await tell(trx, m, unfinished, 'study.material_reminder', materialTexts.reminder);
        await record(trx, actor, m, 'study.material_remind', { reminded: unfinished.length });
        const nextAt = new Date(Date.parse(at) + REMIND_GAP_HOURS * 3600_000).toISOString();
        return { reminded: unfinished.length, nextAt };
      });
    },
  };
}

export type MaterialService = ReturnType<typeof createMaterialService>;
