// The strategic themes a topic serves, on the topic's page: tags for everyone, and for the office
// a picker of the active themes that saves through PUT /api/workplan/theme-links.
import { Alert, Button, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, ApiError } from '../../../api/client';
import { useApiQuery } from '../../../api/query';
import { useSession } from '../../../auth';
import { useI18n } from '../../../i18n';
import '../../../i18n/areas/workplan-engagement';

export function TopicThemes({ topicId }: { topicId: number }) {
  const { t } = useI18n();
  const { can } = useSession();
  const links = useApiQuery('/api/workplan/theme-links', { query: { kind: 'topic', targetId: topicId } });
  const manage = can('workplan.manage');
  const themes = useApiQuery('/api/workplan/themes', { query: { active: 'true' } }, { enabled: manage });
  // null: not editing.
  const [picked, setPicked] = useState<number[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const current = links.data?.themes ?? [];

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.put('/api/workplan/theme-links', {
        body: { kind: 'topic', targetId: topicId, themeIds: picked ?? [] },
      });
      setPicked(null);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('common.networkError'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid="wpe-topic-themes">
      <Typography.Text type="secondary">{t('wpe.themesOfTopic')}：</Typography.Text>
      {picked === null ? (
        <Space wrap size={4}>
          {current.length === 0 && <Typography.Text type="secondary">{t('wpe.none')}</Typography.Text>}
          {current.map((x) => (
            <Tag key={x.id} color="purple">
              {x.name}
            </Tag>
          ))}
          {manage && (
            <Button size="small" type="link" onClick={() => setPicked(current.map((x) => x.id))}>
              {t('wpe.setThemes')}
            </Button>
          )}
        </Space>
      ) : (
        <Space wrap style={{ width: '100%' }}>
          <Select
            mode="multiple"
            aria-label={t('wpe.themesOfTopic')}
            value={picked}
            onChange={setPicked}
            style={{ minWidth: 240, maxWidth: '100%' }}
            // A theme since made inactive stays pickable while the topic still carries it.
            options={[
              ...(themes.data ?? []).map((x) => ({ value: x.id, label: x.name })),
              ...current
                .filter((x) => !themes.data?.some((y) => y.id === x.id))
                .map((x) => ({ value: x.id, label: x.name })),
            ]}
          />
          <Button size="small" type="primary" loading={busy} onClick={save}>
            {t('common.save')}
          </Button>
          <Button size="small" onClick={() => setPicked(null)}>
            {t('common.cancel')}
          </Button>
        </Space>
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 8 }} />}
    </div>
  );
}
