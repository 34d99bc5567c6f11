// The formal reply of the lead (or a split) unit: the reply text, the signed reply letter
// (uploaded as a document), the signer, the result class under the organisation's own
// labels, and the commitments made (what, and by when: the unit sets every due date, none is
// assumed) — required for classes B and C, which promise work still to be done. Before
// sending, a confirmation step shows the reply's class, its commitments and the letter.
import { DeleteOutlined, EditOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  App as AntApp,
  Button,
  DatePicker,
  Drawer,
  Form,
  Grid,
  Input,
  Radio,
  Space,
  Typography,
  Upload,
  type UploadFile,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api, ApiError } from '../../../api/client';
import { useSession } from '../../../auth';
import { useI18n } from '../../../i18n';
import type { FileSummary, ResultClass } from '../../../api/models';
import { RESULT_CLASSES, step } from '../api';
import type { ActionContext } from '../DetailActions';
import { useProposalSettings } from '../useProposalSettings';
import { isoDay } from './UnitActions';
import { ReplyConfirmation, type ReplyValues } from './ReplyConfirmation';
import { useFormSubmit } from '../../../components/useFormSubmit';
import { useResultLabel } from '../resultLabel';
import '../../../i18n/areas/proposalsHandling';
import '../../../i18n/areas/unitWork';

type FormValues = ReplyValues;
const NEEDS_COMMITMENTS: ResultClass[] = ['B', 'C'];

export function ReplyButton(ctx: ActionContext) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        type="primary"
        icon={<EditOutlined />}
        block={ctx.block}
        onClick={() => setOpen(true)}
        data-testid="action-reply"
      >
        {t('proposalsHandling.reply')}
      </Button>
      {open && <ReplyDrawer ctx={ctx} onClose={() => setOpen(false)} />}
    </>
  );
}

