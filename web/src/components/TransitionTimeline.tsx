import { Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatViDateTime } from '../lib/dates';

export interface TransitionEntry {
  from: string;
  to: string;
  label: string;
  actorName: string | null;
  reason: string | null;
  at: string;
}

/** The history of a data workflow (movement, registration…), newest first: step, states, who, why. */
export function TransitionTimeline<S extends string>(props: {
  transitions: TransitionEntry[];
  stateTag: (state: S) => ReactNode;
  stateLabel: (state: S) => string;
  colorOf: (to: S) => string;
}) {
  const { stateTag, stateLabel, colorOf } = props;
  return (
    <Timeline
      items={[...props.transitions].reverse().map((t, i) => ({
        key: i,
        color: colorOf(t.to as S),
        content: (
          <div>
            <div>
              <Typography.Text type="secondary">{formatViDateTime(t.at)}</Typography.Text>
            </div>
            <Typography.Text strong>{t.label}</Typography.Text>{' '}
            <span aria-label={`từ ${stateLabel(t.from as S)} sang ${stateLabel(t.to as S)}`}>
              {stateTag(t.from as S)}→ {stateTag(t.to as S)}
            </span>
            <div>
              <Typography.Text type="secondary">Người thực hiện: {t.actorName ?? '—'}</Typography.Text>
            </div>
            {t.reason && <div style={{ whiteSpace: 'pre-line' }}>Lý do: {t.reason}</div>}
          </div>
        ),
      }))}
    />
  );
}
