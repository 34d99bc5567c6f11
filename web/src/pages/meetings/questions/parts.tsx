// What the question screens share: their texts (a lazily added i18n area), the state label,
// and the fields of a question (the member's card and the public page ask the same way).
import { Checkbox, Form, Input, Tag } from 'antd';
import { valuesOf, type QuestionStatus } from '../../../api/models';
import { addArea, useI18n } from '../../../i18n';
import { meetingQuestions } from '../../../i18n/messages/meetingQuestions';

addArea('meetingQuestions', meetingQuestions);

export const QUESTION_STATUSES = valuesOf<QuestionStatus>()(['pending', 'approved', 'rejected', 'answered', 'merged']);
const COLOURS: Record<QuestionStatus, string> = {
  pending: 'gold',
  approved: 'green',
  rejected: 'default',
  answered: 'blue',
  merged: 'purple',
};
/** As the server's limits (questions.model.ts). */
export const QUESTION_MAX = 300;

export function QuestionTag({ status }: { status: QuestionStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={COLOURS[status]} data-testid="question-status">
      {t(`meetingQuestions.status.${status}`)}
    </Tag>
  );
}

export interface AskValues {
  body: string;
  addressedTo?: string;
  anonymous?: boolean;
}

/** The question, whom it is put to, and whether the screen names the asker. */
export function AskFields({ size }: { size: 'large' | 'middle' }) {
  const { t } = useI18n();
  return (
    <>
      <Form.Item name="body" label={t('meetingQuestions.body')} rules={[{ required: true, min: 4 }]}>
        <Input.TextArea
          rows={3}
          maxLength={QUESTION_MAX}
          showCount
          placeholder={t('meetingQuestions.bodyPlaceholder')}
          data-testid="question-body"
        />
      </Form.Item>
      <Form.Item name="addressedTo" label={t('meetingQuestions.addressedTo')}>
        <Input size={size} maxLength={40} placeholder={t('meetingQuestions.addressedToPlaceholder')} />
      </Form.Item>
      <Form.Item name="anonymous" valuePropName="checked">
        <Checkbox>{t('meetingQuestions.anonymous')}</Checkbox>
      </Form.Item>
    </>
  );
}
