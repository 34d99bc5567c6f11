// The proposer's rating of the handling (mostly on a phone): was he contacted (visited,
// phoned, not at all), how satisfied he is with the unit's attitude and with the result,
// and comments. An unsatisfied rating sends the proposal back for handling again.
import { LikeOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Drawer, Form, Grid, Input, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../i18n';
import { step } from '../api';
import type { ActionContext } from '../DetailActions';
import { useFormSubmit } from '../../../components/useFormSubmit';
import type { Contacted, Rating } from '../../../api/models';
import { CONTACTED, RATINGS } from './values';
import '../../../i18n/areas/proposalsHandling';

interface Values {
  contacted: Contacted;
  attitude: Rating;
  result: Rating;
  comments?: string;
}

export function RateButton(ctx: ActionContext) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        type="primary"
        icon={<LikeOutlined />}
        block={ctx.block}
        size={ctx.block ? 'large' : 'middle'}
        onClick={() => setOpen(true)}
        data-testid="action-rate"
      >
        {t('proposalsHandling.rate')}
      </Button>
      {open && <RateDrawer ctx={ctx} onClose={() => setOpen(false)} />}
    </>
  );
}

function RateDrawer({ ctx, onClose }: { ctx: ActionContext; onClose(): void }) {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const mobile = !Grid.useBreakpoint().md;
  const [form] = Form.useForm<Values>();
  const attitude = Form.useWatch('attitude', form);
  const result = Form.useWatch('result', form);

  const { submit, error, busy } = useFormSubmit(form, async (v: Values) => {
    ctx.changed(await step(ctx.p.id, 'feedback', { ...v, comments: v.comments?.trim() || undefined }));
    message.success(t('proposalsHandling.rated'));
    onClose();
  });

  const choice = (name: keyof Values, values: readonly string[], prefix: string) => (
    <Radio.Group
      optionType="button"
      buttonStyle="solid"
      size="large"
      style={{ display: 'flex', width: '100%' }}
      data-testid={`rate-${name}`}
      options={values.map((v) => ({
        value: v,
        label: t(`${prefix}.${v}`),
        style: { flex: 1, textAlign: 'center', paddingInline: 4 },
      }))}
    />
  );
  const required = { required: true, message: t('proposalsHandling.pickOne') };
  const unsatisfied = attitude === 'unsatisfied' || result === 'unsatisfied';

  return (
    <Drawer
      open
      title={t('proposalsHandling.rateTitle')}
      onClose={onClose}
      destroyOnHidden
      placement={mobile ? 'bottom' : 'right'}
      size={mobile ? '92%' : 520}
      styles={{ body: { paddingBottom: 24 } }}
    >
      <Typography.Paragraph type="secondary">{t('proposalsHandling.rateHint')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="form-error" />}
      <Form form={form} layout="vertical" requiredMark={false}>
        <Form.Item name="contacted" label={t('proposalsHandling.rateContacted')} rules={[required]}>
          {choice('contacted', CONTACTED, 'proposalsHandling.contacted')}
        </Form.Item>
        <Form.Item name="attitude" label={t('proposalsHandling.rateAttitude')} rules={[required]}>
          {choice('attitude', RATINGS, 'proposalsHandling.rating')}
        </Form.Item>
        <Form.Item name="result" label={t('proposalsHandling.rateResult')} rules={[required]}>
          {choice('result', RATINGS, 'proposalsHandling.rating')}
        </Form.Item>
        <Form.Item
          name="comments"
          label={t('proposalsHandling.rateComments')}
          rules={unsatisfied ? [{ required: true, whitespace: true, message: t('proposalsHandling.commentsWhy') }] : []}
        >
          <Input.TextArea
            rows={4}
            maxLength={2000}
            showCount
            placeholder={t('proposalsHandling.commentsPlaceholder')}
            data-testid="rate-comments"
          />
        </Form.Item>
        {unsatisfied && (
          <Alert type="warning" showIcon title={t('proposalsHandling.unsatisfiedNote')} style={{ marginBottom: 16 }} />
        )}
        <Button type="primary" size="large" block loading={busy} onClick={submit} data-testid="rate-submit">
          {t('proposalsHandling.rateSubmit')}
        </Button>
      </Form>
    </Drawer>
  );
}
