// The public receipt lookup (意见办理查询): a resident types the receipt code of his paper or
// online form and reads where the opinion stands and its answer. No sign-in; nothing about who
// wrote it is shown.
import { Alert, Button, Card, Descriptions, Form, Input, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, ApiError } from '../../../api/client';
import type { ResponseOf } from '../../../api/paths';
import { formatDate, formatDateTime, useI18n } from '../../../i18n';
import { PublicShell } from '../../public/PublicShell';
import { STATUS_COLOR } from './processingApi';

type Receipt = ResponseOf<'/api/public/opinions/receipt', 'post'>;

export function ReceiptLookupPage() {
  const { t } = useI18n();
  const [found, setFound] = useState<Receipt | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const lookup = async ({ code }: { code: string }) => {
    setBusy(true);
    setError(null);
    try {
      setFound(await api.post('/api/public/opinions/receipt', { body: { code } }));
    } catch (err) {
      setFound(null);
      setError(err instanceof ApiError ? err.message : t('common.networkError'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <PublicShell>
      <div style={{ maxWidth: 640, margin: '24px auto', padding: '0 12px' }}>
        <Card title={t('opinionProcessing.receiptTitle')}>
          <Typography.Paragraph type="secondary">{t('opinionProcessing.receiptHint')}</Typography.Paragraph>
          <Form layout="inline" onFinish={lookup} style={{ rowGap: 8 }}>
            <Form.Item name="code" rules={[{ required: true, min: 4 }]} style={{ flex: 1, minWidth: 200 }}>
              <Input
                placeholder={t('opinionProcessing.receiptCode')}
                aria-label={t('opinionProcessing.receiptCode')}
                data-testid="receipt-code"
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy} data-testid="receipt-lookup">
              {t('opinionProcessing.receiptQuery')}
            </Button>
          </Form>
          {error && <Alert type="error" showIcon title={error} style={{ marginTop: 16 }} />}
          {found && (
            <div style={{ marginTop: 16 }} data-testid="receipt-result">
              <Descriptions column={1} size="small" bordered>
                <Descriptions.Item label={t('opinionProcessing.draftTitle')}>{found.title}</Descriptions.Item>
                <Descriptions.Item label={t('opinionProcessing.submittedOn')}>
                  {formatDate(found.submittedOn)}
                </Descriptions.Item>
                <Descriptions.Item label={t('opinionProcessing.status')}>
                  <Tag color={STATUS_COLOR[found.status]}>{t(`opinionProcessing.status.${found.status}`)}</Tag>
                </Descriptions.Item>
                {found.routedTo && (
                  <Descriptions.Item label={t('opinionProcessing.routedTo')}>
                    {found.routedTo.kind === 'unit'
                      ? found.routedTo.unitName
                      : t(`opinionProcessing.kind.${found.routedTo.kind}`)}
                  </Descriptions.Item>
                )}
                {found.closedReason && (
                  <Descriptions.Item label={t('opinionProcessing.closeReason')}>{found.closedReason}</Descriptions.Item>
                )}
                {found.answer && (
                  <Descriptions.Item label={t('opinionProcessing.answer')}>
                    <div style={{ whiteSpace: 'pre-wrap' }}>{found.answer}</div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatDateTime(found.answeredAt)}
                    </Typography.Text>
                  </Descriptions.Item>
                )}
              </Descriptions>
              {!found.answer && found.status !== 'closed' && (
                <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
                  {t('opinionProcessing.receiptNotAnswered')}
                </Typography.Paragraph>
              )}
            </div>
          )}
        </Card>
      </div>
    </PublicShell>
  );
}
