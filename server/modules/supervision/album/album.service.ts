// Asking for the album and reading where it stands: the office queues the build (the job runs
// it, album.jobs.ts); offices and leaders read whether one is built and download it through
// /api/files (the album's owner check is the campaign's readers).
import type { Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import type { AuditLog } from '../../../platform/audit/audit-log.js';
import type { JobRunner } from '../../../platform/jobs/job-runner.js';
import { loadCampaign, readsSupervision, type CampaignRepo } from '../campaigns/index.js';
import { reviewRules } from '../review/review.policy.js';
import { ALBUM_JOB } from './album.jobs.js';

export function createAlbumService(deps: { db: Db; audit: AuditLog; jobs: JobRunner; campaigns: CampaignRepo }) {
  const { db, audit, jobs, campaigns } = deps;
  return {
    async build(actor: Actor, campaignId: number) {
      const { c, subject } = await loadCampaign(campaigns, db, actor, campaignId);
      reviewRules.authorize(actor, 'buildEvalAlbum', subject, undefined);
      const jobId = await jobs.enqueue(db, ALBUM_JOB, { campaignId }, { orgId: c.org_id, createdBy: actor.userId });
      await audit.append(db, actor, {
        action: 'supervision.album_build',
        objectType: 'supervision_campaign',
        objectId: c.id,
        orgId: c.org_id,
        detail: { jobId },
      });
      return { jobId };
    },

    async status(actor: Actor, campaignId: number) {
      const { c } = await loadCampaign(campaigns, db, actor, campaignId);
      return { fileId: c.album_file_id, builtAt: c.album_built_at };
    },

    async mayReadAlbum(actor: Actor, campaignId: number) {
      const c = await campaigns.get(db, campaignId);
      return !!c && readsSupervision(actor, c.org_id);
    },
  };
}

export type AlbumService = ReturnType<typeof createAlbumService>;
