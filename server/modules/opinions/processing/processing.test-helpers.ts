// What the processing tests share: opinions written straight to the table (intake's routes are
// another sub-domain's), an organisation's categories and themes with their keywords, and
// signing the fixture's people in (again, after the clock moved).
import type { Platform } from '../../../platform/platform.js';
import { PASSWORD } from '../../../test/fixtures.js';
import { login, type Client, type TestContext } from '../../../test/harness.js';
import type { OpinionChannel } from '../../../db/tables/opinions.js';

export interface OpinionSeed {
  orgId: number;
  title: string;
  body?: string;
  channel?: OpinionChannel;
  memberId?: number | null;
  authorName?: string | null;
  groupId?: number | null;
  receiptHash?: string | null;
  sectorId?: number | null;
  campaignId?: number | null;
}

export async function insertOpinion(p: Pick<Platform, 'db' | 'clock'>, s: OpinionSeed): Promise<number> {
  const at = p.clock.now().toISOString();
  return (
    await p.db
      .insertInto('opinions')
      .values({
        org_id: s.orgId,
        campaign_id: s.campaignId ?? null,
        channel: s.channel ?? (s.memberId ? 'member' : 'public'),
        member_id: s.memberId ?? null,
        author_name: s.authorName ?? null,
        contact_enc: null,
        contact_masked: null,
        sector_id: s.sectorId ?? null,
        title: s.title,
        body: s.body ?? s.title,
        place: null,
        category_id: null,
        theme_id: null,
        classified_by: null,
        classified_confidence: null,
        group_id: s.groupId ?? null,
        closed_reason: null,
        receipt_hash: s.receiptHash ?? null,
        created_by: null,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
}

/** Categories and themes of an organisation: name → id. */
export async function insertCategories(
  p: Pick<Platform, 'db'>,
  orgId: number,
  kind: 'category' | 'theme',
  rows: Record<string, string[]>,
): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [i, [name, keywords]] of Object.entries(rows).entries())
    out[name] = (
      await p.db
        .insertInto('opinion_categories')
        .values({ org_id: orgId, kind, name, keywords: JSON.stringify(keywords), sort_order: i })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  return out;
}

export async function signIn<K extends string>(ctx: TestContext, who: Record<K, string>): Promise<Record<K, Client>> {
  const entries = await Promise.all(
    Object.entries<string>(who).map(async ([k, username]) => [k, await login(ctx, username, PASSWORD)] as const),
  );
  return Object.fromEntries(entries) as Record<K, Client>;
}
