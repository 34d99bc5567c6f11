// The near-duplicate groups' shapes (read from the OpenAPI document) and texts.
import type { ResponseOf } from '../../../api/paths';
import { addArea } from '../../../i18n';
import { opinionGroups } from '../../../i18n/messages/opinionGroups';

addArea('opinionGroups', opinionGroups);

export type GroupList = ResponseOf<'/api/opinions/groups'>;
export type Group = GroupList['items'][number];
export type Member = Group['members'][number];
