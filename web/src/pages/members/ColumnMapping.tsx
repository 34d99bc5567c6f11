// The mapping step of the roster import: every column of the uploaded file with its heading,
// a few of its values and how the server recognised it, and a select of the roster field it
// is imported as (or 不导入). The office confirms or corrects it; required fields without a
// column are named, and "工作单位及职务" may be kept whole or split, with the split shown.
import { Alert, Button, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import type { RosterMapping, RosterUpload } from '../../api/models';
import { useI18n } from '../../i18n';
import '../../i18n/areas/members';

/** The answer to an upload (POST /api/members/import). */
export type UploadAnswer = RosterUpload;
export type LayoutColumn = UploadAnswer['layout']['columns'][number];
export type ImportField = UploadAnswer['fields'][number]['key'];
type Match = LayoutColumn['match'];
export type WorkUnitTitle = UploadAnswer['layout']['workUnitTitle'];

/** The office's choices: a field (or none) per column, and what to do with 工作单位及职务. */
export interface MappingChoice {
  fields: Record<number, ImportField | null>;
  workUnitTitle: WorkUnitTitle;
}

export const proposedChoice = (a: UploadAnswer): MappingChoice => ({
  fields: Object.fromEntries(a.layout.columns.map((c) => [c.column, c.field])),
  workUnitTitle: a.layout.workUnitTitle,
});

/** The body's `mapping` for /api/members/import/preview and /commit. */
export const mappingBody = (a: UploadAnswer, choice: MappingChoice): RosterMapping => ({
  headerRow: a.layout.headerRow,
  workUnitTitle: choice.workUnitTitle,
  columns: Object.entries(choice.fields)
    .filter((e): e is [string, ImportField] => e[1] !== null)
    .map(([column, field]) => ({ column: Number(column), field })),
});

const FIELD_LABEL_KEY: Record<ImportField, string> = {
  name: 'members.name',
  gender: 'members.gender',
  ethnicity: 'members.ethnicity',
  birthDate: 'members.birthDate',
  idNumber: 'members.idNumber',
  phone: 'members.phone',
  sector: 'members.sector',
  committee: 'members.committee',
  group: 'members.group',
  party: 'members.party',
  workUnitAndTitle: 'members.workAndTitle',
  workUnit: 'members.workUnit',
  jobTitle: 'members.jobTitle',
  isNew: 'members.isNewField',
  email: 'members.email',
  address: 'members.address',
  postalCode: 'members.postalCode',
};
const MATCH_COLOR: Record<Match, string | undefined> = {
  exact: 'green',
  alias: 'blue',
  keyword: 'gold',
  content: 'purple',
  duplicate: 'orange',
  ignored: undefined,
  unsupported: undefined,
  unknown: 'red',
};

export function ColumnMapping(props: {
  answer: UploadAnswer;
  choice: MappingChoice;
  onChange(choice: MappingChoice): void;
  onPreview(): void;
  busy: boolean;
}) {
  const { answer, choice, onChange, onPreview, busy } = props;
  const { t } = useI18n();
  const label = (f: ImportField) => t(FIELD_LABEL_KEY[f]);
  const holder = new Map<ImportField, string>();
  for (const c of answer.layout.columns) {
    const f = choice.fields[c.column];
    if (f) holder.set(f, c.letter);
  }
  const missing = answer.fields.filter((f) => f.required && !holder.has(f.key)).map((f) => label(f.key));
  const combined = answer.layout.columns.find((c) => choice.fields[c.column] === 'workUnitAndTitle');
  const set = (column: number, field: ImportField | null) =>
    onChange({ ...choice, fields: { ...choice.fields, [column]: field } });

  return (
    <div data-testid="column-mapping">
      <Typography.Paragraph>
        {t('members.mappingIntro', { row: answer.layout.headerRow, sheet: answer.layout.sheet })}
      </Typography.Paragraph>
      <Table<LayoutColumn>
        size="small"
        rowKey="column"
        pagination={false}
        dataSource={answer.layout.columns}
        scroll={{ x: 760 }}
        columns={[
          {
            title: t('members.mappingColumn'),
            width: 200,
            render: (_, c) => (
              <Space size={6}>
                <Typography.Text type="secondary">{c.letter}</Typography.Text>
                <span>
                  {c.group && <Typography.Text type="secondary">{c.group} / </Typography.Text>}
                  <Typography.Text strong>{c.heading || t('members.mappingNoHeading')}</Typography.Text>
                </span>
              </Space>
            ),
          },
          {
            title: t('members.mappingSamples'),
            ellipsis: true,
            render: (_, c) => <Typography.Text type="secondary">{c.samples.join('、') || '—'}</Typography.Text>,
          },
          {
            title: t('members.mappingHow'),
            width: 150,
            render: (_, c) => (
              <Tag color={MATCH_COLOR[c.match]}>{t(`members.match_${c.match}`, { word: c.keyword ?? '' })}</Tag>
            ),
          },
          {
            title: t('members.mappingField'),
            width: 210,
            render: (_, c) => (
              <Select<ImportField | ''>
                style={{ width: 190 }}
                // Eighteen choices at most: a plain list scrolls natively (keyboard, screen
                // readers, automation), which the virtual list's own scrollbar does not.
                virtual={false}
                data-testid={`mapping-${c.letter}`}
                aria-label={t('members.mappingFieldOf', { column: c.letter })}
                value={choice.fields[c.column] ?? ''}
                onChange={(v) => set(c.column, v || null)}
                options={[
                  { value: '', label: t('members.mappingSkip') },
                  ...answer.fields.map((f) => {
                    const used = holder.get(f.key);
                    return {
                      value: f.key,
                      label: `${label(f.key)}${f.required ? ' *' : ''}`,
                      disabled: !!used && used !== c.letter,
                    };
                  }),
                ]}
              />
            ),
          },
        ]}
      />
      {combined && (
        <div style={{ marginTop: 16 }} data-testid="work-unit-split">
          <Space wrap>
            <Typography.Text>
              {t('members.splitLabel', { column: combined.heading || combined.letter })}
            </Typography.Text>
            <Radio.Group
              value={choice.workUnitTitle}
              onChange={(e) => onChange({ ...choice, workUnitTitle: e.target.value as WorkUnitTitle })}
              options={[
                { value: 'split', label: t('members.splitYes') },
                { value: 'whole', label: t('members.splitNo') },
              ]}
            />
          </Space>
          <ul style={{ margin: '8px 0 0', paddingInlineStart: 20 }}>
            {combined.split.map((s, i) => (
              <li key={i}>
                <Typography.Text type="secondary">
                  {combined.samples[i]} →{' '}
                  {choice.workUnitTitle === 'split'
                    ? t('members.splitResult', { unit: s.unit || '—', title: s.title || '—' })
                    : t('members.wholeResult', { unit: combined.samples[i] ?? '' })}
                </Typography.Text>
              </li>
            ))}
          </ul>
        </div>
      )}
      <Space orientation="vertical" style={{ width: '100%', marginTop: 16 }}>
        {missing.length > 0 && (
          <Alert
            type="error"
            showIcon
            data-testid="mapping-missing"
            title={t('members.mappingMissing', { fields: missing.join('、') })}
          />
        )}
        <Button
          type="primary"
          disabled={missing.length > 0}
          loading={busy}
          onClick={onPreview}
          data-testid="mapping-preview"
        >
          {t('members.mappingConfirm')}
        </Button>
      </Space>
    </div>
  );
}
