// 基础数据: the reference data of the organisation being viewed, in four tabs. Editable
// only for the user's own organisation; a parent reads its counties' data.
import { Alert, Card, Spin, Tabs } from 'antd';
import { useSession } from '../../auth';
import { useI18n } from '../../i18n';
import { CommitteesTab } from './refdata/CommitteesTab';
import { SectorsTab } from './refdata/SectorsTab';
import { TermsTab } from './refdata/TermsTab';
import { UnitsTab } from './refdata/UnitsTab';
import { useRefData } from './useRefData';
import '../../i18n/areas/admin';

export function RefDataPage() {
  const { t } = useI18n();
  const { me, can } = useSession();
  const { data, isLoading } = useRefData(me?.currentOrg.id);
  if (!me) return null;
  const editable = can('refdata.manage') && me.currentOrg.id === me.user.orgId;
  const props = data ? { data, editable } : null;
  return (
    <Card title={t('admin.refdataTitle')}>
      {!editable && (
        <Alert
          type="info"
          showIcon
          title={t('admin.readOnly', { org: me.currentOrg.name })}
          style={{ marginBottom: 16 }}
        />
      )}
      {!props ? (
        <Spin spinning={isLoading}>
          <div style={{ minHeight: 200 }} />
        </Spin>
      ) : (
        <Tabs
          destroyOnHidden={false}
          items={[
            { key: 'terms', label: t('admin.tabTerms'), children: <TermsTab {...props} /> },
            { key: 'sectors', label: t('admin.tabSectors'), children: <SectorsTab {...props} /> },
            { key: 'committees', label: t('admin.tabCommittees'), children: <CommitteesTab {...props} /> },
            { key: 'units', label: t('admin.tabUnits'), children: <UnitsTab {...props} /> },
          ]}
        />
      )}
    </Card>
  );
}
