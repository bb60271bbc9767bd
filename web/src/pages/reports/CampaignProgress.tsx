import { Progress, Typography } from 'antd';
import type { CampaignSummary } from '../../api/reports';
import { progressText } from './labels';

/** Submitted share as the bar, accepted share as its green part, and the counts in words. */
export function CampaignProgress({ totals }: { totals: CampaignSummary['totals'] }) {
  const { expected, submitted, accepted } = totals;
  const pct = (n: number) => (expected > 0 ? Math.round((n / expected) * 100) : 0);
  const text = progressText(totals);
  return (
    <div aria-label={`Tiến độ: ${text}`} role="group" style={{ minWidth: 160 }}>
      <Progress percent={pct(submitted)} success={{ percent: pct(accepted) }} size="small" showInfo={false} aria-hidden />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {text}
      </Typography.Text>
    </div>
  );
}
