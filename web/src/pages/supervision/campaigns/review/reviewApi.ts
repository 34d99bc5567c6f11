// The review screen's shapes, read from the OpenAPI document, and its texts (loaded with it).
import type { ResponseOf } from '../../../../api/paths';
import { addArea } from '../../../../i18n';
import { supervisionReview } from '../../../../i18n/messages/supervisionReview';

addArea('supervisionReview', supervisionReview);

export type ReviewOverview = ResponseOf<'/api/supervision/campaigns/{id}/review'>;
export type ReviewRow = ReviewOverview['objects'][number];
export type ObjectReview = ResponseOf<'/api/supervision/campaigns/{id}/objects/{objectId}/review'>;
export type AlbumContents = ResponseOf<'/api/supervision/campaigns/{id}/album/contents'>;

/** The album prints at most this many photos of an object (MAX_PHOTOS_PER_OBJECT on the server). */
export const ALBUM_PHOTO_LIMIT = 4;

/** A score as the office reads it: one decimal, or a dash for an object nobody visited. */
export const points = (n: number | null | undefined) => (n === null || n === undefined ? '—' : n.toFixed(1));
