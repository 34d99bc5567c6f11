// What a proposal's detail needs besides its row, loaded in a few queries: the same for every
// viewer, so the query service may keep it in its read cache (DETAIL_TABLES).
import type { Db } from '../../../db/tx.js';
import type { FileService, StoredFile } from '../../../platform/files/file-service.js';
import { userProfile } from '../../accounts/index.js';
import type { ProposalRepo, ProposalRow, ProposerRow } from './proposals.repo.js';

/** The owner type a proposal's files are filed under (its attachments and the units' reply letters). */
export const PROPOSAL_FILE_OWNER = 'proposal';

/**
 * The proposal's own attachments among the files filed under it: units' reply letters are
 * filed there too, but they belong to the handling record, not to the proposal text.
 */
export async function ownAttachments(
  repo: ProposalRepo,
  db: Db,
  proposalId: number,
  filed: StoredFile[],
): Promise<StoredFile[]> {
  if (!filed.length) return filed;
  const letters = await repo.replyFileIds(db, proposalId);
  return filed.filter((f) => !letters.has(f.id));
}

/** What a proposal's detail shows besides its own row: the same for every viewer. */
export interface DetailParts {
  proposers: ProposerRow[];
  units: { id: number; name: string }[];
  attachments: StoredFile[];
  mergedInto: { id: number; title: string; number_label: string | null } | undefined;
  mergedFrom: { id: number; title: string }[];
  keyLeader: { id: number; display_name: string } | undefined;
}

/** The tables `loadDetailParts` and the proposal row are read from (for the read cache). */
export const DETAIL_TABLES = [
  'proposals',
  'proposal_proposers',
  'members',
  'handling_units',
  'files',
  'proposal_replies',
  'users',
] as const;

export async function loadDetailParts(
  deps: { db: Db; repo: ProposalRepo; files: FileService },
  p: ProposalRow,
  /**
   * What the caller has loaded already: the proposal's proposers; for a proposal created in
   * this request (`fresh`), also its files (those just attached), and nothing has been merged
   * into it or replied to it yet.
   */
  loaded: { proposers?: ProposerRow[]; fresh?: { attachments: StoredFile[] } } = {},
): Promise<DetailParts> {
  const { db, repo, files } = deps;
  const { fresh } = loaded;
  const suggestedIds = JSON.parse(p.suggested_unit_ids) as number[];
  const [proposers, units, filed, mergedInto, mergedFrom, keyLeader] = await Promise.all([
    loaded.proposers ?? repo.proposers(db, p.id),
    repo.units(db, suggestedIds),
    fresh
      ? [...fresh.attachments].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))
      : files.listFor(db, PROPOSAL_FILE_OWNER, p.id),
    p.merged_into_id ? repo.get(db, p.merged_into_id) : Promise.resolve(undefined),
    // Only a proposal that has been submitted can have others merged into it.
    p.state === 'draft' || fresh ? Promise.resolve([]) : repo.mergedInto(db, p.id),
    p.key_leader_user_id ? userProfile(db, p.key_leader_user_id) : Promise.resolve(undefined),
  ]);
  return {
    proposers,
    units: suggestedIds
      .map((id) => units.find((u) => u.id === id))
      .filter((u) => !!u)
      .map((u) => ({ id: u.id, name: u.name })),
    attachments: fresh ? filed : await ownAttachments(repo, db, p.id, filed),
    mergedInto: mergedInto
      ? { id: mergedInto.id, title: mergedInto.title, number_label: mergedInto.number_label }
      : undefined,
    mergedFrom,
    keyLeader: keyLeader && { id: keyLeader.id, display_name: keyLeader.display_name },
  };
}
