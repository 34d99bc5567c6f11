// Beside a similar proposal: the verdict tag (疑似重复 red, 同一主题 plain) and what coincides —
// the same title, each pair of asks that say the same, shared figures, places and bodies.
import { Tag, Typography } from 'antd';
import { useI18n } from '../../i18n';
import type { SimilarItem, SimilarReason } from '../../api/models';
import '../../i18n/areas/proposals';

export function VerdictTag({ verdict }: { verdict: SimilarItem['verdict'] }) {
  const { t } = useI18n();
  if (!verdict) return null;
  return (
    <Tag
      color={verdict === 'duplicate' ? 'error' : 'default'}
      style={{ marginInlineEnd: 0 }}
      data-testid={`verdict-${verdict}`}
    >
      {t(verdict === 'duplicate' ? 'proposals.duplicateTag' : 'proposals.relatedTag')}
    </Tag>
  );
}

export function SimilarReasons({ reasons }: { reasons: SimilarReason[] }) {
  const { t } = useI18n();
  if (!reasons.length) return null;
  const names = reasons.flatMap((r) => (r.kind === 'name' ? [r.name] : []));
  const line = { fontSize: 12, display: 'block' } as const;
  return (
    <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }} data-testid="similar-reasons">
      {reasons.some((r) => r.kind === 'title') && (
        <li>
          <Typography.Text type="secondary" style={line}>
            {t('proposals.reason.title')}
          </Typography.Text>
        </li>
      )}
      {reasons.map((r, i) =>
        r.kind === 'ask' ? (
          <li key={i}>
            <Typography.Text style={line}>
              {t('proposals.reason.ask')}
              {r.ask}
            </Typography.Text>
            {r.matched && (
              <Typography.Text type="secondary" style={line}>
                {t('proposals.reason.askMatched')}
                {r.matched}
              </Typography.Text>
            )}
          </li>
        ) : r.kind === 'figure' ? (
          <li key={i}>
            <Typography.Text type="secondary" style={line}>
              {r.matched && r.matched !== r.figure
                ? t('proposals.reason.figureMatched', { figure: r.figure, matched: r.matched })
                : t('proposals.reason.figure', { figure: r.figure })}
            </Typography.Text>
          </li>
        ) : null,
      )}
      {names.length > 0 && (
        <li>
          <Typography.Text type="secondary" style={line}>
            {t('proposals.reason.names', { names: names.join('、') })}
          </Typography.Text>
        </li>
      )}
    </ul>
  );
}
