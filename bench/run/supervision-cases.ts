// Democratic supervision's cases (issue 16 item 8), on the dataset's campaign of 300 parks, 900
// visits and 2 700 photos (bench/generate/supervision-rows.ts): (v) the campaign's review page as
// the office opens it — every park's weighted score, spread and criteria means, the ranking and
// the distribution, counted from the visits and kept per campaign until one of their tables
// changes (review/review.caches.ts) — target p99 ≤ 100 ms; (w) a 5 MB
// phone JPEG uploaded for a visit (POST /api/files?purpose=photo: content check, EXIF read,
// re-encoded, its print copy made, stored) at 4 concurrent uploads, target p99 ≤ 1 s.
// The album build is measured in the bulk phase (driver.ts).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawFieldPhoto } from '../../server/modules/supervision/photos/index.js';
import type { CaseData, CaseSpec } from './cases.js';
import { get, perConnection, sessionOf } from './cases.js';
import { waitForJob } from './bulk.js';
import { headersOf, postJson, type Session } from './http.js';

export const REVIEW_P99_MS = 100;
export const UPLOAD_P99_MS = 1000;
const UPLOAD_CONNECTIONS = 4;
const BOUNDARY = '----lvzhiBenchUpload7d1f';

/**
 * The phone photo to upload: 4032x3024 at quality 95 (~5 MB, as a phone's main camera writes
 * one), drawn once and kept beside the datasets; a light 1600x1200 one for the smoke run.
 */
export async function uploadPhoto(datasetDir: string, smoke: boolean): Promise<Buffer> {
  const dir = join(datasetDir, '..', 'supervision-photos');
  const [width, height] = smoke ? [1600, 1200] : [4032, 3024];
  const file = join(dir, `upload-${width}.jpg`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    const photo = await drawFieldPhoto({
      scene: 'park',
      seed: 77,
      width,
      height,
      quality: 95,
      grain: 16,
      takenAt: new Date('2026-09-12T02:30:00Z'),
      lat: 30.61,
      lon: 114.31,
    });
    writeFileSync(file, photo);
  }
  return readFileSync(file);
}

function multipart(photo: Buffer): Buffer {
  const head = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="IMG_0001.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), photo, Buffer.from(`\r\n--${BOUNDARY}--\r\n`)]);
}

export function supervisionCases(): CaseSpec[] {
  return [
    {
      key: 'v',
      name: "a campaign's review page: every park's score, spread, ranking, distribution (staff)",
      requestsPerOp: 1,
      options: (d: CaseData) => get(d.staff, () => `/api/supervision/campaigns/${d.supervisionCampaignId}/review`),
    },
    {
      key: 'w',
      name: 'a 5 MB phone photo uploaded and re-encoded, 4 at a time (member)',
      requestsPerOp: 1,
      options: (d: CaseData) => {
        const body = multipart(d.uploadPhoto!);
        return {
          ...perConnection(),
          connections: UPLOAD_CONNECTIONS,
          requests: [
            {
              method: 'POST',
              path: '/api/files?purpose=photo',
              setupRequest: (req, ctx) => ({
                ...req,
                headers: {
                  ...headersOf(sessionOf(d.members, ctx as { k?: number })),
                  'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
                },
                body,
              }),
            },
          ],
        };
      },
    },
  ];
}

export interface AlbumBuildResult {
  objects: number;
  photos: number;
  /** Photos without a print copy, scaled by the build itself. */
  unreadablePhotos: number;
  seconds: number;
  bytes: number;
}

/** The office asks for the campaign's album; the job runner builds it; timed until the job is done. */
export async function albumBuild(staff: Session, campaignId: number): Promise<AlbumBuildResult> {
  const t0 = performance.now();
  const { jobId } = await postJson<{ jobId: number }>(staff, `/api/supervision/campaigns/${campaignId}/album`, {}, 202);
  const job = (await waitForJob(staff, jobId)) as unknown as {
    status: string;
    message: string | null;
    result: { objects: number; photos: number; unreadablePhotos: number; bytes: number } | null;
  };
  const seconds = (performance.now() - t0) / 1000;
  if (job.status !== 'done' || !job.result) throw new Error(`album build: ${job.status} ${job.message ?? ''}`);
  return { ...job.result, seconds: Math.round(seconds * 10) / 10 };
}
