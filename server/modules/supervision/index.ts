// Supervision module (民主监督, issue 16). One folder per sub-domain, each with the same roles
// (docs/ARCHITECTURE.md):
//   photos/  field photos drawn for the project (demo, tests, benches), with the EXIF a phone writes
//   album/   the illustrated album (图册) as .docx, streamed with bounded memory (a pure builder)
// The other sub-domains (campaigns, assignment, visits, review, album, inspections) are merged in.
export {
  drawFieldPhoto,
  fieldPhotoFixture,
  FIELD_SCENES,
  type FieldScene,
  type FieldPhotoOptions,
} from './photos/index.js';
