// Issue 21 item 5: several app instances proven together, as a province runs them — two built
// servers (three in the long run; production mode) on one PostgreSQL database and one S3-compatible
// bucket, behind a client that spreads every session's requests over the live instances as a load balancer does.
// Under a mixed workload (proposals driven through handling, files uploaded and read back) the
// instances are restarted one by one; afterwards nothing acknowledged is lost or doubled,
// proposal numbers stay unique and gap-free, the audit chain verifies, every session worked on
// every instance, and the meeting reminder each new instance scans for went out once. Then a job
// claimed by an instance that is killed (SIGKILL, mid-send) is finished by another, once.
// PostgreSQL only: SQLite is one instance's file.
import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD } from '../server/test/fixtures.js';
import { plainPdf } from '../server/test/hostile-files.js';
import { multipartFile } from '../server/test/multipart.js';
import { startFakeSmtp } from '../server/test/fake-smtp.js';
import { startS3Server, type S3TestServer } from '../server/test/s3.js';
import { consistencyProblems, proposalStates, withDatabase } from './support/consistency.js';
import { ENGINES, knob } from './support/engines.js';
import { signIn, type HttpClient } from './support/http-client.js';
import { createDeployment, type Deployment, type ServerProcess } from './support/server-process.js';
import { drive, ledgerProblem, type Cast, type Tracked } from './support/workflow.js';
import type { Fixture } from '../server/test/fixtures.js';

const INSTANCES = knob('INSTANCES', 2, 3);
const WORKERS = knob('INSTANCES_WORKERS', 6, 12);
/** How long the load runs between two restarts, in ms. */
const SETTLE_MS = knob('INSTANCES_SETTLE_MS', 2_500, 10_000);
const until = async (what: string, check: () => Promise<boolean>, ms = 30_000) => {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
};

