// The illustrated album (图册): a pure builder; the review sub-domain feeds it a campaign's
// ranking and objects from the database and runs it as a background job with progress.
export { writeAlbumDocx } from './album-doc.js';
export {
  MAX_PHOTOS_PER_OBJECT,
  type AlbumInput,
  type AlbumObject,
  type AlbumRankingRow,
  type AlbumResult,
} from './album.model.js';
export { PRINT_WIDTH_PX, type PhotoSource } from './album-photo.js';