function ReplyDrawer({ ctx, onClose }: { ctx: ActionContext; onClose(): void }) {
  const { t } = useI18n();
  const { me } = useSession();
  const { message } = AntApp.useApp();
  const mobile = !Grid.useBreakpoint().md;
  const settings = useProposalSettings(me?.currentOrg.id);
  const [form] = Form.useForm<FormValues>();
  const resultClass = Form.useWatch('resultClass', form);
  const [file, setFile] = useState<UploadFile<FileSummary>[]>([]);
  const uploaded = file.find((f) => f.status === 'done')?.response;

  // The values under confirmation: the form is checked first, then shown as it will be sent.
  const [review, setReview] = useState<FormValues | null>(null);
  const check = async () => {
    try {
      setReview(await form.validateFields());
    } catch {
      // the fields show what is wrong
    }
  };
  const { submit, error, busy } = useFormSubmit(form, async (v: FormValues) => {
    const body = {
      body: v.body,
      signer: v.signer,
      resultClass: v.resultClass,
      fileId: uploaded?.id,
      commitments: (v.commitments ?? []).map((c) => ({ content: c.content, dueDate: isoDay(c.dueDate) })),
    };
    try {
      ctx.changed(await step(ctx.p.id, 'reply', body));
    } catch (err) {
      setReview(null); // back to the form, where the error and its fields show
      throw err;
    }
    message.success(t('proposalsHandling.replied'));
    onClose();
  });

  const labelOf = useResultLabel();
  const own = settings?.resultLabels;
  const labels = own && {
    A: labelOf('A', own.A),
    B: labelOf('B', own.B),
    C: labelOf('C', own.C),
    D: labelOf('D', own.D),
  };
  return (
    <Drawer
      open
      title={t('proposalsHandling.replyTitle')}
      onClose={onClose}
      size={mobile ? '100%' : 760}
      destroyOnHidden
      extra={
        review ? (
          <Space>
            <Button onClick={() => setReview(null)} data-testid="reply-back">
              {t('unitWork.backToEdit')}
            </Button>
            <Button type="primary" loading={busy} onClick={submit} data-testid="reply-submit">
              {t('unitWork.confirmSend')}
            </Button>
          </Space>
        ) : (
          <Space>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="primary" onClick={check} data-testid="reply-review">
              {t('unitWork.reviewReply')}
            </Button>
          </Space>
        )
      }
    >
      {review && <ReplyConfirmation v={review} labels={labels} fileName={uploaded?.name ?? null} />}
      <div style={review ? { display: 'none' } : undefined}>
        <Typography.Paragraph type="secondary">{t('proposalsHandling.replyHint')}</Typography.Paragraph>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="form-error" />}
        <Form form={form} layout="vertical" initialValues={{ commitments: [] }}>
          <Form.Item
            name="resultClass"
            label={t('proposalsHandling.resultClass')}
            rules={[{ required: true, message: t('proposalsHandling.resultRequired') }]}
          >
            <Radio.Group
              data-testid="field-result-class"
              style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
              options={RESULT_CLASSES.map((c) => ({
                value: c,
                label: (
                  <span data-testid={`result-${c}`}>
                    <b>{c}</b> {labels?.[c] ?? ''}
                  </span>
                ),
              }))}
            />
          </Form.Item>
          <Form.Item
            name="body"
            label={t('proposalsHandling.replyBody')}
            rules={[{ required: true, whitespace: true, message: t('proposalsHandling.bodyRequired') }]}
          >
            <Input.TextArea
              rows={10}
              maxLength={50000}
              showCount
              placeholder={t('proposalsHandling.replyBodyPlaceholder')}
              data-testid="field-reply-body"
            />
          </Form.Item>
          <Form.Item label={t('proposalsHandling.replyLetter')} extra={t('proposalsHandling.replyLetterHint')}>
            <Upload<FileSummary>
              accept=".pdf,.docx,.jpg,.jpeg,.png"
              maxCount={1}
              fileList={file}
              onChange={({ fileList }) => setFile(fileList.slice(-1))}
              customRequest={async ({ file: f, onSuccess, onError }) => {
                const data = new FormData();
                data.append('file', f as Blob);
                try {
                  onSuccess?.(await api.upload('/api/files', data, { query: { purpose: 'document' } }));
                } catch (err) {
                  const e = err instanceof ApiError ? err : new ApiError(0, 'NETWORK', t('common.networkError'));
                  message.error(`${(f as File).name}：${e.message}`);
                  onError?.(Object.assign(new Error(e.message), { status: e.status }));
                }
              }}
            >
              <Button icon={<UploadOutlined />} data-testid="reply-upload">
                {t('proposalsHandling.uploadLetter')}
              </Button>
            </Upload>
          </Form.Item>
          <Form.Item
            name="signer"
            label={t('proposalsHandling.signer')}
            extra={t('proposalsHandling.signerHint')}
            rules={[{ required: true, whitespace: true, message: t('proposalsHandling.signerRequired') }]}
          >
            <Input maxLength={40} style={{ maxWidth: 320 }} data-testid="field-signer" />
          </Form.Item>
          <Typography.Title level={5}>{t('proposalsHandling.commitments')}</Typography.Title>
          <Typography.Paragraph type={resultClass && NEEDS_COMMITMENTS.includes(resultClass) ? 'warning' : 'secondary'}>
            {t('proposalsHandling.commitmentsHint')}
          </Typography.Paragraph>
          <Form.List
            name="commitments"
            rules={[
              {
                validator: async (_, list: unknown[] | undefined) => {
                  if (resultClass && NEEDS_COMMITMENTS.includes(resultClass) && !list?.length)
                    throw new Error(t('proposalsHandling.commitmentsRequired'));
                },
              },
            ]}
          >
            {(fields, { add, remove }, { errors }) => (
              <>
                {fields.map((f, i) => (
                  <div
                    key={f.key}
                    style={{ display: 'flex', gap: 8, alignItems: 'flex-start', flexWrap: mobile ? 'wrap' : 'nowrap' }}
                    data-testid={`commitment-${i}`}
                  >
                    <Form.Item
                      name={[f.name, 'content']}
                      style={{ flex: 1, minWidth: 220, marginBottom: 12 }}
                      rules={[
                        { required: true, whitespace: true, message: t('proposalsHandling.commitmentContentRequired') },
                      ]}
                    >
                      <Input.TextArea
                        autoSize={{ minRows: 1, maxRows: 4 }}
                        maxLength={500}
                        placeholder={t('proposalsHandling.commitmentContent')}
                        data-testid="field-commitment-content"
                      />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'dueDate']}
                      style={{ marginBottom: 12 }}
                      rules={[{ required: true, message: t('proposalsHandling.dateRequired') }]}
                    >
                      <DatePicker
                        placeholder={t('proposalsHandling.commitmentDue')}
                        disabledDate={(d) => d.isBefore(dayjs(), 'day')}
                        data-testid="field-commitment-due"
                      />
                    </Form.Item>
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      onClick={() => remove(f.name)}
                      aria-label={t('common.delete')}
                    />
                  </div>
                ))}
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add({ content: '' })}
                  data-testid="add-commitment"
                >
                  {t('proposalsHandling.addCommitment')}
                </Button>
                <Form.ErrorList errors={errors} />
              </>
            )}
          </Form.List>
        </Form>
      </div>
    </Drawer>
  );
}
