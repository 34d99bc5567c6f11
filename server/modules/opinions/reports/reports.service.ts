// 社情民意 reports: a member submits one (alone or with co-authors of his organisation), or one is
// received from routed opinions or a converted proposal; the office edits the text (each edit a
// kept version, the authors see the tracked changes) and adopts it or not with a reason. Each
// write authorises through the rules, runs in one transaction, appends an audit entry and tells
// the authors.
import { inTransaction, type Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import type { AuditLog } from '../../../platform/audit/audit-log.js';
import { chinaDate, type Clock } from '../../../platform/clock.js';
import { conflict, forbidden, invalid, notFound } from '../../../platform/errors.js';
import type { Notifier } from '../../../platform/notify/notifier.js';
import { activeUserIdsOfMembers } from '../../accounts/index.js';
import { membersByIds } from '../../members/index.js';
import type { ReportStatus, SqmyReportsTable } from '../../../db/tables/sqmy-reports.js';
import type { Selectable } from 'kysely';
import { canViewReport, readsReports, reportRules, reportsAccess, type ReportRelation } from './reports.policy.js';
import type { ReportsRepo } from './reports.repo.js';
import { issueLabel, reportTexts } from './reports.texts.js';
import { diffText } from './text-diff.js';
import type { ReportSeed } from './intake.js';

export interface ReportsDeps {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  notify: Notifier;
  reports: ReportsRepo;
}
export type ReportRow = Selectable<SqmyReportsTable>;

export function createReportSteps(deps: ReportsDeps) {
  const { clock, notify, reports } = deps;
  const now = () => clock.now().toISOString();

  /** A report the actor may see, and his relation to it (404 for the others: not even its existence). */
  async function load(trx: Db, actor: Actor, id: number): Promise<{ r: ReportRow; rel: ReportRelation }> {
    const r = await reports.byId(trx, id);
    if (!r) throw notFound('REPORT_NOT_FOUND', '社情民意信息不存在');
    const rel = { author: await reports.isAuthor(trx, id, actor.memberId) };
    if (!canViewReport(actor, r, rel)) throw notFound('REPORT_NOT_FOUND', '社情民意信息不存在');
    return { r, rel };
  }

  /** Tells a report's authors who have an account (`except` the one who acted). */
  async function tellAuthors(trx: Db, r: ReportRow, m: { title: string; body: string }, kind: string, except?: number) {
    const authors = (await reports.authorsOf(trx, [r.id])).map((a) => a.member_id).filter((id) => id !== except);
    const userIds = await activeUserIdsOfMembers(trx, authors);
    if (!userIds.length) return;
    await notify.send(trx, {
      orgId: r.org_id,
      userIds,
      kind,
      ...m,
      link: `/opinions/reports/mine/${r.id}`,
      objectType: 'sqmy_report',
      objectId: r.id,
    });
  }

  /** Co-authors: active members of the organisation, the lead not among them. */
  async function checkCoAuthors(trx: Db, orgId: number, lead: number, ids: number[]) {
    if (ids.includes(lead)) throw invalid('coAuthorIds', '联名作者不能包括本人');
    const found = await membersByIds(trx, ids);
    if (found.length !== ids.length || found.some((m) => m.org_id !== orgId || m.active !== 1))
      throw invalid('coAuthorIds', '所选联名委员不存在、已不在任或不属于本单位');
  }

  /** Stores a new report with its first version and authors (inside the caller's transaction). */
  async function create(
    trx: Db,
    input: { orgId: number; title: string; body: string; authors: number[]; byUserId: number; seed?: ReportSeed },
  ) {
    const at = now();
    const id = await reports.insertReport(trx, {
      org_id: input.orgId,
      year: Number(chinaDate(new Date(at)).slice(0, 4)),
      title: input.title,
      body: input.body,
      source: input.seed?.source.kind ?? 'member',
      source_ref: input.seed ? JSON.stringify(input.seed.source) : null,
      submitted_by: input.byUserId,
      created_at: at,
      updated_at: at,
    });
    if (input.authors.length) await reports.insertAuthors(trx, id, input.authors);
    await reports.insertVersion(trx, {
      report_id: id,
      number: 1,
      title: input.title,
      body: input.body,
      note: null,
      by_user_id: input.byUserId,
      by_office: input.seed ? 1 : 0,
      created_at: at,
    });
    return (await reports.byId(trx, id))!;
  }

  return { load, tellAuthors, checkCoAuthors, create, now };
}
export type ReportSteps = ReturnType<typeof createReportSteps>;

export function createReportsService(deps: ReportsDeps, steps: ReportSteps) {
  const { db, audit, reports } = deps;
  const { load, tellAuthors, now } = steps;

  async function summaries(rows: { id: number }[]) {
    const authors = await reports.authorsOf(
      db,
      rows.map((r) => r.id),
    );
    return (id: number) =>
      authors.filter((a) => a.report_id === id).map((a) => ({ memberId: a.member_id, name: a.name }));
  }

  async function decide(actor: Actor, id: number, step: 'adoptReport' | 'rejectReport', reason: string | undefined) {
    const to: ReportStatus = step === 'adoptReport' ? 'adopted' : 'rejected';
    if (step === 'rejectReport' && !reason) throw invalid('reason', '请写明不予采用的理由');
    return inTransaction(db, async (trx) => {
      const { r, rel } = await load(trx, actor, id);
      reportRules.authorize(actor, step, r, rel);
      const at = now();
      await reports.update(trx, id, {
        status: to,
        decision_reason: reason ?? null,
        decided_by: actor.userId,
        decided_at: at,
        updated_at: at,
      });
      await audit.append(trx, actor, {
        action: step === 'adoptReport' ? 'opinions.report_adopt' : 'opinions.report_reject',
        objectType: 'sqmy_report',
        objectId: id,
        orgId: r.org_id,
        detail: { reason: reason ?? null },
      });
      const text = to === 'adopted' ? reportTexts.adopted(r.title) : reportTexts.rejected(r.title, reason!);
      await tellAuthors(trx, r, text, `opinions.report_${to}`);
      return { id, status: to };
    });
  }

  return {
    async submit(actor: Actor, input: { title: string; body: string; coAuthorIds: number[] }) {
      reportsAccess.require(actor, 'submitReport');
      const lead = actor.memberId!;
      const co = [...new Set(input.coAuthorIds)];
      return inTransaction(db, async (trx) => {
        await steps.checkCoAuthors(trx, actor.orgId, lead, co);
        const r = await steps.create(trx, {
          ...input,
          orgId: actor.orgId,
          authors: [lead, ...co],
          byUserId: actor.userId,
        });
        await audit.append(trx, actor, {
          action: 'opinions.report_submit',
          objectType: 'sqmy_report',
          objectId: r.id,
          orgId: r.org_id,
          detail: { coAuthors: co },
        });
        await tellAuthors(trx, r, reportTexts.coAuthor(r.title, actor.displayName), 'opinions.report_co_author', lead);
        return { id: r.id };
      });
    },

    async mine(actor: Actor) {
      reportsAccess.require(actor, 'myReports');
      if (actor.memberId === null) return [];
      const rows = await reports.ofMember(db, actor.memberId);
      const authors = await summaries(rows);
      return rows.map((r) => ({ ...view(r), authors: authors(r.id) }));
    },

    async list(actor: Actor, q: { year?: number; status?: ReportStatus }) {
      reportsAccess.require(actor, 'listReports');
      if (!readsReports(actor, actor.currentOrgId)) throw forbidden();
      const rows = await reports.list(db, { orgIds: [actor.currentOrgId], ...q });
      const authors = await summaries(rows);
      return rows.map((r) => ({ ...view(r), authors: authors(r.id) }));
    },

    async detail(actor: Actor, id: number) {
      reportsAccess.require(actor, 'viewReport');
      const { r, rel } = await load(db, actor, id);
      const [authors, versions, forwards, instructions, issue] = await Promise.all([
        reports.authorsOf(db, [id]),
        reports.versionsOf(db, id),
        reports.forwardsOf(db, id),
        reports.instructionsOf(db, id),
        reports.issueOf(db, id),
      ]);
      return {
        ...view(r),
        body: r.body,
        sourceRef: r.source_ref ? (JSON.parse(r.source_ref) as Record<string, unknown>) : null,
        decisionReason: r.decision_reason,
        authors: authors.map((a) => ({ memberId: a.member_id, name: a.name })),
        // Each version with its changes against the one before: the tracked changes the author sees.
        versions: versions.map((v, i) => ({
          number: v.number,
          title: v.title,
          body: v.body,
          note: v.note,
          byOffice: v.by_office === 1,
          createdAt: v.created_at,
          changes: i
            ? { title: diffText(versions[i - 1]!.title, v.title), body: diffText(versions[i - 1]!.body, v.body) }
            : null,
        })),
        issue: issue
          ? {
              id: issue.id,
              label: issueLabel(issue.name, issue.year, issue.number),
              status: issue.status,
              issuedOn: issue.issued_on,
            }
          : null,
        forwards: forwards.map((f) => ({
          id: f.id,
          level: f.level,
          recipient: f.recipient,
          forwardedOn: f.forwarded_on,
        })),
        instructions: instructions.map((x) => ({
          id: x.id,
          leader: x.leader,
          level: x.level,
          instructedOn: x.instructed_on,
          text: x.text,
          followUp: x.follow_up,
          followUpAt: x.follow_up_at,
        })),
        allowedActions: reportRules.allowed(actor, r, rel),
      };
    },

    /** The office's edit (核稿): a new version; the authors are told and see the changes. */
    async edit(actor: Actor, id: number, input: { title: string; body: string; note?: string }) {
      return inTransaction(db, async (trx) => {
        const { r, rel } = await load(trx, actor, id);
        reportRules.authorize(actor, 'editReport', r, rel);
        if (r.title === input.title && r.body === input.body) throw conflict('UNCHANGED', '内容与当前版本相同');
        const at = now();
        const number = (await reports.lastVersion(trx, id)) + 1;
        await reports.insertVersion(trx, {
          report_id: id,
          number,
          title: input.title,
          body: input.body,
          note: input.note ?? null,
          by_user_id: actor.userId,
          by_office: 1,
          created_at: at,
        });
        const status = r.status === 'submitted' ? 'editing' : r.status;
        await reports.update(trx, id, { title: input.title, body: input.body, status, updated_at: at });
        await audit.append(trx, actor, {
          action: 'opinions.report_edit',
          objectType: 'sqmy_report',
          objectId: id,
          orgId: r.org_id,
          detail: { version: number },
        });
        await tellAuthors(trx, r, reportTexts.edited(input.title), 'opinions.report_edited');
        return { id, version: number, status };
      });
    },

    adopt: (actor: Actor, id: number, reason?: string) => decide(actor, id, 'adoptReport', reason),
    reject: (actor: Actor, id: number, reason: string) => decide(actor, id, 'rejectReport', reason),
  };
}

function view(
  r: Pick<
    ReportRow,
    'id' | 'org_id' | 'year' | 'title' | 'status' | 'source' | 'created_at' | 'updated_at' | 'decided_at'
  >,
) {
  return {
    id: r.id,
    orgId: r.org_id,
    year: r.year,
    title: r.title,
    status: r.status,
    source: r.source,
    submittedAt: r.created_at,
    updatedAt: r.updated_at,
    decidedAt: r.decided_at,
  };
}

export type ReportsService = ReturnType<typeof createReportsService>;
