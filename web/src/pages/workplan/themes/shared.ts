// Strategic themes' shapes (from the OpenAPI document) and the texts they load.
import type { ResponseOf } from '../../../api/paths';
import '../../../i18n/areas/workplan-engagement';

export type Theme = ResponseOf<'/api/workplan/themes'>[number];
export type Coverage = ResponseOf<'/api/workplan/themes/coverage'>;
export type Counts = Coverage['totals'];
/** The coverage's kinds of work in the order the table and the chart show them. */
export const COVERAGE_KINDS = [
  'topic',
  'meeting',
  'report',
  'opinionReport',
  'proposal',
] as const satisfies readonly (keyof Counts)[];
