// The key-proposal (重点提案) and excellent-proposal (优秀提案) buttons of a proposal's page:
// nominate or withdraw the nomination (office), record the chair's meeting decision
// (office or a leader who approves), name the leading leader (office), select as excellent
// or undo it (office). Shown only for the actions the server lists.
import { App as AntApp, Button, DatePicker, Form, Input, InputNumber, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, ApiError } from '../../../api/client';
import { REFERENCE, useApiQuery } from '../../../api/query';
import { useI18n } from '../../../i18n';
import { step } from '../api';
import { registerProposalAction, type ActionContext } from '../DetailActions';
import { isoDay, StepFormButton } from '../handling/UnitActions';
import '../../../i18n/areas/proposalsHandling';

function NominateButton(ctx: ActionContext) {
  const { t } = useI18n();
  return (
    <StepFormButton<{ note?: string }>
      ctx={ctx}
      icon={null}
      label={t('proposalsHandling.key.nominate')}
      title={t('proposalsHandling.key.nominateTitle')}
      testId="action-nominate-key"
      done={t('proposalsHandling.key.nominated')}
      submit={(v) => step(ctx.p.id, 'key/nominate', v)}
    >
      <Form.Item name="note" label={t('proposalsHandling.key.nominateNote')}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </StepFormButton>
  );
}

function DecideButton(ctx: ActionContext) {
  const { t } = useI18n();
  return (
    <StepFormButton<{ approved: boolean; meetingDate: Dayjs; note?: string }>
      ctx={ctx}
      icon={null}
      label={t('proposalsHandling.key.decide')}
      title={t('proposalsHandling.key.decideTitle')}
      testId="action-decide-key"
      done={t('proposalsHandling.key.decided')}
      initialValues={{ approved: true, meetingDate: dayjs() }}
      submit={(v) =>
        step(ctx.p.id, 'key/decision', { approved: v.approved, meetingDate: isoDay(v.meetingDate), note: v.note })
      }
    >
      <Form.Item name="approved" label={t('proposalsHandling.key.decision')}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: true, label: t('proposalsHandling.key.approve') },
            { value: false, label: t('proposalsHandling.key.notApprove') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="meetingDate"
        label={t('proposalsHandling.key.meetingDate')}
        rules={[{ required: true, message: t('proposalsHandling.dateRequired') }]}
      >
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="note" label={t('proposalsHandling.key.decisionNote')}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </StepFormButton>
  );
}

function LeaderButton(ctx: ActionContext) {
  const { t } = useI18n();
  const query = useApiQuery('/api/proposals/key-leaders', {}, REFERENCE);
  const leaders = query.data?.items ?? (query.isError ? [] : null);
  return (
    <StepFormButton<{ leaderUserId: number }>
      ctx={ctx}
      icon={null}
      label={t(ctx.p.keyLeader ? 'proposalsHandling.key.changeLeader' : 'proposalsHandling.key.assignLeader')}
      title={t('proposalsHandling.key.leaderTitle')}
      testId="action-key-leader"
      done={t('proposalsHandling.key.leaderSet')}
      initialValues={{ leaderUserId: ctx.p.keyLeader?.id }}
      submit={(v) => api.put('/api/proposals/{id}/key/leader', { path: { id: ctx.p.id }, body: v })}
    >
      <Form.Item
        name="leaderUserId"
        label={t('proposalsHandling.key.leader')}
        extra={t('proposalsHandling.key.leaderHint')}
        rules={[{ required: true, message: t('proposalsHandling.key.leaderRequired') }]}
      >
        <Select
          loading={!leaders}
          options={(leaders ?? []).map((l) => ({ value: l.id, label: l.title ? `${l.name}（${l.title}）` : l.name }))}
        />
      </Form.Item>
    </StepFormButton>
  );
}

function CancelNominationButton({ p, block, changed }: ActionContext) {
  const { t } = useI18n();
  const { message, modal } = AntApp.useApp();
  return (
    <Button
      block={block}
      data-testid="action-cancel-key"
      onClick={() =>
        modal.confirm({
          title: t('proposalsHandling.key.cancel'),
          content: t('proposalsHandling.key.cancelConfirm'),
          okText: t('common.confirm'),
          cancelText: t('common.cancel'),
          onOk: async () => {
            try {
              changed(await step(p.id, 'key/cancel'));
            } catch (err) {
              message.error(err instanceof ApiError ? err.message : t('common.networkError'));
            }
          },
        })
      }
    >
      {t('proposalsHandling.key.cancel')}
    </Button>
  );
}

function ExcellentButton(ctx: ActionContext) {
  const { t } = useI18n();
  return (
    <StepFormButton<{ year: number }>
      ctx={ctx}
      icon={null}
      label={t('proposalsHandling.excellent.select')}
      title={t('proposalsHandling.excellent.selectTitle')}
      testId="action-excellent"
      done={t('proposalsHandling.excellent.selected')}
      initialValues={{ year: dayjs().year() }}
      submit={(v) => step(ctx.p.id, 'excellent', v)}
    >
      <Form.Item name="year" label={t('proposalsHandling.excellent.year')} rules={[{ required: true }]}>
        <InputNumber min={2000} max={2100} style={{ width: 140 }} />
      </Form.Item>
    </StepFormButton>
  );
}

function UnselectExcellentButton({ p, block, changed }: ActionContext) {
  const { t } = useI18n();
  const { message, modal } = AntApp.useApp();
  return (
    <Button
      block={block}
      data-testid="action-unexcellent"
      onClick={() =>
        modal.confirm({
          title: t('proposalsHandling.excellent.unselect'),
          content: t('proposalsHandling.excellent.unselectConfirm'),
          okText: t('common.confirm'),
          cancelText: t('common.cancel'),
          onOk: async () => {
            try {
              changed(await api.delete('/api/proposals/{id}/excellent', { path: { id: p.id } }));
            } catch (err) {
              message.error(err instanceof ApiError ? err.message : t('common.networkError'));
            }
          },
        })
      }
    >
      {t('proposalsHandling.excellent.unselect')}
    </Button>
  );
}

registerProposalAction('nominateKey', (ctx) => <NominateButton {...ctx} />);
registerProposalAction('cancelKeyNomination', (ctx) => <CancelNominationButton {...ctx} />);
registerProposalAction('decideKey', (ctx) => <DecideButton {...ctx} />);
registerProposalAction('assignKeyLeader', (ctx) => <LeaderButton {...ctx} />);
registerProposalAction('markExcellent', (ctx) => <ExcellentButton {...ctx} />);
registerProposalAction('unmarkExcellent', (ctx) => <UnselectExcellentButton {...ctx} />);
