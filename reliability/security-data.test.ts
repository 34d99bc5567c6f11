// Issue 5 item 6, the data side, against the real server process on SQLite: members' ID
// numbers and phones never appear in clear in the database file, its write-ahead log, the
// stored files or the server's log, whatever was done with them (created, imported from a
// workbook, unmasked, exported, changed through a contact-change request); an edited or
// deleted audit entry is reported by `lvzhi audit-verify`; and hostile requests to the real
// server get error bodies without stack traces, paths or SQL.
import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillTemplate, people } from '../server/modules/members/roster-sheets.test-helpers.js';
import { PASSWORD, type Fixture } from '../server/test/fixtures.js';
import { multipartFile } from '../server/test/multipart.js';
import { idNumberCheckChar } from '../server/platform/crypto/personal-data.js';
import { signIn, type HttpClient } from './support/http-client.js';
import { errorShapeProblem, leakIn } from './support/response-checks.js';
import { createDeployment, type Deployment, type ServerProcess } from './support/server-process.js';

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

const ID_NUMBER = `33010619750712001${idNumberCheckChar('33010619750712001')}`;

/** Every way a value could sit in a file in clear: UTF-8 (also inside JSON) and UTF-16. */
function needles(value: string): Buffer[] {
  return [Buffer.from(value, 'utf8'), Buffer.from(value, 'utf16le')];
}

describe('personal data at rest and audit tampering (real server, sqlite)', () => {
  let dep: Deployment & { seeded: Fixture };
  let server: ServerProcess;
  let staff: HttpClient;

  beforeAll(async () => {
    dep = await createDeployment('sqlite');
    server = await dep.start();
    staff = await signIn(server.url, 'staff', PASSWORD);
  });
  afterAll(async () => {
    await server?.stop();
    await dep?.remove();
  });

  async function waitForJob(jobId: number) {
    for (let i = 0; i < 200; i++) {
      const job = (await staff.get(`/api/jobs/${jobId}`)).json();
      if (job.status === 'done' || job.status === 'failed') return job;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`job ${jobId} did not finish`);
  }

  it('keeps ID numbers and phones out of the database file, its WAL, the stored files and the log', async () => {
    const secrets = ['110101198003070017', '13800138001', '110101198506150027', '13900139002'];
    // A member created through the API, unmasked and exported.
    const created = await staff.post('/api/members', {
      name: '钱文博',
      gender: 'male',
      sectorId: dep.seeded.sectors['教育界'],
      party: 'jiusan',
      phone: '13655501234',
      idNumber: ID_NUMBER,
    });
    expect(created.status, created.body).toBe(201);
    secrets.push('13655501234', ID_NUMBER);
    expect((await staff.post(`/api/members/${dep.seeded.members.zhang}/unmask`)).json().idNumber).toBe(
      '110101198003070017',
    );
    expect((await staff.get('/api/members/export?unmasked=true')).status).toBe(200);
    // Members imported from a workbook (the workbook is stored until the import is done).
    const rows = people(3, 400);
    secrets.push(...rows.map((r) => String(r['身份证号'])), ...rows.map((r) => String(r['手机号'])));
    const workbook = await fillTemplate((await staff.get('/api/members/import/template')).raw, rows);
    const { payload, headers } = multipartFile('名册.xlsx', workbook);
    const started = (await staff.request('POST', '/api/members/import', payload, headers)).json();
    expect((await waitForJob(started.jobId)).result.badRows).toBe(0);
    const committed = (await staff.post('/api/members/import/commit', { fileId: started.fileId })).json();
    expect((await waitForJob(committed.jobId)).result.imported).toBe(3);
    // A member's own contact-change request carrying a new phone.
    const member = await signIn(server.url, 'zhangjianguo', PASSWORD);
    expect((await member.post('/api/members/me/contact-change', { phone: '13711112222' })).status).toBe(201);
    secrets.push('13711112222');
    const found = (await staff.get('/api/members?phone=13800138001')).json();
    expect(found.total).toBe(1);

    const candidates = [
      dep.config.database.kind === 'sqlite' ? dep.config.database.file : '',
      ...filesUnder(dep.config.filesDir),
    ];
    const paths = [...candidates, `${candidates[0]}-wal`, `${candidates[0]}-shm`].filter((p) => p && existsSync(p));
    expect(paths.length).toBeGreaterThan(2);
    const hits: string[] = [];
    for (const path of paths) {
      const bytes = readFileSync(path);
      for (const s of secrets) if (needles(s).some((n) => bytes.includes(n))) hits.push(`${s} in ${path}`);
    }
    for (const s of secrets) if (server.output().includes(s)) hits.push(`${s} in the server log`);
    expect(hits).toEqual([]);
  });

  it('answers hostile requests to the real server without stack traces, paths or SQL', async () => {
    const attempts: [string, string, string | undefined, string | undefined][] = [
      ['POST', '/api/proposals', '{"title": ', 'application/json'],
      [
        'POST',
        '/api/proposals',
        '{"title":"a","reasons":"b","suggestions":"c","kind":"collective","collective":{"type":"sector","ref":999999}}',
        'application/json',
      ],
      ['GET', "/api/proposals?sort=number;drop%20table%20proposals&state=' OR 1=1 --", undefined, undefined],
      ['GET', '/api/proposals/%E0%A4%A', undefined, undefined],
      ['GET', '/api/members?phone=%ED%A0%80', undefined, undefined],
      [
        'POST',
        '/api/files',
        '--x\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF',
        'multipart/form-data; boundary=x',
      ],
      ['PATCH', '/api/proposals/1', '{"version": 1e400}', 'application/json'],
      ['POST', '/api/proposals/merge', '{"mainId": 9007199254740993, "otherIds": [-1]}', 'application/json'],
    ];
    for (const [method, path, body, type] of attempts) {
      const res = await staff.request(method, path, body, type ? { 'content-type': type } : {});
      expect(res.status, `${method} ${path}`).toBeLessThan(500);
      expect(res.status, `${method} ${path}`).toBeGreaterThanOrEqual(400);
      expect(errorShapeProblem(res.body), res.body).toBeNull();
      expect(leakIn(res.body), res.body).toBeNull();
    }
  });

  it('reports an edited and a deleted audit entry through `lvzhi audit-verify`', async () => {
    await server.stop();
    expect((await dep.cli(['audit-verify'])).status).toBe(0);
    const file = dep.config.database.kind === 'sqlite' ? dep.config.database.file : '';
    const db = new Database(file);
    expect((db.prepare('select count(*) as n from audit_log').get() as { n: number }).n).toBeGreaterThan(6);
    // Whoever edits the file directly must first get past the append-only triggers.
    expect(() => db.prepare("update audit_log set result = 'ok' where seq = 3").run()).toThrow();
    for (const t of db
      .prepare("select name from sqlite_master where type = 'trigger' and tbl_name = 'audit_log'")
      .all() as { name: string }[]) {
      db.exec(`drop trigger "${t.name}"`);
    }
    db.prepare("update audit_log set actor_name = '伪造者' where seq = 3").run();
    db.prepare('delete from audit_log where seq = 5').run();
    db.close();
    const report = await dep.cli(['audit-verify']);
    expect(report.status).toBe(1);
    expect(report.stdout).toMatch(/#3: entry was edited/);
    expect(report.stdout).toMatch(/#5: entry is missing/);
    server = await dep.start();
  });
});
