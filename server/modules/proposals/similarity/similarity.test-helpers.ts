// The cast and the corpus of the similarity tests: the fixture, four signed-in accounts, and
// every text of PROPOSAL_TEXTS submitted by Zhang and Li in turn, the lifts one accepted.
import { seedFixture, PASSWORD, type Fixture } from '../../../test/fixtures.js';
import { login, type Client, type TestContext } from '../../../test/harness.js';
import { PROPOSAL_TEXTS, type ProposalText } from '../../../test/proposal-texts.js';
import { ok, submitted } from '../core/proposals.test-helpers.js';

export const body = (t: Omit<ProposalText, 'key'>) => ({
  title: t.title,
  reasons: t.reasons,
  suggestions: t.suggestions,
});
export const category = (t: Pick<ProposalText, 'title'>) =>
  /(农村|农田|乡村|农产品)/.test(t.title) ? '农业农村' : '城乡建设';

export interface CorpusOnFile {
  fx: Fixture;
  zhang: Client;
  li: Client;
  wang: Client;
  staff: Client;
  /** Proposal id by text key. */
  ids: Record<string, number>;
}

export async function corpusOnFile(ctx: TestContext): Promise<CorpusOnFile> {
  const fx = await seedFixture(ctx.platform);
  const [zhang, li, wang, staff] = await Promise.all([
    login(ctx, 'zhangjianguo', PASSWORD),
    login(ctx, 'lixiaomei', PASSWORD),
    login(ctx, 'wangzhiqiang', PASSWORD),
    login(ctx, 'staff', PASSWORD),
  ]);
  const ids: Record<string, number> = {};
  for (const [i, t] of PROPOSAL_TEXTS.entries())
    ids[t.key] = (await submitted(i % 2 ? li : zhang, { ...body(t), category: category(t) })).id;
  await ok(staff.post(`/api/proposals/${ids.elevator}/accept`, {}), 'accept');
  return { fx, zhang, li, wang, staff, ids };
}
