// The album (图册) as a printable page, the .docx's twin: a cover, the summary with the ranking,
// then one A4 page per visited object with its figures, the office's review and its chosen
// photos two to a row. Print CSS hides the app around it and breaks a page after each part.
import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Spin } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useApiQuery } from '../../../../api/query';
import { formatDate, useI18n } from '../../../../i18n';
import { points, type AlbumContents } from './reviewApi';

const PRINT_CSS = `
.album { max-width: 794px; margin: 0 auto; color: #000; font-family: "Songti SC", "SimSun", serif; line-height: 1.7; }
.album .sheet { background: #fff; padding: 40px 48px; margin-bottom: 24px; box-shadow: 0 1px 6px rgba(0,0,0,.12); }
.album h1, .album h2, .album h3 { font-family: "SimHei", "Heiti SC", sans-serif; margin: 0 0 12px; }
.album .cover { min-height: 900px; display: flex; flex-direction: column; justify-content: center; text-align: center; }
.album .cover h1 { font-size: 34px; letter-spacing: 4px; margin-bottom: 16px; }
.album .cover .kind { font-size: 22px; letter-spacing: 8px; margin-bottom: 48px; }
.album table { width: 100%; border-collapse: collapse; margin: 8px 0 16px; }
.album th, .album td { border: 1px solid #555; padding: 4px 8px; text-align: left; }
.album td.num, .album th.num { text-align: right; }
.album thead { display: table-header-group; }
.album .meta { color: #333; margin-bottom: 8px; }
.album .review { white-space: pre-wrap; margin-bottom: 16px; }
.album .photos { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }
.album .photos img { width: 100%; aspect-ratio: 4 / 3; object-fit: cover; display: block; }
@media (max-width: 600px) {
  .album .sheet { padding: 20px 16px; }
  .album .cover { min-height: 480px; }
  .album .cover h1 { font-size: 26px; }
  .album .table-wrap { overflow-x: auto; }
}
@media print {
  @page { size: A4; margin: 18mm 16mm; }
  .ant-layout-sider, .ant-layout-header, .no-print { display: none !important; }
  .ant-layout, .ant-layout-content { padding: 0 !important; margin: 0 !important; background: #fff !important; }
  .album { max-width: none; }
  .album .sheet { box-shadow: none; padding: 0; margin: 0; break-after: page; page-break-after: always; }
  .album .sheet:last-child { break-after: auto; page-break-after: auto; }
  .album .cover { min-height: 240mm; }
  .album tr, .album .photos img { break-inside: avoid; }
}`;

export function AlbumPrintPage() {
  const { t } = useI18n();
  const L = (k: string, v?: Record<string, string | number>) => t(`supervisionReview.${k}`, v);
  const id = Number(useParams().id);
  const c = useApiQuery('/api/supervision/campaigns/{id}', { path: { id } });
  const a = useApiQuery('/api/supervision/campaigns/{id}/album/contents', { path: { id } });
  const error = c.error ?? a.error;
  if (error) return <Alert type="error" showIcon title={error.message} />;
  if (!c.data || !a.data)
    return (
      <div style={{ padding: 48, textAlign: 'center' }}>
        <Spin />
      </div>
    );
  const campaign = c.data;
  const album = a.data;
  return (
    <>
      <style>{PRINT_CSS}</style>
      <Space className="no-print" style={{ marginBottom: 16 }} wrap>
        <Link to={`/supervision/campaigns/${id}`}>{L('printBack')}</Link>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="album-print">
          {L('printButton')}
        </Button>
      </Space>
      <div className="album" data-testid="album-print-page">
        <section className="sheet cover">
          <div>{campaign.orgName}</div>
          <h1>{campaign.title}</h1>
          <div className="kind">{L('printTitle')}</div>
          <div>{L('printPeriod', { from: formatDate(campaign.startsOn), to: formatDate(campaign.endsOn) })}</div>
        </section>
        <section className="sheet">
          <h2>{L('printSummary')}</h2>
          {campaign.description && <p style={{ whiteSpace: 'pre-wrap' }}>{campaign.description}</p>}
          <p>{L('printSummaryLine', album.summary)}</p>
          {album.objects.length === 0 ? (
            <p>{L('printEmpty')}</p>
          ) : (
            <>
              <h2>{L('printRanking')}</h2>
              <div className="table-wrap">
                <table data-testid="album-print-ranking">
                  <thead>
                    <tr>
                      <th className="num">{L('rank')}</th>
                      <th>{L('object')}</th>
                      <th>{L('district')}</th>
                      <th className="num">{L('score')}</th>
                      <th className="num">{L('spread')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {album.objects.map((o) => (
                      <tr key={o.objectId}>
                        <td className="num">{o.rank}</td>
                        <td>{o.name}</td>
                        <td>{o.district ?? ''}</td>
                        <td className="num">{points(o.score)}</td>
                        <td className="num">{points(o.spread)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </section>
        {album.objects.map((o) => (
          <ObjectPage key={o.objectId} object={o} criteria={album.criteria} />
        ))}
      </div>
    </>
  );
}

function ObjectPage(props: { object: AlbumContents['objects'][number]; criteria: AlbumContents['criteria'] }) {
  const { t } = useI18n();
  const L = (k: string, v?: Record<string, string | number>) => t(`supervisionReview.${k}`, v);
  const o = props.object;
  return (
    <section className="sheet" data-testid="album-print-object">
      <h2>{`${o.rank}. ${o.name}`}</h2>
      <div className="meta">
        {[o.district, o.category, o.address && `${L('printAddress')}：${o.address}`].filter(Boolean).join(' · ')}
      </div>
      <div className="meta">
        {`${L('score')} ${points(o.score)} · ${L('spread')} ${points(o.spread)} · ${L('visitsCount')} ${o.visits}`}
      </div>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th>{L('printCriterion')}</th>
              <th className="num">{L('printWeight')}</th>
              <th className="num">{L('printMean')}</th>
            </tr>
          </thead>
          <tbody>
            {props.criteria.map((c) => (
              <tr key={c.id}>
                <td>{c.name}</td>
                <td className="num">{c.weight}</td>
                <td className="num">{points(o.criteria.find((x) => x.criterionId === c.id)?.mean)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{L('officialReview')}</h3>
      <div className="review">{o.review ?? L('printNoReview')}</div>
      {o.photos.length > 0 && (
        <div className="photos">
          {o.photos.map((f, i) => (
            <img key={f} src={`/api/files/${f}?inline=1`} alt={`${o.name} ${i + 1}`} />
          ))}
        </div>
      )}
    </section>
  );
}
