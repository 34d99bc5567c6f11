// 覆盖情况: party-organisation coverage (CPC members in a party organisation) and party-work
// coverage (all members covered: party members in an organisation, others linked by a party
// member), computed by the server from the current roster, with the uncovered lists and their Excel.
import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Flex, List, Progress, Row, Spin, Tag, Typography } from 'antd';
import { apiUrl } from '../../../api/client';
import { useApiQuery } from '../../../api/query';
import { useI18n } from '../../../i18n';
import type { RosterMember } from './api';

export function CoverageTab() {
  const { t } = useI18n();
  const q = useApiQuery('/api/study/party/coverage', {});
  const c = q.data;
  if (q.isLoading || !c) return <Spin />;
  const pct = (r: number) => Math.round(r * 1000) / 10;
  const people = (title: string, rows: RosterMember[], testId: string) => (
    <Card size="small" title={`${title}（${rows.length}）`} data-testid={testId}>
      <List
        size="small"
        dataSource={rows}
        pagination={rows.length > 10 ? { pageSize: 10, size: 'small', simple: true } : false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('studyParty.allCovered')} /> }}
        renderItem={(m) => (
          <List.Item>
            <Flex wrap gap={6} align="center">
              <span>{m.name}</span>
              <Tag>{m.partyLabel}</Tag>
              <Typography.Text type="secondary">{[m.sector, m.committee].filter(Boolean).join(' · ')}</Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
  return (
    <Flex vertical gap={16}>
      <Typography.Text type="secondary">
        {t('studyParty.computed', { term: c.term ?? '', n: c.members })}
      </Typography.Text>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12}>
          <Card size="small" data-testid="party-org-coverage">
            <Flex gap={16} align="center">
              <Progress
                type="dashboard"
                size={96}
                percent={pct(c.partyOrgCoverage)}
                aria-label={t('studyParty.partyOrgCoverage')}
              />
              <Flex vertical>
                <Typography.Text strong>{t('studyParty.partyOrgCoverage')}</Typography.Text>
                <Typography.Text type="secondary">
                  {t('studyParty.partyOrgCoverageHint', { covered: c.partyCovered, total: c.partyMembers })}
                </Typography.Text>
              </Flex>
            </Flex>
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card size="small" data-testid="party-work-coverage">
            <Flex gap={16} align="center">
              <Progress
                type="dashboard"
                size={96}
                percent={pct(c.partyWorkCoverage)}
                aria-label={t('studyParty.partyWorkCoverage')}
              />
              <Flex vertical>
                <Typography.Text strong>{t('studyParty.partyWorkCoverage')}</Typography.Text>
                <Typography.Text type="secondary">
                  {t('studyParty.partyWorkCoverageHint', {
                    covered: c.partyCovered + c.nonPartyCovered,
                    total: c.members,
                  })}
                </Typography.Text>
              </Flex>
            </Flex>
          </Card>
        </Col>
      </Row>
      <div>
        <Button
          icon={<DownloadOutlined />}
          href={apiUrl('/api/study/party/coverage/uncovered.xlsx')}
          data-testid="export-uncovered"
        >
          {t('studyParty.export')}
        </Button>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12}>
          {people(t('studyParty.uncoveredParty'), c.uncoveredPartyMembers, 'uncovered-party')}
        </Col>
        <Col xs={24} md={12}>
          {people(t('studyParty.unlinkedNonParty'), c.unlinkedNonPartyMembers, 'unlinked-non-party')}
        </Col>
      </Row>
    </Flex>
  );
}
