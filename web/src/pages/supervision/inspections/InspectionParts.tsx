// The parts of an inspection's page the office edits in place: its participants (picked from
// the organisation's roster), its sites (name, address, the unit in charge) and what was found,
// overall and at each site.
import { Button, Card, Form, Input, List, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../../api/client';
import type { InspectionDetail } from '../../../api/models';
import { useApiQuery } from '../../../api/query';
import { FormModal } from '../../../components/FormModal';
import { useI18n } from '../../../i18n';

type Props = { i: InspectionDetail };

export function ParticipantsCard({ i }: Props) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const may = i.allowedActions.includes('setParticipants');
  const choices = useApiQuery('/api/supervision/inspections/choices', undefined, { enabled: may }).data;
  return (
    <Card
      size="small"
      title={`${t('insp.participants')}（${i.participants.length}）`}
      extra={may && <Button onClick={() => setEditing(true)}>{t('insp.editParticipants')}</Button>}
    >
      {i.participants.length ? (
        <Space size={[4, 8]} wrap>
          {i.participants.map((p) => (
            <Tag key={p.id} data-testid="participant">
              {p.name}
              {p.sectorName && <Typography.Text type="secondary">（{p.sectorName}）</Typography.Text>}
            </Tag>
          ))}
        </Space>
      ) : (
        <Typography.Text type="secondary">{t('insp.noParticipants')}</Typography.Text>
      )}
      <FormModal<{ memberIds: number[] }>
        open={editing}
        title={t('insp.editParticipants')}
        initialValues={{ memberIds: i.participants.map((p) => p.id) }}
        onCancel={() => setEditing(false)}
        onSubmit={async (v) => {
          await api.put('/api/supervision/inspections/{id}/participants', {
            path: { id: i.id },
            body: { memberIds: v.memberIds ?? [] },
          });
          setEditing(false);
        }}
      >
        <Form.Item name="memberIds" label={t('insp.pickMembers')}>
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            options={(choices?.members ?? []).map((m) => ({
              value: m.id,
              label: m.sectorName ? `${m.name}（${m.sectorName}）` : m.name,
            }))}
          />
        </Form.Item>
      </FormModal>
    </Card>
  );
}

type SiteValues = { name: string; address: string; unitId?: number | null };

export function SitesCard({ i }: Props) {
  const { t } = useI18n();
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const may = i.allowedActions.includes('editSites');
  const choices = useApiQuery('/api/supervision/inspections/choices', undefined, { enabled: may }).data;
  const site = typeof editing === 'number' ? i.sites.find((s) => s.id === editing) : undefined;
  return (
    <Card
      size="small"
      title={`${t('insp.sites')}（${i.sites.length}）`}
      extra={may && <Button onClick={() => setEditing('new')}>{t('insp.addSite')}</Button>}
    >
      <List
        dataSource={i.sites}
        locale={{ emptyText: t('insp.noSites') }}
        renderItem={(s) => (
          <List.Item
            data-testid="site-row"
            actions={
              may
                ? [
                    <a key="edit" onClick={() => setEditing(s.id)}>
                      {t('insp.edit')}
                    </a>,
                    <Popconfirm
                      key="del"
                      title={t('insp.removeConfirm')}
                      onConfirm={() =>
                        api.delete('/api/supervision/inspections/{id}/sites/{siteId}', {
                          path: { id: i.id, siteId: s.id },
                        })
                      }
                    >
                      <a>{t('insp.remove')}</a>
                    </Popconfirm>,
                  ]
                : []
            }
          >
            <List.Item.Meta title={s.name} description={[s.address, s.unitName].filter(Boolean).join(' · ')} />
          </List.Item>
        )}
      />
      <FormModal<SiteValues>
        open={editing !== null}
        title={t(editing === 'new' ? 'insp.addSite' : 'insp.edit')}
        initialValues={site ? { name: site.name, address: site.address, unitId: site.unitId } : {}}
        onCancel={() => setEditing(null)}
        onSubmit={async (v) => {
          const body = { name: v.name, address: v.address, unitId: v.unitId ?? null };
          if (site)
            await api.patch('/api/supervision/inspections/{id}/sites/{siteId}', {
              path: { id: i.id, siteId: site.id },
              body,
            });
          else await api.post('/api/supervision/inspections/{id}/sites', { path: { id: i.id }, body });
          setEditing(null);
        }}
      >
        <Form.Item name="name" label={t('insp.siteName')} rules={[{ required: true, whitespace: true, max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="address" label={t('insp.address')} rules={[{ required: true, whitespace: true, max: 200 }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="unitId" label={t('insp.unit')}>
          <Select allowClear options={(choices?.units ?? []).map((u) => ({ value: u.id, label: u.name }))} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}

type FindingValues = { findings?: string; sites?: Record<string, string | undefined> };

export function FindingsCard({ i }: Props) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const may = i.allowedActions.includes('writeFindings');
  const written = i.findings || i.sites.some((s) => s.findings);
  if (!may && !written) return null;
  return (
    <Card
      size="small"
      title={t('insp.findings')}
      extra={may && <Button onClick={() => setEditing(true)}>{t('insp.editFindings')}</Button>}
    >
      {written ? (
        <Space orientation="vertical" size={8} style={{ width: '100%' }}>
          {i.findings && (
            <div>
              <Typography.Text strong>{t('insp.overallFindings')}</Typography.Text>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                {i.findings}
              </Typography.Paragraph>
            </div>
          )}
          {i.sites
            .filter((s) => s.findings)
            .map((s) => (
              <div key={s.id}>
                <Typography.Text strong>{s.name}</Typography.Text>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                  {s.findings}
                </Typography.Paragraph>
              </div>
            ))}
        </Space>
      ) : (
        <Typography.Text type="secondary">{t('insp.noFindings')}</Typography.Text>
      )}
      <FormModal<FindingValues>
        open={editing}
        width={720}
        title={t('insp.editFindings')}
        initialValues={{
          findings: i.findings ?? '',
          sites: Object.fromEntries(i.sites.map((s) => [String(s.id), s.findings ?? ''])),
        }}
        onCancel={() => setEditing(false)}
        onSubmit={async (v) => {
          await api.put('/api/supervision/inspections/{id}/findings', {
            path: { id: i.id },
            body: {
              findings: v.findings?.trim() || null,
              sites: i.sites.map((s) => ({ id: s.id, findings: v.sites?.[String(s.id)]?.trim() || null })),
            },
          });
          setEditing(false);
        }}
      >
        <Form.Item name="findings" label={t('insp.overallFindings')} rules={[{ max: 10000 }]}>
          <Input.TextArea rows={4} maxLength={10000} data-testid="findings-overall" />
        </Form.Item>
        {i.sites.map((s) => (
          <Form.Item key={s.id} name={['sites', String(s.id)]} label={s.name} rules={[{ max: 4000 }]}>
            <Input.TextArea rows={2} maxLength={4000} />
          </Form.Item>
        ))}
      </FormModal>
    </Card>
  );
}
