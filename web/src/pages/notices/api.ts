// What the notices pages share: their texts (added here, so they load with the pages and not
// with the phone's home bundle) and the value list of statuses.
import { addArea } from '../../i18n';
import { notices } from '../../i18n/messages/notices';
import { valuesOf, type NoticeStatus } from '../../api/models';

addArea('notices', notices);

export const NOTICE_STATUSES = valuesOf<NoticeStatus>()(['draft', 'published', 'withdrawn']);
export const STATUS_COLOURS: Record<NoticeStatus, string> = {
  draft: 'default',
  published: 'green',
  withdrawn: 'red',
};
