// 工作要点与月度计划: the year's priorities (items by owner with deadline and what carries them
// out) and a month's plan board (progress per item, what slipped and why), with the month's Word
// report. The office writes; leaders read the same page without the buttons.
import { Alert, Button, Card, Form, Input, Select, Space, Tabs } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/query';
import { useSession } from '../../auth';
import { FormModal } from '../../components/FormModal';
import { useI18n } from '../../i18n';
import { MonthBoard } from './MonthBoard';
import { PriorityItems } from './PriorityItems';
import { thisMonth, thisYear } from './shared';

export function WorkplanOfficePage() {
  const { t } = useI18n();
  const { can } = useSession();
  const office = can('workplan.manage');
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || thisYear();
  const month = params.get('month') ?? (year === thisYear() ? thisMonth() : `${year}-01`);
  const [creating, setCreating] = useState(false);
  const list = useApiQuery('/api/workplan/priorities', { query: { year } });
  const id = list.data?.[0]?.id;
  const detail = useApiQuery('/api/workplan/priorities/{id}', id ? { path: { id } } : null);
  const years = Array.from({ length: 5 }, (_, i) => thisYear() + 1 - i);

  return (
    <Card
      title={t('wp.officeTitle')}
      styles={{ body: { padding: 12 } }}
      extra={
        <Select
          aria-label={t('wp.year')}
          value={year}
          onChange={(y) => setParams({ year: String(y) })}
          options={years.map((y) => ({ value: y, label: String(y) }))}
          style={{ width: 96 }}
        />
      }
    >
      {list.error && <Alert type="error" showIcon title={list.error.message} />}
      {list.data && !id && (
        <Space orientation="vertical">
          <Alert type="info" showIcon title={t('wp.noPriorities')} />
          {office && (
            <Button type="primary" onClick={() => setCreating(true)}>
              {t('wp.newPriorities')}
            </Button>
          )}
        </Space>
      )}
      {detail.data && (
        <Tabs
          items={[
            {
              key: 'items',
              label: t('wp.priorities'),
              children: <PriorityItems p={detail.data} office={office} />,
            },
            {
              key: 'month',
              label: t('wp.monthPlan'),
              children: (
                <MonthBoard
                  month={month}
                  year={year}
                  office={office}
                  onMonth={(m) => setParams({ year: String(year), month: m })}
                />
              ),
            },
          ]}
        />
      )}
      <FormModal<{ title: string }>
        open={creating}
        title={t('wp.newPriorities')}
        initialValues={{ title: `${year}年度工作要点` }}
        onCancel={() => setCreating(false)}
        onSubmit={async (v) => {
          await api.post('/api/workplan/priorities', { body: { year, title: v.title } });
          setCreating(false);
        }}
      >
        <Form.Item
          name="title"
          label={t('wp.prioritiesTitle')}
          rules={[{ required: true, whitespace: true, max: 200 }]}
        >
          <Input maxLength={200} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
