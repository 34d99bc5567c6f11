// Excel import of the roster in two background jobs: a preview that checks every row and
// writes nothing, and a commit that checks again and writes all rows in one transaction or
// none. The uploaded file is kept in the file store, so a restart loses no work.
import type { Readable } from 'node:stream';
import { inTransaction, type Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import { permissionsOf, type Role } from '../../../platform/access/roles.js';
import { requireOrgWrite, requirePermission } from '../../../platform/access/guard.js';
import type { AuditLog, AuditWho } from '../../../platform/audit/audit-log.js';
import { DAY, type Clock } from '../../../platform/clock.js';
import type { PersonalDataCipher } from '../../../platform/crypto/personal-data.js';
import { badRequest, invalid } from '../../../platform/errors.js';
import type { FileService } from '../../../platform/files/file-service.js';
import type { JobContext, JobRunner } from '../../../platform/jobs/job-runner.js';
import type { RefIndex } from '../member-rules.js';
import { memberRow } from '../member-row.js';
import type { MemberRepo } from '../members.repo.js';
import type { RefIndexLoader } from '../members.service.js';
import { HEADER_BY_KEY } from './columns.js';
import { readRosterSheet, UnreadableWorkbook, type ImportProblem } from './read-sheet.js';
import { buildImportTemplate } from './template.js';
import { validateRows, type RosterIndexes } from './validate-rows.js';

export const PREVIEW_JOB = 'members.import.preview';
export const COMMIT_JOB = 'members.import.commit';
/** Enough to fix a file by; a sheet with more problems than this is the wrong sheet. */
const MAX_LISTED_PROBLEMS = 5000;

export interface ImportResult {
  committed: boolean;
  termId: number;
  termName: string;
  rows: number;
  validRows: number;
  badRows: number;
  imported: number;
  problemCount: number;
  problems: ImportProblem[];
  truncated: boolean;
}

export type Progress = (done: number, total: number, message: string) => Promise<void>;

/** Who started a job, kept in its payload so the job acts (and is audited) as that user. */
interface ActorSnapshot {
  userId: number;
  username: string;
  displayName: string;
  orgId: number;
  roles: Role[];
  ip: string;
  sessionId: string;
}

interface ImportPayload {
  fileId: string;
  orgId: number;
  termId: number;
  actor: ActorSnapshot;
}

function actorFrom(s: ActorSnapshot): Actor {
  return {
    kind: 'user',
    userId: s.userId,
    username: s.username,
    displayName: s.displayName,
    orgId: s.orgId,
    currentOrgId: s.orgId,
    visibleOrgIds: [s.orgId],
    roles: s.roles,
    permissions: permissionsOf(s.roles),
    memberId: null,
    unitId: null,
    leaderTitle: null,
    sessionId: s.sessionId,
    ip: s.ip,
  };
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function createMemberImport(deps: {
  db: Db;
  repo: MemberRepo;
  audit: AuditLog;
  cipher: PersonalDataCipher;
  clock: Clock;
  files: FileService;
  jobs: JobRunner;
  refIndex: RefIndexLoader;
}) {
  const { db, repo, audit, cipher, clock, files, jobs, refIndex } = deps;

  async function rosterIndexes(handle: Db, termId: number): Promise<RosterIndexes> {
    const phones = new Map<string, string>();
    const idNumbers = new Map<string, string>();
    for (const r of await repo.termIndexes(handle, termId)) {
      if (r.phone_bidx && r.active === 1) phones.set(r.phone_bidx, r.name);
      if (r.id_number_bidx) idNumbers.set(r.id_number_bidx, r.name);
    }
    return { phones, idNumbers };
  }

  /** Checks a workbook and, when asked and it is clean, writes it. Shared by the jobs and the CLI. */
  async function run(o: {
    data: Buffer;
    ref: RefIndex;
    termId: number;
    who: AuditWho;
    commit: boolean;
    source: string;
    progress: Progress;
  }): Promise<ImportResult> {
    const termName = o.ref.terms.get(o.termId)?.name ?? '';
    const result = (rows: number, problems: ImportProblem[], extra: Partial<ImportResult> = {}): ImportResult => ({
      committed: false,
      termId: o.termId,
      termName,
      rows,
      validRows: 0,
      badRows: 0,
      imported: 0,
      problemCount: problems.length,
      problems: problems.slice(0, MAX_LISTED_PROBLEMS),
      truncated: problems.length > MAX_LISTED_PROBLEMS,
      ...extra,
    });
    await o.progress(0, 0, '正在读取文件');
    let sheet;
    try {
      sheet = await readRosterSheet(o.data);
    } catch (err) {
      if (err instanceof UnreadableWorkbook)
        return result(0, [{ row: 1, column: '', message: '文件无法读取，请上传 .xlsx 格式的导入模板' }]);
      throw err;
    }
    if (sheet.problems.length) return result(sheet.rows.length, sheet.problems);
    if (!sheet.rows.length) return result(0, [{ row: 2, column: HEADER_BY_KEY.name, message: '文件中没有委员数据' }]);

    const total = sheet.rows.length;
    const checked = await validateRows(sheet.rows, {
      ref: o.ref,
      termId: o.termId,
      cipher,
      roster: await rosterIndexes(db, o.termId),
      onProgress: (done) => o.progress(done, total, '正在逐行检查'),
    });
    const summary = { validRows: checked.valid.length, badRows: checked.badRows };
    if (checked.problems.length || !o.commit) return result(total, checked.problems, summary);

    const now = clock.now().toISOString();
    const rows = checked.valid.map((v) => memberRow(cipher, v.member, now));
    // Progress writes go through the main handle; inside the transaction they are only
    // queued (SQLite has one connection), and are awaited once it has committed.
    const progressWrites: Promise<void>[] = [];
    const imported = await inTransaction(db, async (trx) => {
      // The roster may have changed since the check: check duplicates again under the write lock.
      const again = await validateRows(sheet.rows, {
        ref: o.ref,
        termId: o.termId,
        cipher,
        roster: await rosterIndexes(trx, o.termId),
      });
      if (again.problems.length) return again;
      await repo.insertMany(trx, rows, async (done) => {
        progressWrites.push(o.progress(done, total, '正在写入').catch(() => undefined));
      });
      await audit.append(trx, o.who, {
        action: 'member.import',
        objectType: 'member_import',
        objectId: o.source,
        orgId: o.ref.orgId,
        detail: { count: rows.length, termId: o.termId, source: o.source },
      });
      return null;
    });
    await Promise.all(progressWrites);
    if (imported)
      return result(total, imported.problems, { validRows: imported.valid.length, badRows: imported.badRows });
    await o.progress(total, total, '导入完成');
    return result(total, [], { ...summary, committed: true, imported: rows.length });
  }

  async function handle(payload: ImportPayload, ctx: JobContext, commit: boolean): Promise<ImportResult> {
    const actor = actorFrom(payload.actor);
    const { stream } = await files.open(actor, payload.fileId);
    const data = await readAll(stream);
    const ref = await refIndex(actor, payload.orgId);
    return run({
      data,
      ref,
      termId: payload.termId,
      who: actor,
      commit,
      source: payload.fileId,
      progress: (d, t, m) => ctx.progress(d, t, m),
    });
  }

  jobs.handle(PREVIEW_JOB, (job, ctx) => handle(job.payload as ImportPayload, ctx, false));
  jobs.handle(COMMIT_JOB, async (job, ctx) => {
    const payload = job.payload as ImportPayload;
    const outcome = await handle(payload, ctx, true);
    // Once its rows are in the roster the workbook has no further use: do not keep personal data around.
    if (outcome.committed) await files.remove(db, payload.fileId);
    return outcome;
  });

  async function importTarget(actor: Actor, termId: number | undefined) {
    requirePermission(actor, 'members.import');
    const orgId = actor.currentOrgId;
    requireOrgWrite(actor, orgId);
    const ref = await refIndex(actor, orgId);
    const term = termId ?? ref.currentTermId;
    if (!term) throw badRequest('NO_CURRENT_TERM');
    if (!ref.terms.has(term)) throw invalid('termId', '届次不存在');
    return { orgId, termId: term, ref };
  }

  const snapshot = (a: Actor): ActorSnapshot => ({
    userId: a.userId,
    username: a.username,
    displayName: a.displayName,
    orgId: a.orgId,
    roles: [...a.roles],
    ip: a.ip,
    sessionId: a.sessionId,
  });

  return {
    run,

    async template(actor: Actor, orgName: string) {
      requirePermission(actor, 'members.import');
      const ref = await refIndex(actor, actor.currentOrgId);
      return buildImportTemplate(ref, orgName);
    },

    /** Stores the upload and starts the preview job. */
    async upload(actor: Actor, upload: { data: Buffer; filename: string }, termId?: number) {
      const target = await importTarget(actor, termId);
      return inTransaction(db, async (trx) => {
        // The workbook holds ID numbers and phones: kept sealed, and only until it is imported or a day has passed.
        const file = await files.accept(trx, actor, upload, { allowed: ['xlsx'], seal: true, expiresInMs: DAY });
        const payload: ImportPayload = {
          fileId: file.id,
          orgId: target.orgId,
          termId: target.termId,
          actor: snapshot(actor),
        };
        const jobId = await jobs.enqueue(trx, PREVIEW_JOB, payload, { orgId: target.orgId, createdBy: actor.userId });
        return { jobId, fileId: file.id, termId: target.termId };
      });
    },

    /** Starts the commit job for a file this user uploaded. */
    async commit(actor: Actor, input: { fileId: string; termId?: number }) {
      const target = await importTarget(actor, input.termId);
      const { stream } = await files.open(actor, input.fileId);
      stream.destroy();
      const payload: ImportPayload = {
        fileId: input.fileId,
        orgId: target.orgId,
        termId: target.termId,
        actor: snapshot(actor),
      };
      const jobId = await jobs.enqueue(db, COMMIT_JOB, payload, { orgId: target.orgId, createdBy: actor.userId });
      return { jobId, termId: target.termId };
    },
  };
}

export type MemberImport = ReturnType<typeof createMemberImport>;
