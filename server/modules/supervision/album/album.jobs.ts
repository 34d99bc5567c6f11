// The album as a background job: the campaign's ranking and each visited object's figures,
// review and chosen photos, read from the database, streamed into a .docx in a temporary file
// (photos read one at a time from the file store), then stored as the campaign's album file.
// The previous album file is taken off the campaign in the same transaction.
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inTransaction, type Db } from '../../../db/tx.js';
import type { FileService } from '../../../platform/files/file-service.js';
import type { JobRunner } from '../../../platform/jobs/job-runner.js';
import type { CampaignRepo } from '../campaigns/index.js';
import type { ReviewRepo, ReviewService } from '../review/index.js';
import { writeAlbumDocx } from './album-doc.js';
import type { PhotoSource } from './album-photo.js';
import type { AlbumObject } from './album.model.js';

export const ALBUM_JOB = 'supervision.album';
export const ALBUM_FILE_OWNER = 'supervision_album';

export function registerAlbumJob(deps: {
  db: Db;
  jobs: JobRunner;
  files: FileService;
  campaigns: CampaignRepo;
  reviews: ReviewRepo;
  review: ReviewService;
}) {
  const { db, jobs, files, campaigns, reviews, review } = deps;
  jobs.handle(ALBUM_JOB, async (job, ctx) => {
    const { campaignId } = job.payload as { campaignId: number };
    const c = await campaigns.get(db, campaignId);
    if (!c) return { skipped: 'campaign gone' };
    const org = await db
      .selectFrom('organisations')
      .select('name')
      .where('id', '=', c.org_id)
      .executeTakeFirstOrThrow();
    const { rows, criteria, texts } = await review.figures(db, campaignId);
    const photos = await reviews.albumPhotos(db, campaignId);
    const members = await db
      .selectFrom('supervision_visits')
      .select((s) => s.fn.count<number>('member_id').distinct().as('n'))
      .where('campaign_id', '=', campaignId)
      .executeTakeFirstOrThrow();
    const ranked = rows.filter((r) => r.rank !== null);
    async function* objects(): AsyncGenerator<AlbumObject> {
      for (const r of ranked)
        yield {
          name: r.name,
          address: r.address ?? '',
          district: r.district ?? '',
          category: r.category ?? '',
          rank: r.rank!,
          score: r.score!,
          spread: r.spread!,
          criteria: criteria.map((cr) => ({
            name: cr.name,
            weight: cr.weight,
            mean: r.criteria.find((x) => x.criterionId === cr.id)?.mean ?? 0,
          })),
          review: texts.find((t) => t.object_id === r.objectId)?.text ?? '',
          photos: photos
            .filter((p) => p.object_id === r.objectId)
            .map((p): PhotoSource => {
              const original = () => files.store.get(p.storage_key);
              return p.print_storage_key && p.print_width && p.print_height
                ? {
                    printCopy: () => files.store.get(p.print_storage_key!),
                    width: p.print_width,
                    height: p.print_height,
                    original,
                  }
                : original;
            }),
        };
    }
    const path = join(tmpdir(), `lvzhi-album-${randomUUID()}.docx`);
    try {
      const result = await writeAlbumDocx(
        {
          orgName: org.name,
          title: c.title,
          period: { from: c.starts_on, to: c.ends_on },
          summary: {
            text: c.description ?? '',
            objects: ranked.length,
            visits: rows.reduce((s, r) => s + r.visits, 0),
            photos: photos.length,
            members: Number(members.n),
          },
          ranking: ranked.map((r) => ({
            rank: r.rank!,
            name: r.name,
            district: r.district ?? '',
            score: r.score!,
            spread: r.spread!,
          })),
          objects: objects(),
          onProgress: (done, total) => ctx.progress(done, total),
        },
        createWriteStream(path),
      );
      const stored = await inTransaction(db, async (trx) => {
        const file = await files.storeMade(
          trx,
          { orgId: c.org_id, createdBy: job.createdBy, name: `${c.title}.docx`, kind: 'docx', path },
          { type: ALBUM_FILE_OWNER, id: c.id },
        );
        const fresh = await campaigns.get(trx, c.id);
        if (fresh?.album_file_id) await files.detach(trx, [fresh.album_file_id], ALBUM_FILE_OWNER, c.id);
        await campaigns.update(trx, c.id, { album_file_id: file.id, album_built_at: file.createdAt });
        return file;
      });
      return { fileId: stored.id, ...result };
    } finally {
      await unlink(path).catch(() => undefined);
    }
  });
}
