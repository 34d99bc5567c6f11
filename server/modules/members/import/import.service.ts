// Excel import of the roster. The upload is stored (sealed, for a day) and its headings read
// at once: the template's own headings go straight on to the preview; a committee's own
// roster is answered with the field proposed for each column, which the office confirms or
// corrects. Then two background jobs: a preview that checks every row and writes nothing,
// and a commit that checks again and writes all rows in one transaction or none. The file
// and the mapping travel by the file's id and in the request, so any instance can serve any
// step, and a restart loses no work.
import type { Readable } from 'node:stream';
import { inTransaction, type Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import { requireOrgWrite, requirePermission } from '../../../platform/access/guard.js';
import type { AuditLog, AuditWho } from '../../../platform/audit/audit-log.js';
import { DAY, type Clock } from '../../../platform/clock.js';
import type { PersonalDataCipher } from '../../../platform/crypto/personal-data.js';
import { badRequest, invalid, unprocessable } from '../../../platform/errors.js';
import type { FileService } from '../../../platform/files/file-service.js';
import type { JobContext, JobRunner } from '../../../platform/jobs/job-runner.js';
import type { RefIndex } from '../member-rules.js';
import { memberRow } from '../member-row.js';
import type { MemberRepo } from '../members.repo.js';
import type { RefIndexLoader } from '../members.service.js';
import { HEADER_BY_KEY } from './columns.js';
import { IMPORT_FIELD_LIST } from './import.schema.js';
import { actorFrom, snapshot, type ActorSnapshot } from './job-actor.js';
import { mappingOf, mappingProblems, type ImportMapping } from './layout.js';
import { readLayout, readRosterSheet, UnreadableWorkbook, type ImportProblem } from './read-sheet.js';
import { sampleRows, type SampleRow } from './sample-rows.js';
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
  /** The first rows as they would be written: what the mapping and the value rules made of them. */
  sample: SampleRow[];
}

export type Progress = (done: number, total: number, message: string) => Promise<void>;

interface ImportPayload {
  fileId: string;
  orgId: number;
  termId: number;
  actor: ActorSnapshot;
  /** The columns as the office mapped them; absent: the template's headings. */
  mapping?: ImportMapping;
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
    mapping?: ImportMapping;
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
      sample: [],
      ...extra,
    });
    await o.progress(0, 0, '正在读取文件');
    let sheet;
    try {
      sheet = await readRosterSheet(o.data, o.mapping);
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
      columnNames: sheet.columnNames,
      onProgress: (done) => o.progress(done, total, '正在逐行检查'),
    });
    const summary = {
      validRows: checked.valid.length,
      badRows: checked.badRows,
      sample: sampleRows(checked.valid, o.ref),
    };
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
        columnNames: sheet.columnNames,
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
      ...(payload.mapping && { mapping: payload.mapping }),
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

  function checkMapping(mapping: ImportMapping): void {
    const problems = mappingProblems(mapping);
    if (problems.length)
      throw badRequest(
        'IMPORT_MAPPING_INVALID',
        problems.join('；'),
        problems.map((message) => ({ path: 'mapping', message })),
      );
  }

  /** Enqueues a job over a file this user uploaded (anyone else's is not found). */
  async function startJob(
    actor: Actor,
    kind: string,
    o: { orgId: number; termId: number; fileId: string; mapping?: ImportMapping | undefined },
  ) {
    const { stream } = await files.open(actor, o.fileId);
    stream.destroy();
    const payload: ImportPayload = {
      fileId: o.fileId,
      orgId: o.orgId,
      termId: o.termId,
      actor: snapshot(actor),
      ...(o.mapping && { mapping: o.mapping }),
    };
    const jobId = await jobs.enqueue(db, kind, payload, { orgId: o.orgId, createdBy: actor.userId });
    return { jobId, fileId: o.fileId, termId: o.termId };
  }

  return {
    run,

    async template(actor: Actor, orgName: string) {
      requirePermission(actor, 'members.import');
      const ref = await refIndex(actor, actor.currentOrgId);
      return buildImportTemplate(ref, orgName);
    },

    /**
     * Stores the upload and reads its headings. The template's own start the preview job at
     * once; other headings are answered with the proposed mapping, for the office to confirm.
     */
    async upload(actor: Actor, upload: { data: Buffer; filename: string }, termId?: number) {
      const target = await importTarget(actor, termId);
      // The workbook holds ID numbers and phones: kept sealed, and only until it is imported or a day has passed.
      // The file service checks it (type, size, archive bombs) before anything reads it.
      const file = await inTransaction(db, (trx) =>
        files.accept(trx, actor, upload, { allowed: ['xlsx'], seal: true, expiresInMs: DAY }),
      );
      let layout;
      try {
        layout = await readLayout(upload.data);
      } catch (err) {
        if (!(err instanceof UnreadableWorkbook)) throw err;
      }
      if (!layout) {
        await files.remove(db, file.id);
        throw unprocessable(layout === null ? 'IMPORT_NO_HEADINGS' : 'IMPORT_UNREADABLE');
      }
      const answer = { fileId: file.id, termId: target.termId, layout, fields: IMPORT_FIELD_LIST };
      if (!layout.exact) return { ...answer, jobId: null };
      const started = await startJob(actor, PREVIEW_JOB, { ...target, fileId: file.id, mapping: mappingOf(layout) });
      return { ...answer, jobId: started.jobId };
    },

    /** Starts the preview job for a file this user uploaded, with the columns as the office mapped them. */
    async preview(actor: Actor, input: { fileId: string; termId?: number; mapping: ImportMapping }) {
      const target = await importTarget(actor, input.termId);
      checkMapping(input.mapping);
      return startJob(actor, PREVIEW_JOB, { ...target, fileId: input.fileId, mapping: input.mapping });
    },

    /** Starts the commit job for a file this user uploaded. */
    async commit(actor: Actor, input: { fileId: string; termId?: number; mapping?: ImportMapping }) {
      const target = await importTarget(actor, input.termId);
      if (input.mapping) checkMapping(input.mapping);
      return startJob(actor, COMMIT_JOB, { ...target, fileId: input.fileId, mapping: input.mapping });
    },
  };
}

export type MemberImport = ReturnType<typeof createMemberImport>;
