// Test helpers for the roster's spreadsheets: fill the downloaded template the way staff
// would, read a workbook back, upload a file and run its job, and make valid people.
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { idNumberCheckChar } from '../../platform/crypto/personal-data.js';
import type { Client, TestContext } from '../../test/harness.js';
import { multipartFile } from '../../test/multipart.js';

export type SheetRow = Record<string, string | number | undefined>;

export async function fillTemplate(template: Buffer, rows: SheetRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet('委员名册')!;
  const headers = (sheet.getRow(1).values as (string | undefined)[]).map((h) => h?.replace('*', ''));
  for (const row of rows) {
    sheet.addRow(headers.slice(1).map((h) => (h ? (row[h] ?? null) : null)));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Every row of a sheet as { header: text }, header row excluded. */
export async function readSheet(data: Buffer, name = '委员名册'): Promise<Record<string, string>[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet(name)!;
  const headers = (sheet.getRow(1).values as unknown[]).map((h) => String(h ?? '').replace('*', ''));
  const out: Record<string, string>[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const rec: Record<string, string> = {};
    (row.values as unknown[]).forEach((v, i) => {
      if (headers[i] && v !== null && v !== undefined) rec[headers[i]] = String(v);
    });
    out.push(rec);
  });
  return out;
}

/** How many rows a table holds now. */
export async function countRows(ctx: TestContext, table: 'members' | 'files' | 'jobs'): Promise<number> {
  const { n } = await ctx.platform.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(n);
}

export async function template(c: Client): Promise<Buffer> {
  const res = await c.get('/api/members/import/template');
  if (res.statusCode !== 200) throw new Error(`template: ${res.statusCode} ${res.body}`);
  return res.rawPayload;
}

export function upload(c: Client, data: Buffer, query = ''): Promise<LightMyRequestResponse> {
  const { payload, headers } = multipartFile('名册.xlsx', data);
  return c.request({ method: 'POST', url: `/api/members/import${query}`, payload, headers });
}

export interface ImportResult {
  committed: boolean;
  rows: number;
  validRows: number;
  badRows: number;
  imported: number;
  problemCount: number;
  problems: { row: number; column: string; value?: string; message: string }[];
  sample: Record<string, string | null>[];
}

/** Runs queued jobs and returns the finished job's result as its starter sees it. */
export async function finishJob(ctx: TestContext, c: Client, jobId: number): Promise<ImportResult> {
  await ctx.platform.jobs.drain();
  const res = await c.get(`/api/jobs/${jobId}`);
  const job = res.json();
  if (job.status !== 'done') throw new Error(`job ${jobId} ${job.status}: ${res.body}`);
  return job.result as ImportResult;
}

export async function preview(
  ctx: TestContext,
  c: Client,
  data: Buffer,
  query = '',
): Promise<ImportResult & { fileId: string }> {
  const res = await upload(c, data, query);
  if (res.statusCode !== 202) throw new Error(`upload: ${res.statusCode} ${res.body}`);
  return { ...(await finishJob(ctx, c, res.json().jobId)), fileId: res.json().fileId };
}

export interface Mapping {
  headerRow: number;
  columns: { column: number; field: string }[];
  workUnitTitle: 'whole' | 'split';
}

/** Runs the preview of an uploaded file with the columns mapped as given. */
export async function previewWith(ctx: TestContext, c: Client, fileId: string, mapping: Mapping) {
  const res = await c.post('/api/members/import/preview', { fileId, mapping });
  if (res.statusCode !== 202) throw new Error(`preview: ${res.statusCode} ${res.body}`);
  return finishJob(ctx, c, res.json().jobId);
}

export async function commit(ctx: TestContext, c: Client, fileId: string, mapping?: Mapping): Promise<ImportResult> {
  const res = await c.post('/api/members/import/commit', { fileId, ...(mapping && { mapping }) });
  if (res.statusCode !== 202) throw new Error(`commit: ${res.statusCode} ${res.body}`);
  return finishJob(ctx, c, res.json().jobId);
}

const SURNAMES = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜';
const GIVEN = ['海燕', '建华', '志远', '秀兰', '振宇', '丽君', '国庆', '雅琴', '文博', '春梅', '德明', '晓光'];

/** `count` valid, distinct people for the template (phones 1390000xxxx upward from `from`). */
export function people(count: number, from = 0, sector = '经济界'): SheetRow[] {
  return Array.from({ length: count }, (_, k) => {
    const i = from + k;
    const day = new Date(Date.UTC(1960, 0, 1) + Math.floor(i / 500) * 86_400_000).toISOString().slice(0, 10);
    const seq = String((i % 500) * 2 + (i % 3 === 0 ? 0 : 1)).padStart(3, '0');
    const first17 = `330106${day.replace(/-/g, '')}${seq}`;
    const male = Number(seq[2]) % 2 === 1;
    return {
      姓名: `${SURNAMES[i % SURNAMES.length]}${GIVEN[i % GIVEN.length]}`,
      性别: male ? '男' : '女',
      民族: '汉族',
      身份证号: first17 + idNumberCheckChar(first17),
      手机号: `139${String(10_000_000 + i).padStart(8, '0')}`,
      界别: sector,
      党派: i % 4 === 0 ? '中共' : '无党派',
      工作单位: '测试市某单位',
      是否新任: i % 2 ? '是' : '否',
    };
  });
}

/** A row of a committee's own roster, in its own columns. */
export type OwnRow = Record<string, string | number | Date | undefined>;
export const OWN_HEADINGS = [
  '序号',
  '姓名',
  '性别',
  '民族',
  '出生年月',
  '党派',
  '界别',
  '工作单位及职务',
  '手机号码',
  '分组',
  '备注',
];

/**
 * A roster laid out the way a committee keeps its own: a title merged across the sheet, a
 * line saying who filled it in, the headings on row 3, numbered rows, a 出生年月 column that
 * mixes text and Excel dates shown as months, and a closing line under the table.
 */
export async function ownRoster(rows: OwnRow[], headings = OWN_HEADINGS): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Sheet1');
  const last = String.fromCharCode(64 + headings.length);
  sheet.getCell('A1').value = '江临市政协第十届委员名册';
  sheet.mergeCells(`A1:${last}1`);
  sheet.getCell('A1').font = { bold: true, size: 16 };
  sheet.getCell('A1').alignment = { horizontal: 'center' };
  sheet.getCell('A2').value = '填报单位：江临市政协办公室　　填报时间：2026年1月';
  sheet.mergeCells(`A2:${last}2`);
  sheet.addRow(headings).font = { bold: true };
  rows.forEach((r, i) => {
    const row = sheet.addRow(headings.map((h) => (h === '序号' ? i + 1 : (r[h] ?? null))));
    headings.forEach((h, c) => {
      if (r[h] instanceof Date) row.getCell(c + 1).numFmt = 'yyyy.mm';
    });
  });
  sheet.addRow([]);
  sheet.addRow([`合计：${rows.length} 人`]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
