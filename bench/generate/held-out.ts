// The held-out drafts of the similarity benchmark: proposals of the top organisation that
// count for similar-proposal detection (past drafting, not withdrawn), spread over its whole
// history, each reworded the way a second member would write it (the corpus's reword()).
import { reword } from '../../server/seed/corpus/generator.js';
import type { HeldOutDraft } from './dataset.js';
import type { P, Rnd } from './proposal-rows.js';

export function selectHeldOut(candidates: readonly P[], n: number, rnd: Rnd): HeldOutDraft[] {
  const counted = candidates.filter((p) => p.state !== 'draft' && p.state !== 'withdrawn');
  if (counted.length < n) throw new Error(`only ${counted.length} proposals to reword, ${n} wanted`);
  const out: HeldOutDraft[] = [];
  for (let i = 0; i < n; i++) {
    const p = counted[Math.floor((i * counted.length) / n)]!;
    out.push({ originalId: p.id, orgId: p.org.id, ...reword(p, rnd) });
  }
  return out;
}
