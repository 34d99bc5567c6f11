// The 社情民意 pages' shapes (read from the OpenAPI document), their texts and small helpers.
import type { ResponseOf } from '../../../api/paths';
import { addArea } from '../../../i18n';
import { opinionsReports } from '../../../i18n/messages/opinionsReports';

addArea('opinionsReports', opinionsReports);

export type ReportDetail = ResponseOf<'/api/opinions/reports/{id}'>;
export type ReportSummary = ResponseOf<'/api/opinions/reports/mine'>[number];
export type Span = NonNullable<ReportDetail['versions'][number]['changes']>['body'][number];
export type BulletinDetail = ResponseOf<'/api/opinions/bulletins/{id}'>;
export type Figures = ResponseOf<'/api/opinions/reports/figures'>;

export const STATUS_COLORS: Record<ReportSummary['status'], string> = {
  submitted: 'blue',
  editing: 'gold',
  adopted: 'green',
  rejected: 'default',
  published: 'purple',
};
export const LEVELS = ['county', 'city', 'province', 'national'] as const;
export const thisYear = () => new Date().getFullYear();
