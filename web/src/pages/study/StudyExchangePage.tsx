// 党组学习交流: the office (and leaders) see a month's written and not-yet-written and read the
// accounts; an attendee writes his own account of the month on his phone. One who is both
// (a leader on the list) has both, as tabs.
import { Card, Grid, Tabs } from 'antd';
import { useSession } from '../../auth';
import { useI18n } from '../../i18n';
import { ExchangeMine } from './ExchangeMine';
import { ExchangeOffice } from './ExchangeOffice';
import './exchangeApi';

export function StudyExchangePage() {
  const { t } = useI18n();
  const { me, can } = useSession();
  const mobile = !Grid.useBreakpoint().md;
  const office = can('study.manage') || can('study.read_all');
  const mine = can('study.learn') && !!me?.user.memberId;
  const tabs = [
    ...(office
      ? [{ key: 'office', label: t('studyExchange.officeTab'), children: <ExchangeOffice mobile={mobile} /> }]
      : []),
    ...(mine || !office ? [{ key: 'mine', label: t('studyExchange.mineTab'), children: <ExchangeMine /> }] : []),
  ];
  return (
    <Card
      title={t('studyExchange.title')}
      style={{ maxWidth: office ? undefined : 720 }}
      styles={{ body: { padding: mobile ? 12 : 24 } }}
    >
      {tabs.length > 1 ? <Tabs items={tabs} /> : tabs[0]?.children}
    </Card>
  );
}
