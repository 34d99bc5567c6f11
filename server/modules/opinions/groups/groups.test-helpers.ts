// What the groups tests share: a campaign and opinions written straight to the tables (intake
// is another sub-domain's), each placed by the placer in the inserting transaction, as intake
// places them.
import { inTransaction } from '../../../db/tx.js';
import { PASSWORD } from '../../../test/fixtures.js';
import { login, type Client, type TestContext } from '../../../test/harness.js';
import type { Platform } from '../../../platform/platform.js';
import { opinionPlacerOf } from './index.js';

export async function insertCampaign(
  p: Platform,
  orgId: number,
  createdBy: number,
  title = '2026年界别活动周',
): Promise<number> {
  const at = p.clock.now().toISOString();
  const r = await p.db
    .insertInto('opinion_campaigns')
    .values({
      org_id: orgId,
      year: 2026,
      title,
      theme: '聚焦民生实事',
      starts_on: '2026-05-10',
      ends_on: '2026-05-16',
      status: 'open',
      created_by: createdBy,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(r.id);
}

/** Inserts opinions one transaction each and places each there; returns their ids in order. */
export async function submitOpinions(
  p: Platform,
  scope: { orgId: number; campaignId: number | null },
  texts: readonly { title: string; body: string }[],
  place = true,
): Promise<number[]> {
  const placer = opinionPlacerOf(p);
  const ids: number[] = [];
  for (const t of texts) {
    const at = p.clock.now().toISOString();
    ids.push(
      await inTransaction(p.db, async (trx) => {
        const r = await trx
          .insertInto('opinions')
          .values({
            org_id: scope.orgId,
            campaign_id: scope.campaignId,
            channel: 'public',
            member_id: null,
            author_name: null,
            contact_enc: null,
            contact_masked: null,
            sector_id: null,
            title: t.title,
            body: t.body,
            place: null,
            category_id: null,
            theme_id: null,
            classified_by: null,
            classified_confidence: null,
            group_id: null,
            closed_reason: null,
            receipt_hash: null,
            created_by: null,
            created_at: at,
            updated_at: at,
            group_fixed: null,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        if (place) await placer(trx, Number(r.id));
        return Number(r.id);
      }),
    );
  }
  return ids;
}

export async function groupIdsOf(p: Platform, ids: readonly number[]): Promise<Map<number, number | null>> {
  const rows = await p.db.selectFrom('opinions').select(['id', 'group_id']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [Number(r.id), r.group_id === null ? null : Number(r.group_id)]));
}

export async function signIn<K extends string>(ctx: TestContext, who: Record<K, string>): Promise<Record<K, Client>> {
  const entries = await Promise.all(
    Object.entries<string>(who).map(async ([k, username]) => [k, await login(ctx, username, PASSWORD)] as const),
  );
  return Object.fromEntries(entries) as Record<K, Client>;
}
