// What the album is built from. The review sub-domain reads these from the database (the
// campaign, its ranking, each object's aggregated scores, the office's review and chosen photos)
// and hands them over; the objects come one at a time so a 300-object campaign is never loaded whole.
import type { PhotoSource } from './album-photo.js';

export type AlbumRankingRow = { rank: number; name: string; district: string; score: number; spread: number };

export type AlbumObject = {
  name: string;
  address: string;
  district: string;
  category: string;
  rank: number;
  /** Weighted score, 0–100. */
  score: number;
  /** Spread of the members' scores (standard deviation, points). */
  spread: number;
  criteria: Array<{ name: string; weight: number; mean: number }>;
  /** The office's official review of the object. */
  review: string;
  /** The photos chosen for the album, in order; the first MAX_PHOTOS_PER_OBJECT are printed. */
  photos: PhotoSource[];
};

export type AlbumInput = {
  orgName: string;
  /** e.g. 政协委员眼中的公园 */
  title: string;
  period: { from: string; to: string };
  summary: { text: string; objects: number; visits: number; photos: number; members: number };
  ranking: AlbumRankingRow[];
  objects: AsyncIterable<AlbumObject> | Iterable<AlbumObject>;
  /** Called after each object's page; total is summary.objects. */
  onProgress?: (done: number, total: number) => void | Promise<void>;
};

export type AlbumResult = { objects: number; photos: number; unreadablePhotos: number; bytes: number };

export const MAX_PHOTOS_PER_OBJECT = 4;
