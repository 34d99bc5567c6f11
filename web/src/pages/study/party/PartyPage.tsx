// 党建工作: the study office keeps its organisation's three responsibility lists, the party
// organisation chain with its members and the liaisons of party members with non-party members;
// the office and leaders read them with the coverage computed from the roster (and its uncovered
// lists as Excel). Leaders, and the office viewing another organisation, see it read-only.
import { Card, Grid, Tabs } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { addArea, useI18n } from '../../../i18n';
import { studyParty } from '../../../i18n/messages/studyParty';
import { CoverageTab } from './CoverageTab';
import { LiaisonsTab } from './LiaisonsTab';
import { ListsTab } from './ListsTab';
import { OrgsTab } from './OrgsTab';

addArea('studyParty', studyParty);

const TABS = ['lists', 'orgs', 'liaisons', 'coverage'] as const;

export function PartyPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const mobile = !Grid.useBreakpoint().md;
  const tab = TABS.find((k) => k === params.get('tab')) ?? 'lists';
  return (
    <Card title={t('studyParty.title')} styles={{ body: mobile ? { padding: '4px 12px 12px' } : { paddingTop: 8 } }}>
      <Tabs
        size={mobile ? 'small' : 'middle'}
        tabBarGutter={mobile ? 14 : undefined}
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        items={[
          { key: 'lists', label: t('studyParty.tab.lists'), children: <ListsTab /> },
          { key: 'orgs', label: t('studyParty.tab.orgs'), children: <OrgsTab /> },
          { key: 'liaisons', label: t('studyParty.tab.liaisons'), children: <LiaisonsTab /> },
          { key: 'coverage', label: t('studyParty.tab.coverage'), children: <CoverageTab /> },
        ]}
      />
    </Card>
  );
}
