// One campaign: its theme and days, the organisations taking part (the organiser chooses them),
// each organisation's participants (its office signs them up), the events (activity-week
// meetings in its days), the opinions per organisation and channel, and the public form's link
// (on or off; a new link is shown once, with its QR code, and only then).
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Descriptions,
  List,
  Popconfirm,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import { QRCode } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../../api/client';
import { useApiQuery } from '../../../api/query';
import { useSession } from '../../../auth';
import { formatDateTime, useI18n } from '../../../i18n';
import { CAMPAIGN_COLOR, publicFormUrl, type CampaignDetail } from '../intakeApi';
import { ParticipantsDialog } from './ParticipantsDialog';

export function CampaignPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { me } = useSession();
  const id = Number(useParams().id);
  const q = useApiQuery('/api/opinions/campaigns/{id}', { path: { id } });
  const [token, setToken] = useState<string | null>(null);
  const [orgIds, setOrgIds] = useState<number[] | null>(null);
  const [signing, setSigning] = useState(false);
  const c = q.data;
  if (q.error) return <Alert type="error" showIcon title={q.error.message} />;
  if (!c) return null;
  const may = (a: string) => c.allowedActions.includes(a);
  const orgName = (orgId: number) => c.orgs.find((o) => o.id === orgId)?.name ?? String(orgId);

  const act = async (run: () => Promise<unknown>, done: string) => {
    try {
      await run();
      message.success(t(done));
      await q.refetch();
    } catch (err) {
      message.error((err as Error).message);
    }
  };
  const linkStep = (run: () => Promise<{ token: string | null }>) =>
    act(async () => {
      const r = await run();
      if (r.token) setToken(r.token);
    }, 'opinionsIntake.saved');

  return (
    <div>
      <Space style={{ marginBottom: 12 }} wrap>
        <Link to="/opinions/campaigns">{t('opinionsIntake.campaignsTitle')}</Link>
        <span>/</span>
      </Space>
      <Card
        title={
          <Space wrap>
            {c.title}
            <Tag color={CAMPAIGN_COLOR[c.status]}>{t(`opinionsIntake.campaign.${c.status}`)}</Tag>
          </Space>
        }
        extra={
          <Space>
            {may('openCampaign') && (
              <Button
                type="primary"
                onClick={() =>
                  act(() => api.post('/api/opinions/campaigns/{id}/open', { path: { id } }), 'opinionsIntake.opened')
                }
              >
                {t('opinionsIntake.open')}
              </Button>
            )}
            {may('closeCampaign') && (
              <Popconfirm
                title={t('opinionsIntake.closeConfirm')}
                onConfirm={() =>
                  act(() => api.post('/api/opinions/campaigns/{id}/close', { path: { id } }), 'opinionsIntake.closed')
                }
              >
                <Button>{t('opinionsIntake.close')}</Button>
              </Popconfirm>
            )}
          </Space>
        }
      >
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('opinionsIntake.theme')}>{c.theme}</Descriptions.Item>
          <Descriptions.Item label={t('opinionsIntake.dates')}>{`${c.startsOn} ~ ${c.endsOn}`}</Descriptions.Item>
          {c.description && (
            <Descriptions.Item label={t('opinionsIntake.description')} span={2}>
              <span style={{ whiteSpace: 'pre-wrap' }}>{c.description}</span>
            </Descriptions.Item>
          )}
        </Descriptions>
        <Space style={{ marginTop: 8 }} wrap>
          <Link to={`/opinions/list?campaignId=${c.id}`}>{t('opinionsIntake.seeOpinions')}</Link>
          <Link to={`/opinions/paper?campaignId=${c.id}`}>{t('opinionsIntake.enterPaper')}</Link>
        </Space>
      </Card>

      <Card title={t('opinionsIntake.counts')} size="small" style={{ marginTop: 16 }}>
        <Table<CampaignDetail['counts'][number]>
          rowKey="orgId"
          size="small"
          pagination={false}
          dataSource={c.counts}
          scroll={{ x: true }}
          columns={[
            { title: t('opinionsIntake.org'), render: (_, r) => orgName(r.orgId) },
            { title: t('opinionsIntake.channel.member'), dataIndex: 'member' },
            { title: t('opinionsIntake.channel.party_member'), dataIndex: 'partyMember' },
            { title: t('opinionsIntake.channel.paper'), dataIndex: 'paper' },
            { title: t('opinionsIntake.channel.public'), dataIndex: 'public' },
            { title: t('opinionsIntake.total'), dataIndex: 'total' },
          ]}
        />
      </Card>

      <Card
        title={t('opinionsIntake.orgs')}
        size="small"
        style={{ marginTop: 16 }}
        extra={
          may('setCampaignOrgs') &&
          (orgIds === null ? (
            <Button size="small" onClick={() => setOrgIds(c.orgs.map((o) => o.id))}>
              {t('opinionsIntake.chooseOrgs')}
            </Button>
          ) : (
            <Space>
              <Button size="small" onClick={() => setOrgIds(null)}>
                {t('common.cancel')}
              </Button>
              <Button
                size="small"
                type="primary"
                onClick={() =>
                  act(async () => {
                    await api.put('/api/opinions/campaigns/{id}/orgs', { path: { id }, body: { orgIds } });
                    setOrgIds(null);
                  }, 'opinionsIntake.saved')
                }
              >
                {t('common.save')}
              </Button>
            </Space>
          ))
        }
      >
        {orgIds === null ? (
          <Space wrap>
            {c.orgs.map((o) => (
              <Tag key={o.id}>{o.name}</Tag>
            ))}
          </Space>
        ) : (
          <Checkbox.Group
            value={orgIds}
            onChange={(v) => setOrgIds(v as number[])}
            options={c.choosableOrgs.map((o) => ({ value: o.id, label: o.name, disabled: o.id === c.orgId }))}
          />
        )}
      </Card>

      <Card
        title={t('opinionsIntake.participants', { n: c.participants.length })}
        size="small"
        style={{ marginTop: 16 }}
        extra={
          may('setParticipants') && (
            <Button size="small" onClick={() => setSigning(true)}>
              {t('opinionsIntake.signUp')}
            </Button>
          )
        }
      >
        {c.participants.length ? (
          <Space wrap>
            {c.participants.map((p) => (
              <Tag key={p.memberId}>
                {p.name}
                {c.orgs.length > 1 ? ` · ${orgName(p.orgId)}` : ''}
                {p.sector ? ` · ${p.sector}` : ''}
              </Tag>
            ))}
          </Space>
        ) : (
          <Typography.Text type="secondary">{t('opinionsIntake.noParticipants')}</Typography.Text>
        )}
      </Card>

      <Card title={t('opinionsIntake.events')} size="small" style={{ marginTop: 16 }}>
        <List
          size="small"
          dataSource={c.events}
          // The List's own empty text is too pale to read (1.8:1); the secondary text is not.
          locale={{ emptyText: <Typography.Text type="secondary">{t('opinionsIntake.noEvents')}</Typography.Text> }}
          renderItem={(e) => (
            <List.Item>
              <List.Item.Meta
                title={<Link to={`/meetings/${e.id}`}>{e.title}</Link>}
                description={`${formatDateTime(e.startsAt)} · ${orgName(e.orgId)}${e.venue ? ` · ${e.venue}` : ''}`}
              />
            </List.Item>
          )}
        />
      </Card>

      {may('managePublicLink') && (
        <Card title={t('opinionsIntake.publicForm')} size="small" style={{ marginTop: 16 }} data-testid="public-link">
          <Space direction="vertical" style={{ width: '100%' }}>
            <Space wrap>
              <Switch
                aria-label={t('opinionsIntake.publicForm')}
                checked={c.publicOpen}
                disabled={c.status !== 'open' && !c.publicOpen}
                onChange={(enabled) =>
                  linkStep(() => api.post('/api/opinions/campaigns/{id}/public', { path: { id }, body: { enabled } }))
                }
              />
              <span>{c.publicOpen ? t('opinionsIntake.publicOn') : t('opinionsIntake.publicOff')}</span>
              {c.hasPublicLink && (
                <Popconfirm
                  title={t('opinionsIntake.rotateConfirm')}
                  onConfirm={() =>
                    linkStep(() => api.post('/api/opinions/campaigns/{id}/public/rotate', { path: { id } }))
                  }
                >
                  <Button size="small">{t('opinionsIntake.rotate')}</Button>
                </Popconfirm>
              )}
            </Space>
            {token ? (
              <Alert
                type="success"
                showIcon
                title={t('opinionsIntake.linkOnce')}
                description={
                  <Space direction="vertical">
                    <Typography.Text copyable data-testid="public-url">
                      {publicFormUrl(token)}
                    </Typography.Text>
                    <QRCode value={publicFormUrl(token)} size={160} />
                  </Space>
                }
              />
            ) : (
              c.hasPublicLink && <Typography.Text type="secondary">{t('opinionsIntake.linkHidden')}</Typography.Text>
            )}
          </Space>
        </Card>
      )}
      <ParticipantsDialog
        open={signing}
        campaignId={id}
        current={c.participants.filter((p) => p.orgId === me?.user.orgId)}
        onClose={(saved) => {
          setSigning(false);
          if (saved) void q.refetch();
        }}
      />
    </div>
  );
}
