// The plan's completion: the overall figures (planned, done with its rate, upcoming, overdue)
// and one bar per study kind, each with its overdue count flagged.
import { WarningOutlined } from '@ant-design/icons';
import { Card, Col, Progress, Row, Space, Statistic, Typography, theme } from 'antd';
import { useI18n } from '../../i18n';
import type { PlanView } from './planApi';

export function PlanCompletion({ view }: { view: PlanView }) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const o = view.completion.overall;
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      <Col xs={24} lg={10}>
        <Card size="small" style={{ height: '100%' }}>
          <Space size={24} align="center" wrap>
            <Progress
              type="circle"
              percent={o.rate}
              size={96}
              format={(p) => `${p}%`}
              aria-label={t('studyPlan.rate')}
              data-testid="plan-rate"
            />
            <Row gutter={[24, 8]}>
              <Col span={12}>
                <Statistic title={t('studyPlan.planned')} value={o.planned} />
              </Col>
              <Col span={12}>
                <Statistic
                  title={t('studyPlan.done')}
                  value={o.done}
                  styles={{ content: { color: token.colorSuccessText } }}
                />
              </Col>
              <Col span={12}>
                <Statistic title={t('studyPlan.upcoming')} value={o.upcoming} />
              </Col>
              <Col span={12}>
                <Statistic
                  title={t('studyPlan.overdue')}
                  value={o.overdue}
                  prefix={o.overdue ? <WarningOutlined /> : undefined}
                  styles={{ content: { color: o.overdue ? token.colorErrorText : undefined } }}
                  data-testid="plan-overdue"
                />
              </Col>
            </Row>
          </Space>
        </Card>
      </Col>
      <Col xs={24} lg={14}>
        <Card size="small" title={t('studyPlan.byKind')} style={{ height: '100%' }}>
          {view.completion.byKind.map((k) => (
            <div key={k.kind} style={{ marginBottom: 6 }} data-testid={`kind-${k.kind}`}>
              <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, flexWrap: 'wrap' }}>
                <Typography.Text>{t(`studyPlan.kind.${k.kind}`)}</Typography.Text>
                <Space size={8}>
                  <Typography.Text type="secondary">
                    {t('studyPlan.kindLine', { done: k.done, planned: k.planned })}
                  </Typography.Text>
                  {k.overdue > 0 && (
                    <Typography.Text type="danger">
                      <WarningOutlined /> {t('studyPlan.kindOverdue', { n: k.overdue })}
                    </Typography.Text>
                  )}
                </Space>
              </div>
              <Progress
                percent={k.planned ? Math.round((k.done / k.planned) * 100) : 0}
                success={{ percent: 0 }}
                size="small"
                status={k.overdue ? 'exception' : k.planned && k.done === k.planned ? 'success' : 'normal'}
                aria-label={t(`studyPlan.kind.${k.kind}`)}
              />
            </div>
          ))}
        </Card>
      </Col>
    </Row>
  );
}
