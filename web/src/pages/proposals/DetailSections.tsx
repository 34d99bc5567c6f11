// The parts of a proposal's page: who proposed it (with each invitation's answer), the
// text of the standard form, the facts around it, and its attachments.
import { FileImageOutlined, FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { Card, Descriptions, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { formatDate, useI18n } from '../../i18n';
import type { FileSummary, ProposalDetail, Proposer } from '../../api/models';
import { fileUrl } from './api';
import '../../i18n/areas/proposals';

const INVITE_COLOURS: Record<Proposer['status'], string> = {
  accepted: 'green',
  invited: 'blue',
  declined: 'default',
  expired: 'default',
};

export function ProposersCard({ p }: { p: ProposalDetail }) {
  const { t } = useI18n();
  return (
    <Card size="small" title={t('proposals.proposers')} data-testid="proposers">
      {p.collective && (
        <Typography.Paragraph>{t('proposals.collectiveBy', { name: p.collective.name })}</Typography.Paragraph>
      )}
      <List<Proposer>
        size="small"
        dataSource={p.proposers}
        split={false}
        renderItem={(x) => (
          <List.Item style={{ paddingInline: 0 }}>
            <Space size={6} wrap>
              <Typography.Text strong={x.role === 'lead'}>{x.name}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t(`proposals.role.${x.role}`)}
              </Typography.Text>
            </Space>
            {x.role !== 'lead' && (
              <Tag color={INVITE_COLOURS[x.status]} style={{ marginInlineEnd: 0 }}>
                {t(`proposals.invite.${x.status}`)}
                {x.status === 'invited' && x.inviteDeadline
                  ? ` · ${t('proposals.answerBy', { date: formatDate(x.inviteDeadline) })}`
                  : ''}
              </Tag>
            )}
          </List.Item>
        )}
      />
    </Card>
  );
}

export function TextCard({ p }: { p: ProposalDetail }) {
  const { t } = useI18n();
  const para = { whiteSpace: 'pre-wrap' as const, marginBottom: 16 };
  return (
    <Card size="small" title={t('proposals.text')}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('proposals.reasons')}
      </Typography.Title>
      <Typography.Paragraph style={para}>
        {p.reasons || <Typography.Text type="secondary">{t('proposals.notWritten')}</Typography.Text>}
      </Typography.Paragraph>
      <Typography.Title level={5}>{t('proposals.suggestions')}</Typography.Title>
      <Typography.Paragraph style={{ ...para, marginBottom: 0 }}>
        {p.suggestions || <Typography.Text type="secondary">{t('proposals.notWritten')}</Typography.Text>}
      </Typography.Paragraph>
    </Card>
  );
}

export function FactsCard({ p, compact, resultLabel }: { p: ProposalDetail; compact: boolean; resultLabel?: string }) {
  const { t } = useI18n();
  const none = <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Card size="small" title={t('proposals.facts')}>
      <Descriptions column={compact ? 1 : 2} size="small">
        <Descriptions.Item label={t('proposals.kindLabel')}>{t(`proposals.kind.${p.kind}`)}</Descriptions.Item>
        <Descriptions.Item label={t('proposals.category')}>{p.category ?? none}</Descriptions.Item>
        <Descriptions.Item label={t('proposals.themes')}>
          {p.themes.length ? p.themes.join('、') : none}
        </Descriptions.Item>
        <Descriptions.Item label={t('proposals.isPublic')}>
          {t(p.isPublic ? 'common.yes' : 'common.no')}
        </Descriptions.Item>
        <Descriptions.Item label={t('proposals.suggestedUnits')}>
          {p.suggestedUnits.length ? p.suggestedUnits.map((u) => u.name).join('、') : none}
        </Descriptions.Item>
        <Descriptions.Item label={t('proposals.submittedAt')}>
          {p.submittedAt ? formatDate(p.submittedAt) : none}
        </Descriptions.Item>
        {p.reviewedAt && (
          <Descriptions.Item label={t('proposals.reviewedAt')}>{formatDate(p.reviewedAt)}</Descriptions.Item>
        )}
        {p.replyDeadline && (
          <Descriptions.Item label={t('proposals.replyDeadline')}>{formatDate(p.replyDeadline)}</Descriptions.Item>
        )}
        {p.resultClass && (
          <Descriptions.Item label={t('proposals.resultClass')}>
            {p.resultClass}
            {resultLabel ? ` · ${resultLabel}` : ''}
          </Descriptions.Item>
        )}
        {p.keyLeader && <Descriptions.Item label={t('proposals.keyLeader')}>{p.keyLeader.name}</Descriptions.Item>}
        {p.mergedFrom.length > 0 && (
          <Descriptions.Item label={t('proposals.mergedFrom')} span={compact ? 1 : 2}>
            <Space orientation="vertical" size={0}>
              {p.mergedFrom.map((m) => (
                <Link key={m.id} to={`/proposals/${m.id}`}>
                  {m.title}
                </Link>
              ))}
            </Space>
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}

function fileIcon(f: FileSummary) {
  if (f.mime.startsWith('image/')) return <FileImageOutlined />;
  if (f.mime === 'application/pdf') return <FilePdfOutlined />;
  return <FileWordOutlined />;
}

export function AttachmentsCard({ files }: { files: FileSummary[] }) {
  const { t } = useI18n();
  if (!files.length) return null;
  const canPreview = (f: FileSummary) => f.mime.startsWith('image/') || f.mime === 'application/pdf';
  return (
    <Card size="small" title={t('proposals.attachments')} data-testid="attachments">
      <List<FileSummary>
        size="small"
        dataSource={files}
        split={false}
        renderItem={(f) => (
          <List.Item
            style={{ paddingInline: 0 }}
            actions={[
              canPreview(f) && (
                <a key="view" href={fileUrl(f, true)} target="_blank" rel="noopener">
                  {t('common.view')}
                </a>
              ),
              <a key="dl" href={fileUrl(f)}>
                {t('common.download')}
              </a>,
            ].filter(Boolean)}
          >
            <Space size={6} style={{ minWidth: 0 }}>
              {fileIcon(f)}
              <Typography.Text ellipsis style={{ maxWidth: 220 }}>
                {f.name}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatSize(f.size)}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}

function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