describe.skipIf(!ENGINES.includes('postgres'))('several instances on one PostgreSQL database and one bucket', () => {
  let s3: S3TestServer;
  let dep: Deployment & { seeded: Fixture };
  const servers: ServerProcess[] = [];

  beforeAll(async () => {
    s3 = await startS3Server();
    const bucket = await s3.bucket('lvzhi/');
    // A short lease, so a killed instance's job is taken over within the test (10 minutes in production).
    dep = await createDeployment('postgres', { env: { ...bucket.env, JOBS_LEASE_MS: '3000', JOBS_POLL_MS: '300' } });
  });
  afterAll(async () => {
    for (const s of servers) await s.kill();
    await dep?.remove();
    await s3?.stop();
  });

  it('spreads a mixed workload over the instances restarted one by one, losing and doubling nothing', async () => {
    const fx = dep.seeded;
    const t0 = Date.now();
    const lap = (what: string) => console.log(`instances: ${what} at ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    for (let i = 0; i < INSTANCES; i++) servers.push(await dep.start());
    lap('three started');
    // The load balancer's rotation over the instances in service; one being restarted is taken out first.
    const live = new Set(servers);
    let turn = 0;
    const pick = () => {
      const all = [...live];
      return all[turn++ % all.length]!.url;
    };
    const [staff, unit, ...members] = await Promise.all(
      ['staff', 'jiaoyuju', 'zhangjianguo', 'lixiaomei', 'wangzhiqiang'].map((u) => signIn(pick, u, PASSWORD)),
    );
    const numbersBefore = await withDatabase(dep.config, async (db) =>
      Number(
        (
          await db
            .selectFrom('proposals')
            .select((e) => e.fn.max('number').as('n'))
            .executeTakeFirst()
        )?.n ?? 0,
      ),
    );
    const meetingId = await meetingStartingTomorrow(staff!);

    const ledger: Tracked[] = [];
    const failures: string[] = [];
    const files = { uploaded: 0, readBack: 0 };
    let stopping = false;
    let n = 0;
    const workers = Array.from({ length: WORKERS }, async (_, w) => {
      const cast: Cast = {
        member: members[w % members.length]!,
        staff: staff!,
        unit: unit!,
        unitId: fx.units['市教育局']!,
      };
      while (!stopping) {
        const t: Tracked = { title: `关于完善社区嵌入式托育服务的建议（第${w + 1}组第${++n}件）` };
        ledger.push(t);
        try {
          await drive(cast, t);
          await uploadAndReadBack(cast.member, files);
        } catch (err) {
          failures.push(`${t.title}: ${(err as Error).message}`);
          return;
        }
      }
    });

    // A rolling restart under load: out of the rotation, drained, stopped (SIGTERM), a new one in.
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    for (let i = 0; i < INSTANCES; i++) {
      const old = servers[i]!;
      live.delete(old);
      await new Promise((r) => setTimeout(r, 300));
      await old.stop();
      lap(`instance ${i + 1} stopped`);
      servers[i] = await dep.start();
      live.add(servers[i]!);
      lap(`instance ${i + 1} restarted`);
      await new Promise((r) => setTimeout(r, SETTLE_MS));
    }
    stopping = true;
    await Promise.all(workers);
    lap('load ended');

    expect(failures, 'requests refused or lost during the rolling restart').toEqual([]);
    const acked = ledger.filter((t) => t.acked === 'reply').length;
    expect(acked).toBeGreaterThan(WORKERS);
    expect(files.readBack).toBe(files.uploaded);
    console.log(
      `instances: ${ledger.length} proposals driven by ${WORKERS} workers over ${INSTANCES} instances ` +
        `(${INSTANCES} restarts), ${acked} replied, ${files.uploaded} files read back through the rotation`,
    );

    // One session, every instance: each new instance knows the sessions the old ones opened.
    for (const s of servers) {
      const me = await staff!.request('GET', '/api/auth/me', undefined, {}, s.url);
      expect(me.status, `session on ${s.url}`).toBe(200);
    }

    const facts = await withDatabase(dep.config, proposalStates);
    const titles = [...facts.values()].map((p) => p.title);
    expect(titles.length - new Set(titles).size, 'proposals created twice').toBe(0);
    const byTitle = new Map([...facts.values()].map((p) => [p.title, p]));
    expect(ledger.map((t) => ledgerProblem(t, byTitle)).filter(Boolean)).toEqual([]);
    expect(await withDatabase(dep.config, (db) => consistencyProblems(db, 'postgres'))).toEqual([]);
    // Numbers handed out during the run: one per accepted proposal, none skipped.
    const numbers = [...facts.values()]
      .map((p) => p.number)
      .filter((x): x is number => x !== null && x > numbersBefore)
      .sort((a, b) => a - b);
    expect(numbers).toEqual(numbers.map((_, i) => numbersBefore + 1 + i));

    // Each of the new instances scanned for reminders when it started: each invitee was told once.
    const reminders = await withDatabase(dep.config, (db) =>
      db
        .selectFrom('notifications')
        .select(['user_id'])
        .where('kind', '=', 'meeting.starts_soon')
        .where('dedupe_key', 'like', `meeting.starts_soon:${meetingId}:%`)
        .execute(),
    );
    const told = reminders.map((r) => r.user_id);
    expect(told.length).toBeGreaterThanOrEqual(3);
    expect(told.length - new Set(told).size, 'reminders sent twice').toBe(0);
  });

  it('finishes on another instance, once, a job claimed by an instance that was killed', async () => {
    for (const s of servers.splice(0)) await s.stop();
    const smtp = await startFakeSmtp();
    const silent = await silentSmtp();
    try {
      const jobId = await withDatabase(dep.config, async (db) => {
        const staffId = dep.seeded.users.staff!.id;
        await db.updateTable('users').set({ email: 'office@jianglin.example.cn' }).where('id', '=', staffId).execute();
        const now = new Date().toISOString();
        const note = await db
          .insertInto('notifications')
          .values({
            org_id: dep.seeded.city,
            user_id: staffId,
            kind: 'proposal.submitted',
            title: '有新提交的提案待审查',
            body: '请及时审查新提交的提案。',
            link: '/proposals/review',
            object_type: null,
            object_id: null,
            dedupe_key: null,
            created_at: now,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        const job = await db
          .insertInto('jobs')
          .values({
            kind: 'notify.email',
            org_id: dep.seeded.city,
            created_by: null,
            payload: JSON.stringify({ notificationId: note.id }),
            status: 'queued',
            run_at: now,
            dedupe_key: null,
            created_at: now,
            updated_at: now,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        return job.id;
      });
      const jobState = () =>
        withDatabase(dep.config, (db) =>
          db.selectFrom('jobs').select(['status', 'attempts']).where('id', '=', jobId).executeTakeFirstOrThrow(),
        );
      // The first instance's mail server accepts the connection and never greets: the send hangs.
      const first = await dep.start({ SMTP_URL: `smtp://127.0.0.1:${silent.port}` });
      servers.push(first);
      await until('the first instance to claim the job', async () => (await jobState()).status === 'running');
      await until('the first instance to be mid-send', async () => silent.connections() > 0);
      await first.kill();
      servers.splice(servers.indexOf(first), 1);

      servers.push(await dep.start({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}` }));
      await until('another instance to finish the job', async () => (await jobState()).status === 'done');
      expect((await jobState()).attempts).toBe(2);
      expect(smtp.mails).toHaveLength(1);
      expect(smtp.mails[0]!.to.join()).toContain('office@jianglin.example.cn');
    } finally {
      await smtp.close();
      await silent.close();
    }
  });
});

/** A published meeting of the city's whole body starting in 20 hours: due for the "starts soon" reminder. */
async function meetingStartingTomorrow(staff: HttpClient): Promise<number> {
  const kinds = (await staff.get('/api/meeting-kinds')).json() as { id: number; code: string }[];
  const start = Date.now() + 20 * 3_600_000;
  const created = await staff.post('/api/meetings', {
    kindId: kinds.find((k) => k.code === 'symposium')!.id,
    title: '托育服务体系建设专题协商座谈会',
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(start + 3 * 3_600_000).toISOString(),
    venue: '政协机关三楼协商议事厅',
  });
  expect(created.status, created.body).toBe(201);
  const id = created.json().id as number;
  expect((await staff.post(`/api/meetings/${id}/invitations`, { audience: { all: true } })).status).toBeLessThan(300);
  expect((await staff.post(`/api/meetings/${id}/publish`)).status).toBe(200);
  return id;
}

async function uploadAndReadBack(c: HttpClient, files: { uploaded: number; readBack: number }): Promise<void> {
  const pdf = plainPdf();
  const { payload, headers } = multipartFile('托育机构走访记录.pdf', pdf, 'application/pdf');
  const up = await c.request('POST', '/api/files?purpose=attachment', payload, headers);
  if (up.status !== 201) throw new Error(`upload: ${up.status} ${up.body.slice(0, 200)}`);
  files.uploaded++;
  // The rotation sends the read to the next instance: the bytes come from the bucket, not a local folder.
  const got = await c.get(`/api/files/${up.json().id}`);
  if (got.status !== 200 || !got.raw.equals(pdf)) throw new Error(`read back: ${got.status}`);
  files.readBack++;
}

/** A mail server that accepts connections and never answers, so a sending worker hangs. */
async function silentSmtp(): Promise<{ port: number; connections(): number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  let count = 0;
  const server: Server = createServer((socket) => {
    count++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    connections: () => count,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
