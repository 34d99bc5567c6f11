// Small labels every proposals page uses: the state tag (one colour per stage), the kind,
// key / excellent / overdue marks, and the number or "not numbered yet".
import { Space, Tag, Typography } from 'antd';
import { useI18n } from '../../i18n';
import type { ProposalItem, ProposalKind, ProposalState } from '../../api/models';
import '../../i18n/areas/proposals';

const STATE_COLOURS: Record<ProposalState, string> = {
  draft: 'default',
  submitted: 'processing',
  returned: 'warning',
  withdrawn: 'default',
  rejected: 'error',
  converted: 'purple',
  merged: 'cyan',
  accepted: 'blue',
  assigned: 'geekblue',
  handling: 'gold',
  replied: 'lime',
  closed: 'success',
};

export function StateTag({ state }: { state: ProposalState }) {
  const { t } = useI18n();
  return (
    <Tag color={STATE_COLOURS[state]} bordered={false} data-testid="state-tag" style={{ marginInlineEnd: 0 }}>
      {t(`proposals.state.${state}`)}
    </Tag>
  );
}

export function KindTag({ kind }: { kind: ProposalKind }) {
  const { t } = useI18n();
  if (kind === 'individual') return null;
  return (
    <Tag bordered={false} style={{ marginInlineEnd: 0 }}>
      {t(`proposals.kind.${kind}`)}
    </Tag>
  );
}

/** Key, excellent and overdue marks after a title. */
export function MarkTags({ p }: { p: Pick<ProposalItem, 'isKey' | 'isExcellent' | 'overdue'> }) {
  const { t } = useI18n();
  if (!p.isKey && !p.isExcellent && !p.overdue) return null;
  return (
    <Space size={4} wrap>
      {p.isKey && (
        <Tag color="red" bordered={false} style={{ marginInlineEnd: 0 }}>
          {t('proposals.keyTag')}
        </Tag>
      )}
      {p.isExcellent && (
        <Tag color="gold" bordered={false} style={{ marginInlineEnd: 0 }}>
          {t('proposals.excellentTag')}
        </Tag>
      )}
      {p.overdue && (
        <Tag color="error" style={{ marginInlineEnd: 0 }}>
          {t('proposals.overdueTag')}
        </Tag>
      )}
    </Space>
  );
}

export function NumberLabel({ label }: { label: string | null }) {
  const { t } = useI18n();
  return label ? (
    <Typography.Text data-testid="number-label">{label}</Typography.Text>
  ) : (
    <Typography.Text type="secondary">{t('proposals.unnumbered')}</Typography.Text>
  );
}
