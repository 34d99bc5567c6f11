// Where a proposal stands on the road 起草→提交→立案→交办→办理→答复→评价→办结. A proposal
// that left the road (withdrawn, returned, not accepted, converted, merged) stops at the
// step where it left, marked with what happened.
import { Steps } from 'antd';
import { useI18n } from '../../i18n';
import type { ProposalState } from '../../api/models';
import '../../i18n/areas/proposals';

const ROAD = ['draft', 'submit', 'accept', 'assign', 'handle', 'reply', 'rate', 'close'] as const;

interface Position {
  current: number;
  status: 'wait' | 'process' | 'finish' | 'error';
  label?: string;
}

export function positionOf(state: ProposalState): Position {
  switch (state) {
    case 'draft':
      return { current: 0, status: 'process' };
    case 'returned':
      return { current: 1, status: 'error', label: 'proposals.state.returned' };
    case 'withdrawn':
      return { current: 1, status: 'error', label: 'proposals.state.withdrawn' };
    case 'submitted':
      return { current: 2, status: 'process', label: 'proposals.road.reviewing' };
    case 'rejected':
      return { current: 2, status: 'error', label: 'proposals.state.rejected' };
    case 'converted':
      return { current: 2, status: 'finish', label: 'proposals.state.converted' };
    case 'merged':
      return { current: 2, status: 'finish', label: 'proposals.state.merged' };
    case 'accepted':
      return { current: 3, status: 'process', label: 'proposals.road.toAssign' };
    case 'assigned':
      return { current: 3, status: 'process', label: 'proposals.road.toSign' };
    case 'handling':
      return { current: 4, status: 'process' };
    case 'replied':
      return { current: 6, status: 'process', label: 'proposals.road.toRate' };
    case 'closed':
      return { current: 7, status: 'finish' };
  }
}

export function ProgressSteps({ state, compact }: { state: ProposalState; compact: boolean }) {
  const { t } = useI18n();
  const pos = positionOf(state);
  const label = pos.label ? t(pos.label) : null;
  return (
    <div data-testid="progress-steps">
      <Steps
        size="small"
        type={compact ? 'dot' : 'default'}
        responsive={false}
        current={pos.current}
        status={pos.status}
        titlePlacement={compact ? 'vertical' : undefined}
        items={ROAD.map((s, i) => ({
          title: <span style={compact ? { fontSize: 12 } : undefined}>{t(`proposals.road.${s}`)}</span>,
          // On a phone the steps are too narrow for a note; it goes under the bar instead.
          description:
            !compact && i === pos.current && label ? <span style={{ fontSize: 12 }}>{label}</span> : undefined,
        }))}
      />
      {compact && label && (
        <div
          style={{
            textAlign: 'center',
            marginTop: 6,
            fontSize: 12,
            color: pos.status === 'error' ? '#cf1322' : undefined,
          }}
        >
          {t('proposals.road.now', { label })}
        </div>
      )}
    </div>
  );
}
