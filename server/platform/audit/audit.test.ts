import { spawn } from 'node:child_process';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { PASSWORD, seedFixture } from '../../test/fixtures.js';
import { createTestContext, ENGINE, login, type TestContext } from '../../test/harness.js';
import { entryHash } from './audit-log.js';

/** Runs `lvzhi audit-verify` as a separate process against the test's database. */
function auditVerifyCli(ctx: TestContext): Promise<{ code: number; out: string }> {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    NODE_ENV: 'test',
    DATA_DIR: ctx.config.dataDir,
    LVZHI_DATA_KEY: ctx.config.dataKey.toString('hex'),
    LOG_LEVEL: 'silent',
  };
  if (ctx.config.database.kind === 'postgres') env.DATABASE_URL = ctx.config.database.url;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', 'audit-verify'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, out }));
  });
}

/** An attacker with database access removes the append-only triggers first. */
async function dropAppendOnlyTriggers(ctx: TestContext): Promise<void> {
  if (ctx.engine === 'sqlite') {
    await sql`drop trigger audit_log_no_update`.execute(ctx.platform.db);
    await sql`drop trigger audit_log_no_delete`.execute(ctx.platform.db);
  } else {
    await sql`drop trigger audit_log_no_change on audit_log`.execute(ctx.platform.db);
  }
}

describe(`audit trail tamper detection (${ENGINE})`, () => {
  let ctx: TestContext | undefined;
  afterEach(async () => {
    await ctx?.close();
    ctx = undefined;
  });

  /** A context whose trail holds six entries (#1..#6) about proposals. */
  async function withTrail(): Promise<TestContext> {
    ctx = await createTestContext();
    for (let i = 1; i <= 6; i++) {
      await ctx.platform.audit.record(
        { kind: 'system', name: 'test' },
        {
          action: 'proposal.accept',
          objectType: 'proposal',
          objectId: 100 + i,
          orgId: null,
          detail: { number: `第${i}号`, decision: '立案' },
        },
      );
    }
    return ctx;
  }

  it('finds an intact chain intact, through the service and the CLI', async () => {
    const c = await withTrail();
    expect(await c.platform.audit.verify()).toEqual({ ok: true, checked: 6, headSeq: 6, problems: [] });
    const cli = await auditVerifyCli(c);
    expect(cli.code).toBe(0);
    expect(cli.out).toContain('audit trail intact: 6 entries, head at #6');
  });

  it('refuses UPDATE and DELETE on the trail at the database itself', async () => {
    const c = await withTrail();
    await expect(sql`update audit_log set detail = '{}' where seq = 2`.execute(c.platform.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`delete from audit_log where seq = 2`.execute(c.platform.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(c.platform.db)).rejects.toThrow(/append-only/);
    expect((await c.platform.audit.verify()).ok).toBe(true);
  });

  it('names an entry whose detail was edited, and the next one when the attacker re-hashes it', async () => {
    const c = await withTrail();
    await dropAppendOnlyTriggers(c);
    await sql`update audit_log set detail = ${JSON.stringify({ number: '第3号', decision: '不予立案' })} where seq = 3`.execute(
      c.platform.db,
    );
    const report = await c.platform.audit.verify();
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([{ seq: 3, problem: 'hash_mismatch' }]);
    const cli = await auditVerifyCli(c);
    expect(cli.code).toBe(1);
    expect(cli.out).toMatch(/AUDIT TRAIL BROKEN[\s\S]*#3: entry was edited/);

    // The auditor sees it too.
    await seedFixture(c.platform);
    const auditor = await login(c, 'auditor', PASSWORD);
    const viaApi = (await auditor.post('/api/audit/verify')).json();
    expect(viaApi.ok).toBe(false);
    expect(viaApi.problems).toContainEqual({ seq: 3, problem: 'hash_mismatch' });

    // Recomputing the edited entry's own hash only moves the break to the entry after it.
    const row = await c.platform.db.selectFrom('audit_log').selectAll().where('seq', '=', 3).executeTakeFirstOrThrow();
    await sql`update audit_log set hash = ${entryHash(row.prev_hash, row)} where seq = 3`.execute(c.platform.db);
    expect((await c.platform.audit.verify()).problems).toContainEqual({ seq: 4, problem: 'broken_link' });
  });

  it('names a deleted entry in the middle of the chain', async () => {
    const c = await withTrail();
    await dropAppendOnlyTriggers(c);
    await sql`delete from audit_log where seq = 3`.execute(c.platform.db);
    const report = await c.platform.audit.verify();
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual(
      expect.arrayContaining([
        { seq: 3, problem: 'missing_entry' },
        { seq: 4, problem: 'broken_link' },
      ]),
    );
    const cli = await auditVerifyCli(c);
    expect(cli.code).toBe(1);
    expect(cli.out).toContain('#3: entry is missing (deleted)');
  });

  it('notices entries removed from the end of the chain', async () => {
    const c = await withTrail();
    await dropAppendOnlyTriggers(c);
    await sql`delete from audit_log where seq >= 5`.execute(c.platform.db);
    const report = await c.platform.audit.verify();
    expect(report.ok).toBe(false);
    expect(report.checked).toBe(4);
    expect(report.problems).toEqual([{ seq: 6, problem: 'head_mismatch' }]);
    const cli = await auditVerifyCli(c);
    expect(cli.code).toBe(1);
    expect(cli.out).toContain('#6: the chain head does not match the last entry');
  });
});
