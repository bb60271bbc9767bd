import { Card, Col, Progress, Row, Typography } from 'antd';
import type { CampaignDetail } from '../../api/reports';
import { formatNumber } from '../../lib/dates';
import { percentText } from './labels';

type Level = CampaignDetail['byLevel'][number];

function Rate({ label, part, whole, color }: { label: string; part: number; whole: number; color?: string }) {
  const pct = whole > 0 ? Math.round((part / whole) * 100) : 0;
  return (
    <div style={{ marginBottom: 6 }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
        <Typography.Text>{label}</Typography.Text>
        <Typography.Text strong>
          {formatNumber(part)}/{formatNumber(whole)} · {percentText(part, whole)}
        </Typography.Text>
      </div>
      <Progress percent={pct} showInfo={false} size="small" strokeColor={color} aria-hidden />
    </div>
  );
}

/** Submission, timeliness and acceptance per level of the recipients (tỉnh, xã, cơ quan…) plus the whole. */
export function LevelStats({ c }: { c: CampaignDetail }) {
  const levels: Level[] = c.byLevel.length > 1 ? [...c.byLevel, { level: 'all', label: 'Tất cả đơn vị', ...c.totals }] : c.byLevel.length === 1 ? c.byLevel : [{ level: 'all', label: 'Tất cả đơn vị', ...c.totals }];
  return (
    <Row gutter={[16, 16]}>
      {levels.map((l) => (
        <Col key={l.level} xs={24} md={12} xl={8}>
          <Card size="small" title={`${l.label} (${formatNumber(l.expected)} đơn vị)`} role="group" aria-label={`Thống kê: ${l.label}`}>
            <Rate label="Đã nộp" part={l.submitted} whole={l.expected} />
            <Rate label="Nộp đúng hạn" part={l.onTime} whole={l.expected} color="#52c41a" />
            <Rate label="Đã duyệt" part={l.accepted} whole={l.expected} color="#722ed1" />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
