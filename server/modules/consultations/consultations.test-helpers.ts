// Steps the consultations tests (and the access matrix's targets) share: an open consultation
// with seed statements, and a crowd whose votes come from two latent opinion profiles.
import { expect } from 'vitest';
import { PASSWORD } from '../../test/fixtures.js';
import { login, type Client, type TestContext } from '../../test/harness.js';
import type { Db } from '../../db/tx.js';

export const SEEDS = [
  '老旧小区加装电梯应由政府全额补贴',
  '加装电梯的费用应按楼层分摊',
  '低楼层住户的采光损失应当得到补偿',
  '社区应设立加装电梯协调员',
  '加装电梯应先征得全体住户同意',
  '应优先为有老人的楼栋加装电梯',
];

export async function openConsultation(office: Client, extra: Record<string, unknown> = {}) {
  const res = await office.post('/api/consultations', {
    title: '老旧小区加装电梯怎么推进',
    description: '请就加装电梯的费用、补偿和协调方式表明态度，也可以提出新的观点。',
    opensOn: '2026-05-01',
    closesOn: '2026-05-31',
    seeds: SEEDS,
    ...extra,
  });
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json().id as number;
  const opened = await office.post(`/api/consultations/${id}/open`);
  expect(opened.statusCode, opened.body).toBe(200);
  return id;
}

/**
 * `n` participants of a consultation (kind 'imported', as a crowd from elsewhere) voting on its
 * accepted statements: half hold profile A (agree with the first half of the statements, disagree
 * with the rest), half profile B (the opposite), each vote flipped to a pass with probability 0.1
 * by a seeded generator, so the engine has two real groups to find.
 */
export async function crowdVotes(db: Db, consultationId: number, n: number, at: string) {
  const statements = (
    await db
      .selectFrom('consultation_statements')
      .select('id')
      .where('consultation_id', '=', consultationId)
      .where('status', '=', 'accepted')
      .orderBy('id')
      .execute()
  ).map((r) => r.id);
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const ids: number[] = [];
  for (let p = 0; p < n; p++) {
    const row = await db
      .insertInto('consultation_participants')
      .values({ consultation_id: consultationId, kind: 'imported', external_id: p, created_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(row.id);
    const profile = p % 2 === 0 ? 1 : -1;
    await db
      .insertInto('consultation_votes')
      .values(
        statements.map((statementId, i) => ({
          consultation_id: consultationId,
          participant_id: row.id,
          statement_id: statementId,
          vote: random() < 0.1 ? 0 : i < statements.length / 2 ? profile : -profile,
          voted_at: at,
        })),
      )
      .execute();
  }
  return ids;
}

/** Signs the fixture's people in, by the keys the test names them with. */
export async function signIn<K extends string>(ctx: TestContext, who: Record<K, string>): Promise<Record<K, Client>> {
  const entries = await Promise.all(
    Object.entries<string>(who).map(async ([k, username]) => [k, await login(ctx, username, PASSWORD)] as const),
  );
  return Object.fromEntries(entries) as Record<K, Client>;
}
