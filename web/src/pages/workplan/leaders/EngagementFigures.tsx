// The year's engagement figures: visits against each role's yearly target, instructions on
// reports, requests for opinions (answered, adopted, overdue), and what awaits the leaders.
import { Card, Col, List, Progress, Row, Space, Statistic, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { formatDate, useI18n } from '../../../i18n';
import type { Figures } from './shared';

export function EngagementFigures({ figures: f }: { figures: Figures }) {
  const { t } = useI18n();
  const r = f.requests;
  return (
    <Row gutter={[12, 12]}>
      {f.visits.map((v) => (
        <Col key={v.role} xs={24} sm={12} lg={6}>
          <Card size="small" data-testid={`wpe-visits-${v.role}`}>
            <Typography.Text type="secondary">
              {t('wpe.visitsFigure', { role: t(`wpe.role.${v.role}`) })}
            </Typography.Text>
            <div style={{ fontSize: 22, margin: '4px 0' }} data-testid="wpe-visits-count">
              {v.target !== null
                ? t('wpe.visitsOf', { done: v.done, target: v.target })
                : t('wpe.visitsNoTarget', { done: v.done })}
            </div>
            {v.target !== null && v.target > 0 && (
              <Progress
                percent={Math.min(100, Math.round((v.done / v.target) * 100))}
                status={v.done >= v.target ? 'success' : 'active'}
                size="small"
                aria-label={t('wpe.visitsFigure', { role: t(`wpe.role.${v.role}`) })}
              />
            )}
          </Card>
        </Col>
      ))}
      <Col xs={24} sm={12} lg={6}>
        <Card size="small">
          <Statistic title={t('wpe.instructionsFigure')} value={f.instructions} />
          <Typography.Text type="secondary">{t('wpe.instructionsOn', { n: f.reportsInstructed })}</Typography.Text>
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" data-testid="wpe-requests-figure">
          <Typography.Text type="secondary">{t('wpe.requestsFigure')}</Typography.Text>
          <div style={{ fontSize: 22, margin: '4px 0' }}>
            {r.answered} / {r.total}
          </div>
          <Space wrap size={4}>
            <Tag color="green">
              {t('wpe.adopted')} {r.adopted}
            </Tag>
            <Tag color="blue">
              {t('wpe.partly')} {r.partly}
            </Tag>
            <Tag>
              {t('wpe.declined')} {r.declined}
            </Tag>
            {r.overdue > 0 && (
              <Tag color="error">
                {t('wpe.overdue')} {r.overdue}
              </Tag>
            )}
          </Space>
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('wpe.awaiting')} data-testid="wpe-awaiting">
          <Typography.Text strong>{t('wpe.awaitingReports')}</Typography.Text>
          <List
            size="small"
            dataSource={f.awaiting.reports}
            locale={{ emptyText: <Typography.Text type="secondary">{t('wpe.none')}</Typography.Text> }}
            renderItem={(x) => (
              <List.Item>
                <Link to={`/workplan/reports/${x.id}`}>{x.title}</Link>
              </List.Item>
            )}
          />
          <Typography.Text strong>{t('wpe.awaitingRequests')}</Typography.Text>
          <List
            size="small"
            dataSource={f.awaiting.requests}
            locale={{ emptyText: <Typography.Text type="secondary">{t('wpe.none')}</Typography.Text> }}
            renderItem={(x) => (
              <List.Item>
                {x.title}
                <Typography.Text type="secondary"> · {formatDate(x.deadline)}</Typography.Text>
              </List.Item>
            )}
          />
        </Card>
      </Col>
    </Row>
  );
}
