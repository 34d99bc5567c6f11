// Field photos drawn for the project: the demo campaign's visits, the EXIF tests and the
// upload bench use them (nothing is downloaded).
export {
  drawFieldPhoto,
  fieldPhotoFixture,
  fieldPhotoExif,
  FIELD_SCENES,
  type FieldScene,
  type FieldPhotoOptions,
} from './field-photo.js';
