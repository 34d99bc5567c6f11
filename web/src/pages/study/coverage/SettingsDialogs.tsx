// The office's dialogs beside the figures: the year's targets, and a cohort (name, kind, members).
import { App, Form, InputNumber, Input, Select } from 'antd';
import { api } from '../../../api/client';
import type { ResponseOf } from '../../../api/paths';
import { FormModal } from '../../../components/FormModal';
import { useI18n } from '../../../i18n';
import { CoProposerPicker, type PickedMember } from '../../proposals/CoProposerPicker';

type Coverage = ResponseOf<'/api/study/coverage'>;

export function TargetsDialog({ coverage, open, onClose }: { coverage: Coverage; open: boolean; onClose(): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const of = (m: 'all' | 'new') => coverage.targets.find((x) => x.measure === m)?.percent ?? null;
  return (
    <FormModal<{ all: number | null; new: number | null }>
      open={open}
      title={t('studyCoverage.setTargets')}
      initialValues={{ all: of('all'), new: of('new') }}
      onCancel={onClose}
      onSubmit={async (v) => {
        await api.put('/api/study/coverage/targets', {
          body: { year: coverage.year, all: v.all ?? null, new: v.new ?? null },
        });
        message.success(t('studyCoverage.saved'));
        onClose();
      }}
    >
      <Form.Item name="all" label={t('studyCoverage.targetAll')}>
        <InputNumber min={1} max={100} style={{ width: '100%' }} data-testid="target-all" />
      </Form.Item>
      <Form.Item name="new" label={t('studyCoverage.targetNew')}>
        <InputNumber min={1} max={100} style={{ width: '100%' }} data-testid="target-new" />
      </Form.Item>
    </FormModal>
  );
}

interface CohortValues {
  name: string;
  kind: 'backbone' | 'key_work';
  members: PickedMember[];
}

/** A new cohort of the year: its name, kind and members (the office picks them from the directory). */
export function CohortDialog({ year, open, onClose }: { year: number; open: boolean; onClose(): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  return (
    <FormModal<CohortValues>
      open={open}
      width={640}
      title={t('studyCoverage.addCohort')}
      initialValues={{ kind: 'backbone', members: [] }}
      onCancel={onClose}
      onSubmit={async (v) => {
        const memberIds = (v.members ?? []).map((m) => m.value);
        await api.post('/api/study/coverage/cohorts', { body: { year, name: v.name, kind: v.kind, memberIds } });
        message.success(t('studyCoverage.saved'));
        onClose();
      }}
    >
      <Form.Item name="name" label={t('studyCoverage.cohortName')} rules={[{ required: true }]}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="kind" label={t('studyCoverage.cohortKind')}>
        <Select
          options={(['backbone', 'key_work'] as const).map((k) => ({ value: k, label: t(`studyCoverage.kind.${k}`) }))}
        />
      </Form.Item>
      <Form.Item name="members" label={t('studyCoverage.cohortMembers')}>
        <CoProposerPicker excludeId={null} />
      </Form.Item>
    </FormModal>
  );
}
