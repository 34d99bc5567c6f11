// Round trips to PostgreSQL per request on the two hot paths of issue 21 item 2: opening a
// proposal (read caches serving) and writing and submitting one in a single request. Every
// message the app's pg clients send is counted, transaction control included, so a change that
// adds a statement to either path shows here before it shows in the bench. The ceilings are
// the measured counts; lower them when a change saves one. On SQLite a statement is a call
// into the same process, not a round trip, so the count is only taken on PostgreSQL.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFixture } from '../../../test/fixtures.js';
import { cachesOn, createTestContext, ENGINE, type Client, type TestContext } from '../../../test/harness.js';
import { SAMPLE, signInDraftingCast } from './proposals.test-helpers.js';

/** Counts the statements sent by every pg client of this process while `work` runs. */
async function statementsOf(work: () => Promise<unknown>): Promise<string[]> {
  const sent: string[] = [];
  const query = pg.Client.prototype.query;
  const counting = function (this: pg.Client, ...args: Parameters<typeof query>) {
    const q = args[0] as unknown;
    sent.push(typeof q === 'string' ? q : ((q as { text?: string })?.text ?? ''));
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  };
  pg.Client.prototype.query = counting as typeof query;
  try {
    await work();
  } finally {
    pg.Client.prototype.query = query;
  }
  return sent.map((s) => s.replace(/\s+/g, ' ').trim().slice(0, 120));
}

describe.runIf(ENGINE === 'postgres')('proposals: statements per request on PostgreSQL', () => {
  let ctx: TestContext;
  let member: Client;
  beforeAll(async () => {
    ctx = await createTestContext();
    await seedFixture(ctx.platform);
    ({ member } = await signInDraftingCast(ctx));
  });
  afterAll(async () => ctx?.close());

  it('writing and submitting a proposal in one request takes at most 16 statements', async () => {
    // The first submission warms what an instance keeps (the session, the vector index).
    await member.post('/api/proposals', { ...SAMPLE, title: `${SAMPLE.title}（一）`, submit: true });
    await cachesOn(ctx.platform);
    let status = 0;
    const sent = await statementsOf(async () => {
      const res = await member.post('/api/proposals', { ...SAMPLE, title: `${SAMPLE.title}（二）`, submit: true });
      status = res.statusCode;
    });
    expect(status).toBe(201);
    // 15, or 16 when the session is read again (its row was touched since): 20–21 before the
    // audit head was held for the transaction, the entry and head written in one statement,
    // and a new proposal's replies and stored vector no longer read.
    expect(sent.length, sent.join('\n')).toBeLessThanOrEqual(16);
    // One transaction, and the audit head read once for its two entries (create, submit).
    expect(sent.filter((s) => /^begin/i.test(s))).toHaveLength(1);
    expect(sent.filter((s) => /from "audit_head"/.test(s))).toHaveLength(1);
  });

  it('opening a proposal while the read caches serve takes at most 2 statements', async () => {
    const created = await member.post('/api/proposals', { ...SAMPLE, title: `${SAMPLE.title}（三）`, submit: true });
    const id = created.json().id as number;
    await member.get(`/api/proposals/${id}`);
    await cachesOn(ctx.platform);
    const sent = await statementsOf(async () =>
      expect((await member.get(`/api/proposals/${id}`)).statusCode).toBe(200),
    );
    expect(sent.length, sent.join('\n')).toBeLessThanOrEqual(2);
  });
});
