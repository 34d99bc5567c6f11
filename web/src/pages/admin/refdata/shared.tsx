// Pieces every reference-data tab uses: the tab's props, the active/inactive tag and
// switch, date conversion for the pickers, and running one change with its message.
import { App as AntApp, Button, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ApiError, http } from '../../../api/client';
import { useI18n } from '../../../i18n';
import type { RefData } from '../types';

export interface TabProps {
  data: RefData;
  /** False when viewing another organisation's data: everything is read-only. */
  editable: boolean;
  reload(): Promise<void>;
}

export const toDay = (s: string | null | undefined): Dayjs | undefined => (s ? dayjs(s) : undefined);
export const fromDay = (d: Dayjs | null | undefined): string | null => (d ? d.format('YYYY-MM-DD') : null);

export function StatusTag({ active }: { active: boolean }) {
  const { t } = useI18n();
  return active ? <Tag color="green">{t('admin.statusActive')}</Tag> : <Tag>{t('admin.statusInactive')}</Tag>;
}

/**
 * `saved(text)` says a change worked and reloads the data; `run(request, text)` sends one
 * change first and shows what the server said if it fails.
 */
export function useChange(reload: () => Promise<void>) {
  const { message } = AntApp.useApp();
  const { t } = useI18n();
  const saved = async (text = t('admin.saved')) => {
    message.success(text);
    await reload();
  };
  const run = async (request: () => Promise<unknown>, text?: string) => {
    try {
      await request();
    } catch (err) {
      message.error(err instanceof ApiError ? err.message : t('common.networkError'));
      return;
    }
    await saved(text);
  };
  return { run, saved };
}

/** Deactivate / activate a record at `url` (a PATCH with { active }). */
export function ActiveToggle({
  url,
  active,
  name,
  reload,
}: {
  url: string;
  active: boolean;
  name: string;
  reload(): Promise<void>;
}) {
  const { t } = useI18n();
  const { run } = useChange(reload);
  return (
    <Button
      type="link"
      size="small"
      danger={active}
      onClick={() =>
        run(() => http.patch(url, { active: !active }), t(active ? 'admin.deactivated' : 'admin.activated', { name }))
      }
    >
      {active ? t('admin.deactivate') : t('admin.activate')}
    </Button>
  );
}

/** New records go to the end of the list unless the user says otherwise. */
export const nextSortOrder = (rows: { sortOrder: number }[]) =>
  Math.min(9999, rows.reduce((max, r) => Math.max(max, r.sortOrder), -1) + 1);
