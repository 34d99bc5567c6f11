// The confirmation step of a formal reply: the reply as it will be sent (its result class
// under the organisation's label, its commitments with their due dates, the signer, the
// letter file and the text), shown before the unit sends it.
import { Alert, Descriptions, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { formatDate, useI18n } from '../../../i18n';
import type { ResultClass } from '../../../api/models';
import { isoDay } from './UnitActions';
import '../../../i18n/areas/unitWork';

export interface ReplyValues {
  body: string;
  signer: string;
  resultClass: ResultClass;
  commitments?: { content: string; dueDate: Dayjs }[];
}

/** The reply as it will be sent: its class, its commitments and the letter. */
export function ReplyConfirmation({
  v,
  labels,
  fileName,
}: {
  v: ReplyValues;
  labels: Record<ResultClass, string> | undefined;
  fileName: string | null;
}) {
  const { t } = useI18n();
  const commitments = v.commitments ?? [];
  return (
    <div data-testid="reply-confirm">
      <Alert type="warning" showIcon title={t('unitWork.confirmTitle')} description={t('unitWork.confirmHint')} />
      <Descriptions column={1} size="small" bordered style={{ marginTop: 16 }}>
        <Descriptions.Item label={t('unitWork.confirmClass')}>
          <span data-testid="confirm-class">
            <b>{v.resultClass}</b> · {labels?.[v.resultClass] ?? ''}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('unitWork.confirmCommitments')}>
          {commitments.length ? (
            <ol style={{ margin: 0, paddingInlineStart: 20 }} data-testid="confirm-commitments">
              {commitments.map((c, i) => (
                <li key={i}>
                  {c.content}（{t('unitWork.dueBy', { date: formatDate(isoDay(c.dueDate)) })}）
                </li>
              ))}
            </ol>
          ) : (
            t('unitWork.confirmNoCommitments')
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('unitWork.confirmSigner')}>{v.signer}</Descriptions.Item>
        <Descriptions.Item label={t('unitWork.confirmFile')}>
          {fileName ?? t('unitWork.confirmNoFile')}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('unitWork.confirmLetter')}
      </Typography.Title>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="confirm-letter">
        {v.body}
      </Typography.Paragraph>
    </div>
  );
}
