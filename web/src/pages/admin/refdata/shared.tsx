// Pieces every reference-data tab uses: the tab's props, the active/inactive tag and
// switch, date conversion for the pickers, and running one change with its message.
import { App as AntApp, Button, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, ApiError } from '../../../api/client';
import { useI18n } from '../../../i18n';
import type { RefData } from '../../../api/models';
import type { BodyOf, PathsWith } from '../../../api/paths';
import '../../../i18n/areas/admin';

export interface TabProps {
  data: RefData;
  /** False when viewing another organisation's data: everything is read-only. */
  editable: boolean;
}

export const toDay = (s: string | null | undefined): Dayjs | undefined => (s ? dayjs(s) : undefined);
/** A required date field's value. */
export const day = (d: Dayjs): string => d.format('YYYY-MM-DD');
export const fromDay = (d: Dayjs | null | undefined): string | null => (d ? day(d) : null);

export function StatusTag({ active }: { active: boolean }) {
  const { t } = useI18n();
  return active ? <Tag color="green">{t('admin.statusActive')}</Tag> : <Tag>{t('admin.statusInactive')}</Tag>;
}

/**
 * `saved(text)` says a change worked (the write has already refreshed the data);
 * `run(request, text)` sends one change first and shows what the server said if it fails.
 */
export function useChange() {
  const { message } = AntApp.useApp();
  const { t } = useI18n();
  const saved = (text = t('admin.saved')) => {
    message.success(text);
  };
  const run = async (request: () => Promise<unknown>, text?: string) => {
    try {
      await request();
    } catch (err) {
      message.error(err instanceof ApiError ? err.message : t('common.networkError'));
      return;
    }
    saved(text);
  };
  return { run, saved };
}

/** The records whose PATCH takes { active }. */
type ActivePath = {
  [P in PathsWith<'patch'>]: P extends `${string}/{id}`
    ? BodyOf<P, 'patch'> extends { active?: boolean }
      ? P
      : never
    : never;
}[PathsWith<'patch'>];

/** Deactivate / activate the record `id` at `path` (a PATCH with { active }). */
export function ActiveToggle({
  path,
  id,
  active,
  name,
}: {
  path: ActivePath;
  id: number;
  active: boolean;
  name: string;
}) {
  const { t } = useI18n();
  const { run } = useChange();
  const patch = api.patch as (
    path: ActivePath,
    options: { path: { id: number }; body: { active: boolean } },
  ) => Promise<unknown>;
  return (
    <Button
      type="link"
      size="small"
      danger={active}
      onClick={() =>
        run(
          () => patch(path, { path: { id }, body: { active: !active } }),
          t(active ? 'admin.deactivated' : 'admin.activated', { name }),
        )
      }
    >
      {active ? t('admin.deactivate') : t('admin.activate')}
    </Button>
  );
}

/** New records go to the end of the list unless the user says otherwise. */
export const nextSortOrder = (rows: { sortOrder: number }[]) =>
  Math.min(9999, rows.reduce((max, r) => Math.max(max, r.sortOrder), -1) + 1);
