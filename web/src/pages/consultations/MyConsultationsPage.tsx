// 协商议事 on a phone: the open consultations a member (or an invited unit's user) takes part in;
// in one, a statement at a time with big agree / disagree / pass buttons, a box to add his own
// statement, and where he stands (his group) after the latest analysis.
import '../../i18n/areas/consultations';
import { Button, Card, Empty, Input, List, Progress, Space, Typography, message } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/query';
import { useI18n } from '../../i18n';

export function MyConsultationsPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const list = useApiQuery('/api/consultations/mine', {});
  return (
    <div>
      <Typography.Title level={3}>{t('consultations.mineTitle')}</Typography.Title>
      <List
        dataSource={list.data ?? []}
        loading={list.isLoading}
        locale={{ emptyText: <Empty description={t('consultations.mineEmpty')} /> }}
        renderItem={(c) => (
          <List.Item onClick={() => navigate(`/consultations/mine/${c.id}`)} style={{ cursor: 'pointer' }}>
            <List.Item.Meta title={c.title} description={`${c.opensOn} ~ ${c.closesOn}`} />
          </List.Item>
        )}
      />
    </div>
  );
}

const BIG = { size: 'large' as const, block: true, style: { height: 56, fontSize: 18 } };

export function VotePage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const detail = useApiQuery('/api/consultations/{id}', { path: { id } });
  const next = useApiQuery('/api/consultations/{id}/next', { path: { id } });
  const standing = useApiQuery('/api/consultations/{id}/standing', { path: { id } });
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const n = next.data;
  const vote = async (v: 'agree' | 'disagree' | 'pass') => {
    if (!n?.statement) return;
    setBusy(true);
    try {
      await api.put('/api/consultations/{id}/votes/{statementId}', {
        path: { id, statementId: n.statement.id },
        body: { vote: v },
      });
    } finally {
      setBusy(false);
    }
  };
  const s = standing.data;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Title level={4} style={{ margin: 0 }}>
        {detail.data?.title}
      </Typography.Title>
      {n && (
        <Progress
          percent={n.total ? Math.round((n.voted / n.total) * 100) : 0}
          // Normal, not the green of success at 100 %: that green fails the contrast check.
          status="normal"
          format={() => t('consultations.progress', { voted: n.voted, total: n.total })}
          aria-label={t('consultations.progress', { voted: n.voted, total: n.total })}
        />
      )}
      {n?.statement ? (
        // A narrow card body leaves the buttons nearly the phone's width: easy to hit with a thumb.
        <Card data-testid="vote-card" styles={{ body: { padding: 12 } }}>
          <Typography.Paragraph style={{ fontSize: 20 }}>{n.statement.body}</Typography.Paragraph>
          <Space direction="vertical" style={{ width: '100%' }}>
            <Button {...BIG} type="primary" disabled={busy} onClick={() => vote('agree')}>
              {t('consultations.agree')}
            </Button>
            <Button {...BIG} danger disabled={busy} onClick={() => vote('disagree')}>
              {t('consultations.disagree')}
            </Button>
            <Button {...BIG} disabled={busy} onClick={() => vote('pass')}>
              {t('consultations.pass')}
            </Button>
          </Space>
        </Card>
      ) : (
        n && <Typography.Text>{t('consultations.allDone')}</Typography.Text>
      )}
      <Card size="small" title={t('consultations.standing')}>
        {s?.group !== null && s?.group !== undefined ? (
          <Typography.Text data-testid="my-group">
            {t('consultations.inGroup', { n: s.group + 1, k: s.groups.length })}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">{t('consultations.notPlaced')}</Typography.Text>
        )}
      </Card>
      <Card size="small" title={t('consultations.yourStatement')}>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Input.TextArea
            value={body}
            maxLength={140}
            rows={2}
            placeholder={t('consultations.statementPlaceholder')}
            onChange={(e) => setBody(e.target.value)}
          />
          <Button
            {...BIG}
            disabled={body.trim().length < 2}
            onClick={async () => {
              await api.post('/api/consultations/{id}/contributions', { path: { id }, body: { body } });
              setBody('');
              void message.success(t('consultations.submitted'));
            }}
          >
            {t('consultations.submit')}
          </Button>
        </Space>
      </Card>
    </Space>
  );
}
