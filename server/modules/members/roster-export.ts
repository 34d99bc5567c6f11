// Excel export of the roster, streamed: rows are read a page at a time and written through
// exceljs's streaming writer, so memory stays flat however long the roster is. Columns
// follow the import template, so an unmasked export can be corrected and imported again.
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { inTransaction, type Db } from '../../db/tx.js';
import type { Actor } from '../../platform/access/actor.js';
import { requirePermission } from '../../platform/access/guard.js';
import type { AuditLog } from '../../platform/audit/audit-log.js';
import type { PersonalDataCipher } from '../../platform/crypto/personal-data.js';
import { forbidden } from '../../platform/errors.js';
import { COLUMNS, ROSTER_SHEET, type ColumnKey } from './import/columns.js';
import type { RefIndex } from './member-rules.js';
import { memberPolicy } from './members.policy.js';
import type { MemberRepo, MemberRow, RosterQuery } from './members.repo.js';
import type { MemberFilter } from './members.schema.js';
import type { MemberService, RefIndexLoader } from './members.service.js';
import { PARTIES, type PartyCode } from './parties.js';

const PAGE = 1000;

/** Node's streams say so publicly; the readable-stream copy inside exceljs's zip only in its state. */
function needsDrain(w: Writable): boolean {
  return (
    w.writableNeedDrain ??
    (w as unknown as { _writableState?: { needDrain?: boolean } })._writableState?.needDrain ??
    false
  );
}

/** Waits until a stream that asked for a pause has taken what it holds (or fails if it closes first). */
function drained(out: Writable): Promise<void> {
  if (!needsDrain(out)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = () => {
      out.off('close', closed);
      resolve();
    };
    const closed = () => {
      out.off('drain', done);
      reject(new Error('the export stream closed before it was finished'));
    };
    out.once('drain', done);
    out.once('close', closed);
  });
}

/**
 * exceljs writes each sheet into its own buffer that feeds the zip's compressor without
 * heeding backpressure, so rows made faster than they are compressed (or than the client
 * reads them) would pile up uncompressed. Between pages we wait for the compressor, then
 * for the client.
 */
async function caughtUp(sheet: ExcelJS.Worksheet, out: Writable): Promise<void> {
  const compressor = (sheet as unknown as { stream?: { pipes?: Writable[] } }).stream?.pipes?.[0];
  if (compressor) await drained(compressor);
  await drained(out);
}

function cells(
  r: MemberRow,
  ref: RefIndex,
  cipher: PersonalDataCipher,
  unmasked: boolean,
): Record<ColumnKey | 'term' | 'status', string> {
  return {
    name: r.name,
    gender: r.gender === 'female' ? '女' : '男',
    ethnicity: r.ethnicity,
    birthDate: r.birth_date ?? '',
    idNumber: (unmasked && r.id_number_enc ? cipher.decrypt(r.id_number_enc) : r.id_number_masked) ?? '',
    phone: (unmasked && r.phone_enc ? cipher.decrypt(r.phone_enc) : r.phone_masked) ?? '',
    sector: ref.sectors.get(r.sector_id)?.name ?? '',
    committee: r.committee_id ? (ref.committees.get(r.committee_id)?.name ?? '') : '',
    group: r.group_id ? (ref.groups.get(r.group_id)?.name ?? '') : '',
    party: PARTIES[r.party as PartyCode]?.['zh-CN'] ?? r.party,
    workUnit: r.work_unit ?? '',
    jobTitle: r.job_title ?? '',
    isNew: r.is_new === 1 ? '是' : '否',
    email: r.email ?? '',
    address: r.address ?? '',
    postalCode: r.postal_code ?? '',
    term: ref.terms.get(r.term_id)?.name ?? '',
    status: r.active === 1 ? '在任' : `已停用${r.deactivation_reason ? `（${r.deactivation_reason}）` : ''}`,
  };
}

export function createRosterExport(deps: {
  db: Db;
  repo: MemberRepo;
  audit: AuditLog;
  cipher: PersonalDataCipher;
  members: MemberService;
  refIndex: RefIndexLoader;
}) {
  const { db, repo, audit, cipher, members, refIndex } = deps;

  async function writeWorkbook(out: Writable, q: RosterQuery, ref: RefIndex, unmasked: boolean): Promise<void> {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
    const sheet = wb.addWorksheet(ROSTER_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = [
      ...COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width })),
      { header: '届次', key: 'term', width: 10 },
      { header: '状态', key: 'status', width: 16 },
    ];
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    for (let last: MemberRow | null = null; ;) {
      const rows: MemberRow[] = await repo.listAfter(db, q, PAGE, last);
      last = rows.at(-1) ?? null;
      for (const r of rows) sheet.addRow(cells(r, ref, cipher, unmasked)).commit();
      if (rows.length < PAGE) break;
      await caughtUp(sheet, out);
    }
    sheet.commit();
    await wb.commit();
  }

  return {
    /**
     * Checks the request and records it in the audit trail (filters, count, masked or not)
     * before the first byte goes out; returns the writer for the route to stream.
     */
    async prepare(actor: Actor, filter: MemberFilter & { unmasked?: boolean }) {
      requirePermission(actor, 'members.export');
      if (!memberPolicy.list(actor, actor.currentOrgId)) throw forbidden();
      const unmasked = filter.unmasked === true;
      if (unmasked && !memberPolicy.exportUnmasked(actor, actor.currentOrgId)) throw forbidden('UNMASK_FORBIDDEN');
      const q = members.rosterQuery(actor, filter);
      const [count, ref] = await Promise.all([repo.count(db, q), refIndex(actor, actor.currentOrgId)]);
      const { unmasked: _u, phone, idNumber, ...shown } = filter;
      await inTransaction(db, (trx) =>
        audit.append(trx, actor, {
          action: 'member.export',
          objectType: 'member',
          orgId: actor.currentOrgId,
          detail: {
            filters: { ...shown, ...(phone && { phone: 'lookup' }), ...(idNumber && { idNumber: 'lookup' }) },
            count,
            unmasked,
          },
        }),
      );
      return { count, write: (out: Writable) => writeWorkbook(out, q, ref, unmasked) };
    },
  };
}

export type RosterExport = ReturnType<typeof createRosterExport>;
