// Processing's shapes (read from the OpenAPI document) and texts, shared by its pages and slots.
import type { ResponseOf } from '../../../api/paths';
import { addArea } from '../../../i18n';
import { opinionProcessing } from '../../../i18n/messages/opinionProcessing';

addArea('opinionProcessing', opinionProcessing);

export type Processing = ResponseOf<'/api/opinions/{id}/processing'>;
export type RouteView = NonNullable<Processing['route']>;
export type AnswerView = ResponseOf<'/api/opinions/{id}/answer'>;
export type UnitRoute = ResponseOf<'/api/opinions/unit/routes'>[number];
export type Category = ResponseOf<'/api/opinions/categories'>[number];
export type Dashboard = ResponseOf<'/api/opinions/dashboard'>;

/** Tag colours of an opinion's status. */
export const STATUS_COLOR: Record<Processing['status'], string> = {
  submitted: 'default',
  routed: 'processing',
  answered: 'success',
  closed: 'default',
};
