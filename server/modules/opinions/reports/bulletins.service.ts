// The bulletin (刊物): the office composes a numbered issue of its organisation's year (numbers
// given in order, without gaps), puts adopted reports in it in an order, publishes it (the
// reports become published, their authors are told) and prints it as Word. The office and the
// organisation's readers (a city its counties') read the issues.
import { inTransaction, type Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import { chinaDate, zhDate } from '../../../platform/clock.js';
import { forbidden, invalid, notFound } from '../../../platform/errors.js';
import type { OrgTree } from '../../../platform/access/org-tree.js';
import type { Selectable } from 'kysely';
import type { SqmyBulletinsTable } from '../../../db/tables/sqmy-reports.js';
import { bulletinDocx } from './bulletin-doc.js';
import type { BulletinsRepo } from './bulletins.repo.js';
import { bulletinRules, readsReports, reportsAccess } from './reports.policy.js';
import type { ReportsDeps, ReportSteps } from './reports.service.js';
import { BULLETIN_NAME, issueLabel, reportTexts } from './reports.texts.js';

type BulletinRow = Selectable<SqmyBulletinsTable>;

export function createBulletinsService(
  deps: ReportsDeps & { bulletins: BulletinsRepo; orgTree: OrgTree },
  steps: ReportSteps,
) {
  const { db, audit, reports, bulletins, clock, orgTree } = deps;
  const label = (b: Pick<BulletinRow, 'name' | 'year' | 'number'>) => issueLabel(b.name, b.year, b.number);

  async function load(trx: Db, actor: Actor, id: number) {
    const b = await bulletins.byId(trx, id);
    if (!b || !readsReports(actor, b.org_id)) throw notFound('BULLETIN_NOT_FOUND', '该期刊物不存在');
    return b;
  }
  const authorLine = (names: string[]) => (names.length ? names.join('　') : '本刊');

  async function itemsOf(trx: Db, id: number) {
    const items = await bulletins.items(trx, id);
    const authors = await reports.authorsOf(
      trx,
      items.map((i) => i.id),
    );
    return items.map((i) => ({
      reportId: i.id,
      title: i.title,
      body: i.body,
      authors: authors.filter((a) => a.report_id === i.id).map((a) => a.name),
    }));
  }

  return {
    async list(actor: Actor, year: number) {
      reportsAccess.require(actor, 'readBulletins');
      if (!readsReports(actor, actor.currentOrgId)) throw forbidden();
      return (await bulletins.ofYear(db, actor.currentOrgId, year)).map((b) => ({
        id: b.id,
        label: label(b),
        year: b.year,
        number: b.number,
        status: b.status,
        issuedOn: b.issued_on,
        items: Number(b.items),
      }));
    },

    /** A new issue of the year, numbered next. */
    async compose(actor: Actor, year: number) {
      reportsAccess.require(actor, 'composeBulletin');
      return inTransaction(db, async (trx) => {
        const number = await bulletins.nextNumber(trx, actor.orgId, year);
        const at = steps.now();
        const id = await bulletins.insert(trx, {
          org_id: actor.orgId,
          year,
          number,
          name: BULLETIN_NAME,
          created_by: actor.userId,
          created_at: at,
          updated_at: at,
        });
        await audit.append(trx, actor, {
          action: 'opinions.bulletin_create',
          objectType: 'sqmy_bulletin',
          objectId: id,
          orgId: actor.orgId,
          detail: { year, number },
        });
        return { id, number, label: issueLabel(BULLETIN_NAME, year, number) };
      });
    },

    async detail(actor: Actor, id: number) {
      reportsAccess.require(actor, 'readBulletins');
      const b = await load(db, actor, id);
      const items = await itemsOf(db, id);
      const allowedActions = bulletinRules.allowed(actor, b, { items: items.length });
      return {
        id: b.id,
        label: label(b),
        year: b.year,
        number: b.number,
        status: b.status,
        issuedOn: b.issued_on,
        items,
        // What the office may add while the issue is a draft.
        candidates: allowedActions.includes('arrangeBulletin')
          ? (await bulletins.candidates(db, b.org_id)).map((c) => ({ reportId: c.id, title: c.title }))
          : [],
        allowedActions,
      };
    },

    /** The issue's reports, in the order given (replacing what it held). */
    async arrange(actor: Actor, id: number, reportIds: number[]) {
      const ids = [...new Set(reportIds)];
      return inTransaction(db, async (trx) => {
        const b = await load(trx, actor, id);
        bulletinRules.authorize(actor, 'arrangeBulletin', b, { items: 0 });
        const ok = await bulletins.placeable(trx, b.org_id, id, ids);
        if (ok.length !== ids.length) throw invalid('reportIds', '所选信息不存在、未采用或已编入其他期刊物');
        await bulletins.replaceItems(trx, id, ids);
        await bulletins.update(trx, id, { updated_at: steps.now() });
        await audit.append(trx, actor, {
          action: 'opinions.bulletin_arrange',
          objectType: 'sqmy_bulletin',
          objectId: id,
          orgId: b.org_id,
          detail: { reportIds: ids },
        });
        return { id, items: ids.length };
      });
    },

    async publish(actor: Actor, id: number) {
      return inTransaction(db, async (trx) => {
        const b = await load(trx, actor, id);
        const items = await bulletins.items(trx, id);
        bulletinRules.authorize(actor, 'publishBulletin', b, { items: items.length });
        const at = steps.now();
        const issuedOn = chinaDate(clock.now());
        await bulletins.update(trx, id, { status: 'published', issued_on: issuedOn, published_at: at, updated_at: at });
        for (const item of items) {
          await reports.update(trx, item.id, { status: 'published', updated_at: at });
          const r = (await reports.byId(trx, item.id))!;
          await steps.tellAuthors(trx, r, reportTexts.published(r.title, label(b)), 'opinions.report_published');
        }
        await audit.append(trx, actor, {
          action: 'opinions.bulletin_publish',
          objectType: 'sqmy_bulletin',
          objectId: id,
          orgId: b.org_id,
          detail: { label: label(b), reports: items.length },
        });
        return { id, status: 'published' as const, issuedOn };
      });
    },

    /** The issue as Word (a draft too, to proofread it), recorded in the audit trail. */
    async docx(actor: Actor, id: number) {
      reportsAccess.require(actor, 'readBulletins');
      const b = await load(db, actor, id);
      const [items, org] = await Promise.all([itemsOf(db, id), orgTree.get(b.org_id)]);
      const data = await bulletinDocx({
        name: b.name,
        issue: `${b.year}年第${b.number}期`,
        editor: `${org?.name ?? ''}办公室编`,
        date: zhDate(b.published_at ?? clock.now().toISOString()),
        reports: items.map((i) => ({ title: i.title, authors: authorLine(i.authors), body: i.body })),
      });
      await audit.record(actor, {
        action: 'opinions.bulletin_export',
        objectType: 'sqmy_bulletin',
        objectId: id,
        orgId: b.org_id,
        detail: { label: label(b) },
      });
      return { filename: `${b.name}${b.year}年第${b.number}期.docx`, data };
    },
  };
}

export type BulletinsService = ReturnType<typeof createBulletinsService>;
