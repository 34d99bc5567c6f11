// The home page's count tiles: each a link to the list behind it, red when a late count is not zero.
import { Card, Col, Row, Statistic } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../../i18n';

export interface Tile {
  key: string;
  value: number;
  to: string;
  /** A count that means something is late: shown in red when not zero. */
  alarm?: boolean;
}

export function Tiles({ tiles }: { tiles: Tile[] }) {
  const { t } = useI18n();
  return (
    <Row gutter={[12, 12]}>
      {tiles.map((f) => (
        <Col key={f.key} xs={12} sm={8} xl={4}>
          <Link to={f.to} data-testid={`figure-${f.key}`}>
            <Card size="small" hoverable>
              <Statistic
                title={t(`home.${f.key}`)}
                value={f.value}
                styles={f.alarm && f.value > 0 ? { content: { color: '#cf1322' } } : undefined}
              />
            </Card>
          </Link>
        </Col>
      ))}
    </Row>
  );
}
