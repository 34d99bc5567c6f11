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

export async function commit(ctx: TestContext, c: Client, fileId: string): Promise<ImportResult> {
  const res = await c.post('/api/members/import/commit', { fileId });
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
