// What the study materials pages share: their texts (added here, so they load with the pages and
// not with the phone's home bundle), the shapes read from the API document, and value lists.
import { addArea } from '../../../i18n';
import { studyMaterials } from '../../../i18n/messages/studyMaterials';
import { valuesOf } from '../../../api/models';
import type { BodyOf, ResponseOf } from '../../../api/paths';

addArea('studyMaterials', studyMaterials);

type Item<T> = T extends { items: (infer I)[] } ? I : never;
export type MaterialSummary = Item<ResponseOf<'/api/study/materials'>>;
export type MaterialDetail = ResponseOf<'/api/study/materials/{id}'>;
export type MaterialKind = MaterialSummary['kind'];
export type MaterialStatus = MaterialSummary['status'];
export type MaterialBody = BodyOf<'/api/study/materials', 'post'>;
export type MyMaterial = Item<ResponseOf<'/api/study/materials/mine'>>;
export type ProgressRow = Item<ResponseOf<'/api/study/materials/{id}/progress'>>;
export type LearningRecord = ResponseOf<'/api/study/record/mine'>;

export const MATERIAL_KINDS = valuesOf<MaterialKind>()(['document', 'article', 'video']);
export const MATERIAL_STATUSES = valuesOf<MaterialStatus>()(['draft', 'published', 'withdrawn']);
export const STATUS_COLOURS: Record<MaterialStatus, string> = {
  draft: 'default',
  published: 'green',
  withdrawn: 'red',
};
export const KIND_COLOURS: Record<MaterialKind, string> = { document: 'blue', article: 'geekblue', video: 'purple' };

/** Seconds as "m 分 s 秒". */
export const durationParts = (seconds: number) => ({ m: Math.floor(seconds / 60), s: seconds % 60 });
