// The review of a campaign: each object's aggregated score with the members' spread and the
// criteria's means, the ranking and the distribution; an object's visits, comments and photos;
// the office's official review of each object and the photos it chooses for the album.
import type { ChangeTracker } from '../../../db/change-tracker.js';
import { inTransaction, type Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import type { AuditLog } from '../../../platform/audit/audit-log.js';
import type { Clock } from '../../../platform/clock.js';
import { conflict, invalid, notFound } from '../../../platform/errors.js';
import { recordDemocraticScores } from '../../proposals/index.js';
import { MAX_PHOTOS_PER_OBJECT } from '../album/index.js';
import { loadCampaign, type CampaignRepo } from '../campaigns/index.js';
import { createReviewCache } from './review.caches.js';
import { distributionOf, figuresOf, rankingOf } from './review.model.js';
import { reviewRules } from './review.policy.js';
import type { ReviewRepo } from './review.repo.js';

export interface ReviewDeps {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  campaigns: CampaignRepo;
  reviews: ReviewRepo;
  changes: ChangeTracker | null;
}

export function createReviewService(deps: ReviewDeps) {
  const { db, clock, audit, campaigns, reviews } = deps;

  async function objectOf(trx: Db, campaignId: number, objectId: number) {
    const o = await campaigns.object(trx, objectId);
    if (!o || o.campaign_id !== campaignId) throw notFound('EVAL_OBJECT_NOT_FOUND', '评议对象不存在');
    return o;
  }

  /** The figures of every object of the campaign, in ranking order then the unvisited. */
  async function figures(trx: Db, campaignId: number) {
    const [objects, criteria, scores, flagged, texts] = await Promise.all([
      campaigns.objects(trx, campaignId),
      campaigns.criteria(trx, campaignId),
      reviews.visitScores(trx, campaignId),
      reviews.flaggedCounts(trx, campaignId),
      reviews.reviews(trx, campaignId),
    ]);
    const fig = figuresOf(
      objects.map((o) => o.id),
      criteria.map((c) => c.id),
      scores,
    );
    const rank = new Map(rankingOf(fig).map((r) => [r.objectId, r.rank]));
    const rows = objects.map((o, i) => ({
      objectId: o.id,
      name: o.name,
      district: o.district,
      category: o.category,
      address: o.address,
      rank: rank.get(o.id) ?? null,
      visits: fig[i]!.visits,
      flagged: Number(flagged.find((f) => f.object_id === o.id)?.n ?? 0),
      score: fig[i]!.score,
      spread: fig[i]!.spread,
      criteria: fig[i]!.criteria,
      reviewed: texts.some((t) => t.object_id === o.id),
    }));
    rows.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.objectId - b.objectId);
    return { rows, criteria, fig, texts };
  }

  /**
   * The figures with the campaign's photo and member counts, through the read cache (reads
   * outside a transaction only: one that writes must see its own rows).
   */
  async function kept(campaignId: number) {
    return cache.get(campaignId, async () => {
      const [f, taken] = await Promise.all([figures(db, campaignId), reviews.takenCounts(db, campaignId)]);
      return { ...f, taken };
    });
  }
  const cache = createReviewCache<Awaited<ReturnType<typeof figures>> & { taken: { photos: number; members: number } }>(
    deps.changes,
  );

  return {
    figures,

    async overview(actor: Actor, campaignId: number) {
      const { c, subject } = await loadCampaign(campaigns, db, actor, campaignId);
      const { rows, criteria, fig, taken } = await kept(campaignId);
      return {
        // The review screen offers every review step, the ones not offered with the campaign too;
        // only a campaign of handling units has scores to feed to their evaluation.
        allowedActions: reviewRules.steps.filter(
          (s) =>
            reviewRules.allows(actor, s, subject, undefined) && (s !== 'feedUnitScores' || c.object_kind === 'unit'),
        ),
        criteria: criteria.map((c) => ({ id: c.id, name: c.name, weight: c.weight })),
        objects: rows,
        distribution: distributionOf(fig),
        totals: {
          objects: rows.length,
          visited: rows.filter((r) => r.visits > 0).length,
          visits: rows.reduce((s, r) => s + r.visits, 0),
          reviewed: rows.filter((r) => r.reviewed).length,
          flagged: rows.reduce((s, r) => s + r.flagged, 0),
          ...taken,
        },
      };
    },

    /**
     * What the album prints, for its printable page: the figures of the summary and, in ranking
     * order, each visited object's figures, review and chosen photos (as the .docx has them).
     */
    async albumContents(actor: Actor, campaignId: number) {
      await loadCampaign(campaigns, db, actor, campaignId);
      const [{ rows, criteria, texts, taken }, photos] = await Promise.all([
        kept(campaignId),
        reviews.albumPhotos(db, campaignId),
      ]);
      const ranked = rows.filter((r) => r.rank !== null);
      return {
        summary: {
          objects: ranked.length,
          visits: rows.reduce((s, r) => s + r.visits, 0),
          photos: photos.length,
          members: taken.members,
        },
        criteria: criteria.map((c) => ({ id: c.id, name: c.name, weight: c.weight })),
        objects: ranked.map((r) => ({
          objectId: r.objectId,
          name: r.name,
          address: r.address,
          district: r.district,
          category: r.category,
          rank: r.rank!,
          score: r.score!,
          spread: r.spread!,
          visits: r.visits,
          criteria: r.criteria,
          review: texts.find((t) => t.object_id === r.objectId)?.text ?? null,
          photos: photos
            .filter((p) => p.object_id === r.objectId)
            .slice(0, MAX_PHOTOS_PER_OBJECT)
            .map((p) => p.file_id),
        })),
      };
    },

    async object(actor: Actor, campaignId: number, objectId: number) {
      await loadCampaign(campaigns, db, actor, campaignId);
      const o = await objectOf(db, campaignId, objectId);
      const [criteria, scores, review, photos] = await Promise.all([
        campaigns.criteria(db, campaignId),
        reviews.visitScores(db, campaignId, objectId),
        reviews.review(db, objectId),
        reviews.objectPhotos(db, objectId),
      ]);
      const [f] = figuresOf(
        [objectId],
        criteria.map((c) => c.id),
        scores,
      );
      return {
        objectId,
        name: o.name,
        address: o.address,
        district: o.district,
        category: o.category,
        responsibleUnit: o.responsible_unit,
        responsibleUnitId: o.responsible_unit_id,
        visits: f!.visits,
        score: f!.score,
        spread: f!.spread,
        criteria: criteria.map((c) => ({
          criterionId: c.id,
          name: c.name,
          weight: c.weight,
          mean: f!.criteria.find((x) => x.criterionId === c.id)?.mean ?? null,
        })),
        review: review ? { text: review.text, updatedAt: review.updated_at } : null,
        photos: photos.map((p) => ({
          fileId: p.file_id,
          visitId: p.visit_id,
          memberName: p.member_name,
          takenAt: p.taken_at,
          distanceMetres: p.distance_m,
          inAlbum: p.in_album === 1,
        })),
      };
    },

    async writeReview(actor: Actor, campaignId: number, objectId: number, text: string) {
      return inTransaction(db, async (trx) => {
        const { c, subject } = await loadCampaign(campaigns, trx, actor, campaignId);
        reviewRules.authorize(actor, 'writeEvalReview', subject, undefined);
        const o = await objectOf(trx, campaignId, objectId);
        const at = clock.now().toISOString();
        await reviews.saveReview(trx, o.id, text, actor.userId, at);
        await audit.append(trx, actor, {
          action: 'supervision.review_write',
          objectType: 'supervision_campaign',
          objectId: c.id,
          orgId: c.org_id,
          detail: { objectId: o.id, length: text.length },
        });
        return { text, updatedAt: at };
      });
    },

    /**
     * The campaign's score of each evaluated handling unit becomes the unit's democratic evaluation
     * score (民主评议得分) of the campaign's year in the proposals' unit evaluation, replacing any the
     * office typed. Units nobody visited are left as they were.
     */
    async feedUnitScores(actor: Actor, campaignId: number) {
      return inTransaction(db, async (trx) => {
        const { c, subject } = await loadCampaign(campaigns, trx, actor, campaignId);
        reviewRules.authorize(actor, 'feedUnitScores', subject, undefined);
        if (c.object_kind !== 'unit') throw conflict('NOT_UNIT_CAMPAIGN', '本次评议的对象不是承办单位');
        const objects = await campaigns.objects(trx, campaignId);
        const { rows } = await figures(trx, campaignId);
        const scores = rows.flatMap((r) => {
          const unitId = objects.find((o) => o.id === r.objectId)?.unit_id ?? null;
          return unitId !== null && r.score !== null ? [{ unitId, score: r.score }] : [];
        });
        const year = Number(c.ends_on.slice(0, 4));
        await recordDemocraticScores(trx, {
          orgId: c.org_id,
          year,
          source: `campaign:${c.id}`,
          at: clock.now().toISOString(),
          scores,
        });
        await audit.append(trx, actor, {
          action: 'supervision.unit_scores',
          objectType: 'supervision_campaign',
          objectId: c.id,
          orgId: c.org_id,
          detail: { year, scores },
        });
        return { year, units: scores.length };
      });
    },

    async chooseAlbumPhotos(actor: Actor, campaignId: number, objectId: number, fileIds: string[]) {
      if (new Set(fileIds).size !== fileIds.length) throw invalid('fileIds', '同一张照片选了两次');
      if (fileIds.length > MAX_PHOTOS_PER_OBJECT) throw invalid('fileIds', '每个对象最多选 4 张照片编入图册');
      return inTransaction(db, async (trx) => {
        const { c, subject } = await loadCampaign(campaigns, trx, actor, campaignId);
        reviewRules.authorize(actor, 'chooseAlbumPhotos', subject, undefined);
        const o = await objectOf(trx, campaignId, objectId);
        const own = new Set((await reviews.objectPhotos(trx, o.id)).map((p) => p.file_id));
        if (fileIds.some((f) => !own.has(f))) throw invalid('fileIds', '只能选择本对象走访中拍摄的照片');
        await reviews.setAlbumPhotos(trx, o.id, fileIds);
        await audit.append(trx, actor, {
          action: 'supervision.album_photos',
          objectType: 'supervision_campaign',
          objectId: c.id,
          orgId: c.org_id,
          detail: { objectId: o.id, fileIds },
        });
        return { fileIds };
      });
    },
  };
}

export type ReviewService = ReturnType<typeof createReviewService>;
