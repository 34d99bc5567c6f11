// Removing attachments from a draft (or a returned proposal) as part of its edit: only the
// proposal's own attachments, never a unit's reply letter filed under it.
import type { Db } from '../../../db/tx.js';
import { invalid } from '../../../platform/errors.js';
import type { StoredFile } from '../../../platform/files/file-service.js';
import type { ProposalDeps } from './proposals.service.js';
import { ownAttachments, PROPOSAL_FILE_OWNER } from './detail.repo.js';

/** Takes the listed attachments off the proposal (the file service deletes them); answers with what was removed. */
export async function removeAttachments(
  deps: Pick<ProposalDeps, 'repo' | 'files'>,
  trx: Db,
  proposalId: number,
  ids: readonly string[],
): Promise<StoredFile[]> {
  if (!ids.length) return [];
  const own = await ownAttachments(
    deps.repo,
    trx,
    proposalId,
    await deps.files.listFor(trx, PROPOSAL_FILE_OWNER, proposalId),
  );
  const problems = ids.flatMap((id, i) =>
    own.some((f) => f.id === id) ? [] : [{ path: `removeAttachmentIds.${i}`, message: '不是本提案的附件，无法删除' }],
  );
  if (problems.length) throw invalid(problems);
  await deps.files.detach(trx, ids, PROPOSAL_FILE_OWNER, proposalId);
  return own.filter((f) => ids.includes(f.id));
}
