// Similar-proposal detection: the vector store follows every change of a proposal's
// text (the indexer hook), a recurring task keeps the index warm and fills in vectors for
// proposals loaded by other means, and the two routes.
import { MINUTE } from '../../../platform/clock.js';
import type { ZodApp } from '../../../platform/http/types.js';
import type { ProposalDeps } from '../core/proposals.service.js';
import { createSimilarityRepo } from './similarity.repo.js';
import { similarityRoutes } from './similarity.routes.js';
import { createSimilarityService } from './similarity.service.js';
import { createSimilarityStore } from './vector-store.service.js';
import { createQueueDuplicates } from './queue-duplicates.service.js';
import { createVerdicts } from './verdict.service.js';

/** Vectors filled in per run of the recurring task: a large import is caught up in a few minutes without a long pause. */
const BACKFILL_PER_RUN = 5000;

export function registerSimilarity(app: ZodApp, deps: ProposalDeps): void {
  const simRepo = createSimilarityRepo();
  const store = createSimilarityStore({ db: deps.db, simRepo });
  deps.indexer.onContent((trx, p) => store.write(trx, p));
  // Runs at start-up in the server (so the first query finds the index loaded), then every minute.
  deps.jobs.every('proposals.similarity-index', MINUTE, async () => {
    await store.ready();
    await store.backfill(BACKFILL_PER_RUN);
  });
  const verdicts = createVerdicts({ db: deps.db, simRepo });
  similarityRoutes(
    app,
    createSimilarityService({ ...deps, simRepo, store, verdicts }),
    createQueueDuplicates({ ...deps, simRepo, store, verdicts }),
  );
}
