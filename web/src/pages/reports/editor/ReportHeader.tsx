import { Alert, Descriptions, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { addDays, formatViDate, todayInVietnam } from '../../../../../src/shared/vi-date';
import type { ReportDetail } from '../../../api/report-editor';
import { formatViDateTime } from '../../../lib/dates';
import { RecipientStatusTag, daysLeftText, deadlineText } from '../labels';

const OPEN_STATES = new Set(['chua_mo', 'dang_soan', 'tra_lai']);

/** Deadline with grace days, and while the report is still with the unit, how long is left. */
function Deadline({ r }: { r: ReportDetail }) {
  const c = r.campaign;
  const lastDay = addDays(c.deadline, c.graceDays);
  const left = daysLeftText(lastDay, todayInVietnam());
  return (
    <span>
      {deadlineText(c.deadline, c.graceDays)}
      {OPEN_STATES.has(r.state) && (
        <Tag color={left.overdue ? 'red' : left.soon ? 'orange' : 'default'} style={{ marginInlineStart: 8 }}>
          {left.text}
        </Tag>
      )}
      {c.graceDays > 0 && OPEN_STATES.has(r.state) && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {' '}
          (nhận đến hết ngày {formatViDate(lastDay)})
        </Typography.Text>
      )}
    </span>
  );
}

/** The report's header: what was asked, by whom, for which period and by when; its state and why it is locked or returned. */
export function ReportHeader({ r, actions }: { r: ReportDetail; actions: ReactNode }) {
  const returned = r.state === 'tra_lai' && r.returnReason;
  const lastReturn = [...r.transitions].reverse().find((t) => t.to === 'tra_lai');
  return (
    <div>
      <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap', alignItems: 'flex-start', marginBottom: 12 }}>
        <div style={{ flex: '1 1 480px' }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {r.campaign.title}
          </Typography.Title>
          <Typography.Text type="secondary">
            Báo cáo của <strong>{r.unit.name}</strong>
          </Typography.Text>{' '}
          <RecipientStatusTag status={r.status} label={r.statusLabel} />
        </div>
        {actions}
      </div>
      {returned && (
        <Alert
          type="error"
          showIcon
          title={`${r.campaign.requesterUnit.name} đã trả lại báo cáo${lastReturn ? ` ngày ${formatViDateTime(lastReturn.at).slice(0, 10)}` : ''}`}
          description={<span style={{ whiteSpace: 'pre-line' }}>Lý do: {r.returnReason}</span>}
          style={{ marginBottom: 12 }}
        />
      )}
      {r.lockedReason && <Alert type="warning" showIcon title="Báo cáo đang khóa" description={r.lockedReason} style={{ marginBottom: 12 }} />}
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          { key: 'req', label: 'Cơ quan yêu cầu', children: r.campaign.requesterUnit.name },
          { key: 'period', label: 'Kỳ báo cáo', children: r.campaign.periodLabel },
          { key: 'deadline', label: 'Hạn nộp', children: <Deadline r={r} /> },
          { key: 'unit', label: 'Đơn vị báo cáo', children: r.unit.name },
          { key: 'state', label: 'Trạng thái', children: r.stateLabel },
          {
            key: 'when',
            label: r.acceptedAt ? 'Duyệt lúc' : 'Nộp lúc',
            children: r.acceptedAt ? formatViDateTime(r.acceptedAt) : r.submittedAt ? formatViDateTime(r.submittedAt) : 'Chưa nộp',
          },
        ]}
      />
    </div>
  );
}
