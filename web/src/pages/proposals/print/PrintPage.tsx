// The printable proposal: the standard form (案由, 提案人, 联系方式, 理由, 办法与建议) and the
// formal replies, laid out for A4. Print CSS hides the app around it; the contact line is
// filled from the roster when the viewer may read it and left for handwriting otherwise.
import { PrinterOutlined } from '@ant-design/icons';
import { Button, Result, Space, Spin } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { useApiQuery } from '../../../api/query';
import { useSession } from '../../../auth';
import { formatDate, useI18n } from '../../../i18n';
import { resultLabel } from '../resultLabel';
import '../../../i18n/areas/proposalsHandling';
import '../../../i18n/areas/proposals';

const PRINT_CSS = `
.print-sheet { background: #fff; max-width: 794px; margin: 0 auto; padding: 48px 56px; color: #000;
  font-family: "FangSong", "STFangsong", "Songti SC", "SimSun", serif; font-size: 16px; line-height: 1.8; box-shadow: 0 1px 6px rgba(0,0,0,.12); }
.print-sheet h1 { text-align: center; font-size: 26px; letter-spacing: 6px; margin: 0 0 4px; font-family: "SimHei", "Heiti SC", sans-serif; }
.print-sheet .org { text-align: center; margin-bottom: 20px; }
.print-sheet table { width: 100%; border-collapse: collapse; }
.print-sheet th, .print-sheet td { border: 1px solid #000; padding: 6px 10px; vertical-align: top; text-align: left; }
.print-sheet th { width: 96px; white-space: nowrap; font-weight: 600; }
.print-sheet .body { white-space: pre-wrap; min-height: 120px; }
.print-sheet h2 { font-size: 18px; margin: 28px 0 8px; font-family: "SimHei", "Heiti SC", sans-serif; }
.print-sheet .reply { white-space: pre-wrap; border-top: 1px dashed #999; padding-top: 8px; margin-top: 8px; }
@media print {
  @page { size: A4; margin: 18mm 16mm; }
  .ant-layout-sider, .ant-layout-header, .no-print { display: none !important; }
  .ant-layout, .ant-layout-content { padding: 0 !important; margin: 0 !important; background: #fff !important; }
  .print-sheet { box-shadow: none; padding: 0; max-width: none; }
  .print-sheet tr, .print-sheet .reply { break-inside: avoid; }
}`;

export function PrintPage() {
  const { id } = useParams();
  const { t, locale } = useI18n();
  const { me, can } = useSession();
  const navigate = useNavigate();
  const which = { path: { id: Number(id) } };
  const { data: p, error } = useApiQuery('/api/proposals/{id}', which);
  // The replies and the proposer's contact line are extras: without them the sheet still prints.
  const lead = p?.proposers.find((x) => x.role === 'lead');
  const view = useApiQuery('/api/proposals/{id}/handling', p ? which : null, { retry: false }).data;
  const contact = useApiQuery(
    '/api/members/{id}',
    lead && can('members.read') ? { path: { id: lead.memberId } } : null,
    { retry: false },
  ).data;

  if (error && !p)
    return (
      <Result
        status={error.status === 404 ? '404' : 'error'}
        title={error.status === 404 ? t('proposals.notFound') : error.message}
      />
    );
  if (!p)
    return (
      <div style={{ padding: 48, textAlign: 'center' }}>
        <Spin />
      </div>
    );
  const proposers = p.collective
    ? p.collective.name
    : p.proposers
        .filter((x) => x.status === 'accepted')
        .map((x) => x.name)
        .join('、');
  const replies = (view?.replies ?? []).filter((r) => !r.sentBack);
  const contactLine = [contact?.workUnit, contact?.phoneMasked].filter(Boolean).join('\u3000');

  return (
    <>
      <style>{PRINT_CSS}</style>
      <Space className="no-print" style={{ marginBottom: 16 }}>
        <Button onClick={() => navigate(-1)}>{t('common.back')}</Button>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="print-button">
          {t('proposalsHandling.print.button')}
        </Button>
      </Space>
      <article className="print-sheet" data-testid="print-sheet">
        <h1>{t('proposalsHandling.print.heading')}</h1>
        <div className="org">
          {me?.currentOrg.name}
          {p.numberLabel ? `\u3000${p.numberLabel}` : ''}
        </div>
        <table>
          <tbody>
            <tr>
              <th>{t('proposals.title')}</th>
              <td colSpan={3}>
                <b>{p.title}</b>
              </td>
            </tr>
            <tr>
              <th>{t('proposals.proposers')}</th>
              <td colSpan={3}>{proposers}</td>
            </tr>
            <tr>
              <th>{t('proposalsHandling.print.contact')}</th>
              <td colSpan={3}>{contactLine || '\u00a0'}</td>
            </tr>
            <tr>
              <th>{t('proposals.category')}</th>
              <td>{p.category ?? ''}</td>
              <th>{t('proposals.submittedAt')}</th>
              <td>{formatDate(p.submittedAt)}</td>
            </tr>
            <tr>
              <th>{t('proposals.reasons')}</th>
              <td colSpan={3} className="body">
                {p.reasons}
              </td>
            </tr>
            <tr>
              <th>{t('proposals.suggestions')}</th>
              <td colSpan={3} className="body">
                {p.suggestions}
              </td>
            </tr>
            {view && view.assignments.length > 0 && (
              <tr>
                <th>{t('proposalsHandling.units')}</th>
                <td colSpan={3}>
                  {view.assignments
                    .filter((a) => a.status !== 'declined' && a.status !== 'cancelled')
                    .map((a) => `${a.unitName}（${t(`proposalsHandling.role.${a.role}`)}）`)
                    .join('、')}
                </td>
              </tr>
            )}
          </tbody>
        </table>
        {replies.length > 0 && <h2>{t('proposalsHandling.replies')}</h2>}
        {replies.map((r) => (
          <section key={r.id} className="reply">
            <div>
              <b>{r.unitName}</b>
              {r.resultClass
                ? `\u3000${t('proposalsHandling.resultClass')}：${r.resultClass}（${resultLabel(locale, r.resultClass, r.resultLabel)}）`
                : ''}
            </div>
            <div>{r.body}</div>
            <div style={{ textAlign: 'right' }}>
              {r.signer ? `${t('proposalsHandling.signer')}：${r.signer}\u3000` : ''}
              {formatDate(r.createdAt)}
            </div>
          </section>
        ))}
      </article>
    </>
  );
}
