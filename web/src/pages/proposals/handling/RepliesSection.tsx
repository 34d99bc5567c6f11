// The formal replies (unit, result class under the organisation's labels, signer, the
// reply letter, sent-back marks) with the office's send-back button; the co-handling
// units' opinions and the units' contacts with the proposer.
import { PaperClipOutlined } from '@ant-design/icons';
import { Alert, List, Space, Tag, Typography } from 'antd';
import { formatDate, useI18n } from '../../../i18n';
import type { ProposalDetail } from '../../../api/models';
import { fileUrl } from '../api';
import { SendBackButton } from './ItemDialogs';
import type { HandlingView } from '../../../api/models';
import { useResultLabel } from '../resultLabel';
import '../../../i18n/areas/proposalsHandling';

const small = { fontSize: 12 };
const CLASS_COLOURS = { A: 'green', B: 'blue', C: 'gold', D: 'default' } as const;

export function RepliesSection({ view, changed }: { view: HandlingView; changed(p: ProposalDetail): void }) {
  const { t } = useI18n();
  const labelOf = useResultLabel();
  if (!view.replies.length) return null;
  return (
    <section data-testid="handling-replies">
      <Typography.Title level={5}>{t('proposalsHandling.replies')}</Typography.Title>
      {view.replies.map((r) => (
        <div
          key={r.id}
          style={{
            border: '1px solid #f0f0f0',
            borderRadius: 6,
            padding: 12,
            marginBottom: 12,
            opacity: r.sentBack ? 0.75 : 1,
          }}
          data-testid="reply"
        >
          <Space size={6} wrap style={{ marginBottom: 8 }}>
            <Typography.Text strong>{r.unitName}</Typography.Text>
            {r.resultClass && (
              <Tag color={CLASS_COLOURS[r.resultClass]} style={{ marginInlineEnd: 0 }} data-testid="reply-class">
                {r.resultClass} · {labelOf(r.resultClass, r.resultLabel)}
              </Tag>
            )}
            {r.round > 1 && (
              <Tag bordered={false} style={{ marginInlineEnd: 0 }}>
                {t('proposalsHandling.round', { n: r.round })}
              </Tag>
            )}
            {r.sentBack && (
              <Tag color="error" style={{ marginInlineEnd: 0 }}>
                {t('proposalsHandling.sentBack')}
              </Tag>
            )}
            {r.allowedActions.includes('sendBack') && (
              <SendBackButton proposalId={view.proposalId} replyId={r.id} onDone={changed} />
            )}
          </Space>
          {r.sentBack && r.sentBackNote && (
            <Alert type="error" showIcon title={r.sentBackNote} style={{ marginBottom: 8 }} />
          )}
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 8 }}>{r.body}</Typography.Paragraph>
          <Space size={[12, 2]} wrap style={small}>
            {r.signer && <span>{t('proposalsHandling.signerIs', { name: r.signer })}</span>}
            <Typography.Text type="secondary" style={small}>
              {formatDate(r.createdAt)}
            </Typography.Text>
            {r.file && (
              <a href={fileUrl(r.file)}>
                <PaperClipOutlined /> {r.file.name}
              </a>
            )}
          </Space>
        </div>
      ))}
    </section>
  );
}

export function CoOpinionsSection({ view }: { view: HandlingView }) {
  const { t } = useI18n();
  if (!view.coOpinions.length) return null;
  return (
    <section data-testid="handling-co-opinions">
      <Typography.Title level={5}>{t('proposalsHandling.coOpinions')}</Typography.Title>
      <List
        size="small"
        dataSource={view.coOpinions}
        renderItem={(o) => (
          <List.Item style={{ paddingInline: 0, display: 'block' }}>
            <Space size={6}>
              <Typography.Text strong>{o.unitName}</Typography.Text>
              <Typography.Text type="secondary" style={small}>
                {formatDate(o.createdAt)}
              </Typography.Text>
            </Space>
            <div style={{ whiteSpace: 'pre-wrap' }}>{o.body}</div>
          </List.Item>
        )}
      />
    </section>
  );
}

export function ContactsSection({ view }: { view: HandlingView }) {
  const { t } = useI18n();
  if (!view.contacts.length) return null;
  return (
    <section data-testid="handling-contacts">
      <Typography.Title level={5}>{t('proposalsHandling.contacts')}</Typography.Title>
      <List
        size="small"
        dataSource={view.contacts}
        renderItem={(c) => (
          <List.Item style={{ paddingInline: 0, display: 'block' }}>
            <Space size={6} wrap>
              <Typography.Text>{formatDate(c.contactedOn)}</Typography.Text>
              <Tag bordered={false} style={{ marginInlineEnd: 0 }}>
                {t(`proposalsHandling.way.${c.way}`)}
              </Tag>
              <Typography.Text type="secondary" style={small}>
                {c.unitName}
              </Typography.Text>
            </Space>
            <div style={{ whiteSpace: 'pre-wrap' }}>{c.notes}</div>
          </List.Item>
        )}
      />
    </section>
  );
}
