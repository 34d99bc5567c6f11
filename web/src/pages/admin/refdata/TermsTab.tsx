// 届次与会议: terms (one of them current) and the numbered sessions of each term.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Col, DatePicker, Form, Input, InputNumber, Row, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../../api/client';
import { FormModal } from '../../../components/FormModal';
import { formatDate, useI18n } from '../../../i18n';
import type { Term, TermSession } from '../../../api/models';
import { day, fromDay, toDay, useChange, type TabProps } from './shared';
import '../../../i18n/areas/admin';

interface TermValues {
  number: number;
  name?: string;
  startsOn: Dayjs;
  endsOn?: Dayjs | null;
  isCurrent?: boolean;
}
interface SessionValues {
  number: number;
  name?: string;
  opensOn: Dayjs;
  closesOn: Dayjs;
}

export function TermsTab({ data, editable }: TabProps) {
  const { t } = useI18n();
  const { run, saved } = useChange();
  const [term, setTerm] = useState<Term | 'new' | null>(null);
  const [session, setSession] = useState<{ term: Term; session: TermSession | null } | null>(null);
  const editingTerm = term !== 'new' ? term : null;

  const saveTerm = async (v: TermValues) => {
    const body = {
      name: v.name?.trim() || undefined,
      startsOn: day(v.startsOn),
      endsOn: fromDay(v.endsOn) ?? undefined,
      isCurrent: !!v.isCurrent,
    };
    if (editingTerm)
      await api.patch('/api/terms/{id}', {
        path: { id: editingTerm.id },
        body: { ...body, endsOn: fromDay(v.endsOn) },
      });
    else await api.post('/api/terms', { body: { ...body, number: v.number } });
    setTerm(null);
    saved(editingTerm ? t('admin.saved') : t('admin.created'));
  };

  const saveSession = async (v: SessionValues) => {
    if (!session) return;
    const body = { name: v.name?.trim() || undefined, opensOn: day(v.opensOn), closesOn: day(v.closesOn) };
    if (session.session) await api.patch('/api/term-sessions/{id}', { path: { id: session.session.id }, body });
    else
      await api.post('/api/terms/{id}/sessions', {
        path: { id: session.term.id },
        body: { ...body, number: v.number },
      });
    setSession(null);
    saved(session.session ? t('admin.saved') : t('admin.created'));
  };

  const sessionsTable = (tm: Term) => (
    <Table<TermSession>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={tm.sessions}
      locale={{ emptyText: t('admin.noSessions') }}
      columns={[
        { title: t('admin.sessionName'), dataIndex: 'name' },
        { title: t('admin.opensOn'), dataIndex: 'opensOn', width: 150, render: (v: string) => formatDate(v) },
        { title: t('admin.closesOn'), dataIndex: 'closesOn', width: 150, render: (v: string) => formatDate(v) },
        ...(editable
          ? [
              {
                title: t('common.actions'),
                key: 'a',
                width: 100,
                render: (_: unknown, s: TermSession) => (
                  <Button type="link" size="small" onClick={() => setSession({ term: tm, session: s })}>
                    {t('common.edit')}
                  </Button>
                ),
              },
            ]
          : []),
      ]}
    />
  );

  return (
    <>
      {editable && (
        <Button type="primary" icon={<PlusOutlined />} style={{ marginBottom: 16 }} onClick={() => setTerm('new')}>
          {t('admin.newTerm')}
        </Button>
      )}
      <Table<Term>
        rowKey="id"
        dataSource={data.terms}
        pagination={false}
        expandable={{
          expandedRowRender: sessionsTable,
          defaultExpandedRowKeys: data.terms.filter((x) => x.isCurrent).map((x) => x.id),
        }}
        columns={[
          {
            title: t('admin.termName'),
            dataIndex: 'name',
            render: (v: string, x) => (
              <Space>
                {v}
                {x.isCurrent && <Tag color="red">{t('admin.current')}</Tag>}
              </Space>
            ),
          },
          { title: t('admin.startsOn'), dataIndex: 'startsOn', width: 150, render: (v: string) => formatDate(v) },
          { title: t('admin.endsOn'), dataIndex: 'endsOn', width: 150, render: (v: string | null) => formatDate(v) },
          {
            title: t('admin.sessionCount'),
            width: 100,
            render: (_, x) => <Typography.Text type="secondary">{x.sessions.length}</Typography.Text>,
          },
          ...(editable
            ? [
                {
                  title: t('common.actions'),
                  key: 'a',
                  width: 300,
                  render: (_: unknown, x: Term) => (
                    <Space size={0} wrap>
                      <Button type="link" size="small" onClick={() => setTerm(x)}>
                        {t('common.edit')}
                      </Button>
                      <Button type="link" size="small" onClick={() => setSession({ term: x, session: null })}>
                        {t('admin.newSession')}
                      </Button>
                      {!x.isCurrent && (
                        <Button
                          type="link"
                          size="small"
                          onClick={() =>
                            run(() => api.patch('/api/terms/{id}', { path: { id: x.id }, body: { isCurrent: true } }))
                          }
                        >
                          {t('admin.setCurrent')}
                        </Button>
                      )}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <FormModal<TermValues>
        open={term !== null}
        title={editingTerm ? `${t('admin.editTerm')}：${editingTerm.name}` : t('admin.newTerm')}
        initialValues={
          editingTerm
            ? {
                number: editingTerm.number,
                name: editingTerm.name,
                startsOn: toDay(editingTerm.startsOn),
                endsOn: toDay(editingTerm.endsOn),
                isCurrent: editingTerm.isCurrent,
              }
            : { isCurrent: false }
        }
        onCancel={() => setTerm(null)}
        onSubmit={saveTerm}
      >
        <Row gutter={16}>
          <Col span={10}>
            <Form.Item
              name="number"
              label={t('admin.termNumber')}
              rules={[{ required: true, message: t('admin.numberRequired') }]}
            >
              <InputNumber min={1} max={99} disabled={!!editingTerm} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={14}>
            <Form.Item
              name="name"
              label={t('admin.termName')}
              extra={editingTerm ? undefined : t('admin.termNameHelp')}
              rules={editingTerm ? [{ required: true, whitespace: true, message: t('admin.nameRequired') }] : []}
            >
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="startsOn"
              label={t('admin.startsOn')}
              rules={[{ required: true, message: t('admin.dateRequired') }]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="endsOn"
              label={t('admin.endsOn')}
              dependencies={['startsOn']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_, v?: Dayjs | null) =>
                    !v || !getFieldValue('startsOn') || !v.isBefore(getFieldValue('startsOn'), 'day')
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('admin.endsBeforeStarts'))),
                }),
              ]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="isCurrent" valuePropName="checked">
          <Checkbox>{t('admin.isCurrent')}</Checkbox>
        </Form.Item>
      </FormModal>
      <FormModal<SessionValues>
        open={session !== null}
        title={
          session?.session
            ? `${t('admin.editSession')}：${session.session.name}`
            : `${t('admin.newSession')}（${session?.term.name ?? ''}）`
        }
        initialValues={
          session?.session
            ? {
                number: session.session.number,
                name: session.session.name,
                opensOn: toDay(session.session.opensOn),
                closesOn: toDay(session.session.closesOn),
              }
            : { number: (session?.term.sessions.length ?? 0) + 1 }
        }
        onCancel={() => setSession(null)}
        onSubmit={saveSession}
      >
        <Row gutter={16}>
          <Col span={10}>
            <Form.Item
              name="number"
              label={t('admin.sessionNumber')}
              rules={[{ required: true, message: t('admin.numberRequired') }]}
            >
              <InputNumber min={1} max={20} disabled={!!session?.session} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={14}>
            <Form.Item
              name="name"
              label={t('admin.sessionName')}
              extra={session?.session ? undefined : t('admin.sessionNameHelp')}
            >
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="opensOn"
              label={t('admin.opensOn')}
              rules={[{ required: true, message: t('admin.dateRequired') }]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="closesOn"
              label={t('admin.closesOn')}
              dependencies={['opensOn']}
              rules={[
                { required: true, message: t('admin.dateRequired') },
                ({ getFieldValue }) => ({
                  validator: (_, v?: Dayjs) =>
                    !v || !getFieldValue('opensOn') || !v.isBefore(getFieldValue('opensOn'), 'day')
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('admin.closesBeforeOpens'))),
                }),
              ]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </FormModal>
    </>
  );
}
