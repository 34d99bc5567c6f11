// 战略主题: the organisation's strategic themes (the office creates and edits them; leaders
// read) and the year's coverage of them.
import { Alert, Button, Card, Grid, List, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useApiQuery } from '../../../api/query';
import { useSession } from '../../../auth';
import { formatDate, useI18n } from '../../../i18n';
import { thisYear } from '../shared';
import { ThemeCoverage } from './ThemeCoverage';
import { ThemeForm } from './ThemeForm';
import type { Theme } from './shared';

export function ThemesPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const mobile = !Grid.useBreakpoint().md;
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || thisYear();
  const years = Array.from({ length: 5 }, (_, i) => thisYear() + 1 - i);
  const q = useApiQuery('/api/workplan/themes', {});
  // undefined: closed; null: a new theme.
  const [editing, setEditing] = useState<Theme | null | undefined>(undefined);

  const period = (x: Theme) =>
    x.startsOn || x.endsOn ? `${formatDate(x.startsOn) || '…'} – ${formatDate(x.endsOn) || '…'}` : '';
  const status = (x: Theme) => (x.active ? <Tag color="green">{t('wpe.active')}</Tag> : <Tag>{t('wpe.inactive')}</Tag>);
  const editButton = (x: Theme) =>
    x.allowedActions.includes('editTheme') && (
      <Button size="small" onClick={() => setEditing(x)} data-testid="wpe-edit-theme">
        {t('wpe.edit')}
      </Button>
    );

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={t('wpe.themesTitle')}
        styles={{ body: { padding: 12 } }}
        extra={
          can('workplan.manage') && (
            <Button type="primary" onClick={() => setEditing(null)} data-testid="wpe-new-theme">
              {t('wpe.newTheme')}
            </Button>
          )
        }
      >
        {q.error && <Alert type="error" showIcon title={q.error.message} />}
        {mobile ? (
          <List
            loading={q.isLoading}
            dataSource={q.data ?? []}
            locale={{ emptyText: <Typography.Text type="secondary">{t('wpe.noThemes')}</Typography.Text> }}
            renderItem={(x) => (
              <List.Item style={{ padding: 0, border: 0, marginBottom: 8, display: 'block' }}>
                <Card size="small" data-testid="wpe-theme-row">
                  <Space wrap>
                    <Typography.Text strong>{x.name}</Typography.Text>
                    {status(x)}
                  </Space>
                  {x.description && <div style={{ fontSize: 13 }}>{x.description}</div>}
                  <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                    {period(x)}
                  </Typography.Text>
                  <div style={{ marginTop: 4 }}>{editButton(x)}</div>
                </Card>
              </List.Item>
            )}
          />
        ) : (
          <Table<Theme>
            rowKey="id"
            size="small"
            loading={q.isLoading}
            dataSource={q.data ?? []}
            pagination={false}
            locale={{ emptyText: <Typography.Text type="secondary">{t('wpe.noThemes')}</Typography.Text> }}
            onRow={() => ({ 'data-testid': 'wpe-theme-row' }) as object}
            columns={[
              {
                title: t('wpe.name'),
                width: 200,
                render: (_, x) => <Typography.Text strong>{x.name}</Typography.Text>,
              },
              { title: t('wpe.description'), render: (_, x) => x.description },
              { title: t('wpe.period'), width: 220, render: (_, x) => period(x) },
              { title: '', width: 90, render: (_, x) => status(x) },
              { title: '', width: 80, render: (_, x) => editButton(x) },
            ]}
          />
        )}
      </Card>
      <Space>
        <Typography.Text>{t('wpe.year')}</Typography.Text>
        <Select
          aria-label={t('wpe.year')}
          value={year}
          onChange={(y) => setParams({ year: String(y) })}
          options={years.map((y) => ({ value: y, label: String(y) }))}
          style={{ width: 96 }}
        />
      </Space>
      <ThemeCoverage year={year} />
      <ThemeForm theme={editing ?? null} open={editing !== undefined} onClose={() => setEditing(undefined)} />
    </Space>
  );
}
