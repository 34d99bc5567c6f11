// The first rows of a preview as the roster will hold them: what the column mapping and the
// value rules made of the file (出生年月 as a month, 中共党员 as 中共, 工作单位及职务 split).
import { Table, Typography } from 'antd';
import { formatDate, useI18n } from '../../i18n';
import '../../i18n/areas/members';

export interface SampleRow {
  row: number;
  name: string;
  gender: string;
  ethnicity: string;
  birthDate: string | null;
  party: string;
  sector: string;
  committee: string | null;
  group: string | null;
  workUnit: string | null;
  jobTitle: string | null;
  phone: string | null;
  idNumber: string | null;
}

export function ImportSample({ rows }: { rows: SampleRow[] }) {
  const { t } = useI18n();
  const text = (key: keyof SampleRow, title: string) => ({
    title,
    dataIndex: key,
    render: (v: string | number | null) => (key === 'birthDate' && v ? formatDate(String(v)) : (v ?? '—')),
  });
  return (
    <div data-testid="import-sample">
      <Typography.Text type="secondary">{t('members.sampleTitle', { n: rows.length })}</Typography.Text>
      <Table<SampleRow>
        size="small"
        rowKey="row"
        pagination={false}
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        style={{ marginTop: 8 }}
        columns={[
          text('row', t('members.problemRow')),
          text('name', t('members.name')),
          text('gender', t('members.gender')),
          text('ethnicity', t('members.ethnicity')),
          text('birthDate', t('members.birthDate')),
          text('party', t('members.party')),
          text('sector', t('members.sector')),
          text('committee', t('members.committee')),
          text('workUnit', t('members.workUnit')),
          text('jobTitle', t('members.jobTitle')),
          text('phone', t('members.phone')),
        ]}
      />
    </div>
  );
}
