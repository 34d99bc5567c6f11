// The bulk work of issue 4 item 4, through the real API of the running server (its job
// loop on): importing a roster file of N members (upload and preview job, then the commit
// job), Word exports of single proposals (latency over many), and the Excel export of the
// office's whole proposal list (time to the last byte; the parent samples the memory).
import { idNumberCheckChar } from '../../server/platform/crypto/personal-data.js';
import { fillTemplate, type SheetRow } from '../../server/modules/members/roster-sheets.test-helpers.js';
import { multipartFile } from '../../server/test/multipart.js';
import { getJson, headersOf, postJson, type Session } from './http.js';

const SURNAMES = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜谢邹喻柏水窦章云苏潘葛奚范彭郎';
const GIVEN = [
  '海燕',
  '建华',
  '志远',
  '秀兰',
  '振宇',
  '丽君',
  '国庆',
  '雅琴',
  '文博',
  '春梅',
  '德明',
  '晓光',
  '思源',
  '若曦',
  '子墨',
  '嘉怡',
];

/** N valid people no roster holds yet: phones 147xxxxxxxx (never generated), region code 339900. */
function newcomers(n: number, sectors: string[], committees: string[]): SheetRow[] {
  return Array.from({ length: n }, (_, i) => {
    const birth = new Date(Date.UTC(1962, 0, 1) + Math.floor(i / 400) * 86_400_000).toISOString().slice(0, 10);
    const seq = String((i % 400) * 2 + (i % 3 === 0 ? 0 : 1)).padStart(3, '0');
    const first17 = `339900${birth.replace(/-/g, '')}${seq}`;
    return {
      姓名: `${SURNAMES[i % SURNAMES.length]}${GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length]}`,
      性别: Number(seq[2]) % 2 === 1 ? '男' : '女',
      民族: '汉族',
      身份证号: first17 + idNumberCheckChar(first17),
      手机号: `147${String(10_000_000 + i).padStart(8, '0')}`,
      界别: sectors[i % sectors.length],
      专委会: committees[i % committees.length],
      党派: i % 4 === 0 ? '中共' : '无党派',
      工作单位: '岚川省某单位',
      职务: '主任',
      是否新任: i % 2 ? '是' : '否',
    };
  });
}

interface Job {
  status: string;
  result: { problemCount?: number; imported?: number; validRows?: number } | null;
  message: string | null;
}

export async function waitForJob(s: Session, id: number): Promise<Job> {
  for (;;) {
    const job = await getJson<Job>(s, `/api/jobs/${id}`);
    if (job.status === 'done' || job.status === 'failed') return job;
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function importRoster(s: Session, rows: number) {
  const ref = await getJson<{ sectors: { name: string }[]; committees: { name: string }[] }>(s, '/api/refdata');
  const tpl = await fetch(`${s.base}/api/members/import/template`, { headers: headersOf(s) });
  const file = await fillTemplate(
    Buffer.from(await tpl.arrayBuffer()),
    newcomers(
      rows,
      ref.sectors.map((x) => x.name),
      ref.committees.map((x) => x.name),
    ),
  );
  const t0 = performance.now();
  const { payload, headers } = multipartFile('名册.xlsx', file);
  const up = await fetch(`${s.base}/api/members/import`, {
    method: 'POST',
    headers: { ...headersOf(s), ...headers },
    body: payload,
  });
  if (up.status !== 202) throw new Error(`import upload: ${up.status} ${await up.text()}`);
  const started = (await up.json()) as { jobId: number; fileId: string };
  const preview = await waitForJob(s, started.jobId);
  const t1 = performance.now();
  if (preview.status !== 'done' || preview.result?.problemCount)
    throw new Error(`import preview: ${preview.status} ${JSON.stringify(preview.result)?.slice(0, 300)}`);
  const commit = await postJson<{ jobId: number }>(s, '/api/members/import/commit', { fileId: started.fileId }, 202);
  const done = await waitForJob(s, commit.jobId);
  const t2 = performance.now();
  if (done.status !== 'done' || done.result?.imported !== rows)
    throw new Error(`import commit: ${done.status} ${JSON.stringify(done.result)?.slice(0, 300)}`);
  return {
    rows,
    fileBytes: file.length,
    previewSeconds: round((t1 - t0) / 1000),
    commitSeconds: round((t2 - t1) / 1000),
    totalSeconds: round((t2 - t0) / 1000),
  };
}

export async function wordExports(s: Session, ids: number[]) {
  const times: number[] = [];
  for (const id of ids) {
    const t = performance.now();
    const res = await fetch(`${s.base}/api/proposals/${id}/export.docx`, { headers: headersOf(s) });
    const body = await res.arrayBuffer();
    if (res.status !== 200 || body.byteLength < 1000) throw new Error(`export.docx ${id}: ${res.status}`);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const pct = (p: number) => round(times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!);
  return { count: times.length, p50Ms: pct(50), p99Ms: pct(99), maxMs: round(times[times.length - 1]!) };
}

export async function excelExport(s: Session, query: string) {
  const t = performance.now();
  const res = await fetch(`${s.base}/api/proposals/export.xlsx${query}`, { headers: headersOf(s) });
  if (res.status !== 200 || !res.body) throw new Error(`export.xlsx: ${res.status} ${await res.text()}`);
  let bytes = 0;
  let firstByte = 0;
  for await (const chunk of res.body) {
    if (!firstByte) firstByte = performance.now() - t;
    bytes += (chunk as Uint8Array).byteLength;
  }
  return { bytes, firstByteSeconds: round(firstByte / 1000), seconds: round((performance.now() - t) / 1000) };
}

const round = (x: number) => Math.round(x * 100) / 100;
