import { Alert, Card, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { formatViDate, todayInVietnam } from '../../../../src/shared/vi-date';
import { useMyReports, type RecipientStatus, type ReportSummary } from '../../api/reports';
import { AsOfLink } from '../../lib/asOf';
import { formatNumber, formatViDateTime } from '../../lib/dates';
import { RECIPIENT_STATUS_OPTIONS, RecipientStatusTag, daysLeftText } from './labels';

/** The unit still holds the report: not yet sent, or sent back. */
const open = (r: ReportSummary) => r.state === 'chua_mo' || r.state === 'dang_soan' || r.state === 'tra_lai';

function DeadlineCell({ r, today }: { r: ReportSummary; today: string }) {
  const left = daysLeftText(r.campaign.deadline, today);
  return (
    <div>
      <div>{formatViDate(r.campaign.deadline)}</div>
      {open(r) && (
        <Typography.Text type={left.overdue ? 'danger' : left.soon ? 'warning' : 'secondary'} strong={left.overdue} style={{ fontSize: 12 }}>
          {left.text}
        </Typography.Text>
      )}
    </div>
  );
}

/** "Báo cáo của đơn vị": the reports the user writes for their units, the ones due first on top. */
export function MyReportsPage() {
  const reports = useMyReports();
  const [status, setStatus] = useState<RecipientStatus | undefined>();
  const today = todayInVietnam();
  const items = [...(reports.data ?? [])]
    .filter((r) => !status || r.status === status)
    // Reports still to write first, by deadline; sent ones after, newest first.
    .sort((a, b) => Number(open(b)) - Number(open(a)) || (open(a) ? a.campaign.deadline.localeCompare(b.campaign.deadline) : b.updatedAt.localeCompare(a.updatedAt)));

  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          Báo cáo của đơn vị
        </Typography.Title>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Select<RecipientStatus>
          aria-label="Tình trạng"
          placeholder="Tình trạng"
          allowClear
          options={RECIPIENT_STATUS_OPTIONS}
          value={status}
          onChange={(v) => setStatus(v ?? undefined)}
          style={{ width: 200 }}
        />
      </Space>
      {reports.isError && <Alert type="error" showIcon title={reports.error.message} style={{ marginBottom: 16 }} />}
      <Table<ReportSummary>
        rowKey="id"
        aria-label="Báo cáo của đơn vị"
        loading={reports.isFetching}
        dataSource={items}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false, showTotal: (t) => `${formatNumber(t)} báo cáo` }}
        locale={{ emptyText: 'Đơn vị chưa nhận yêu cầu báo cáo nào.' }}
        columns={[
          { title: 'Yêu cầu báo cáo', key: 'campaign', render: (_, r) => <AsOfLink to={`/bao-cao/bao-cao/${r.id}`}>{r.campaign.name}</AsOfLink> },
          { title: 'Đơn vị báo cáo', key: 'unit', width: '13%', render: (_, r) => r.unit.name },
          { title: 'Đơn vị yêu cầu', key: 'requester', width: '13%', render: (_, r) => r.campaign.requesterUnit.name },
          { title: 'Kỳ báo cáo', key: 'period', width: '10%', render: (_, r) => r.campaign.periodLabel },
          { title: 'Hạn nộp', key: 'deadline', width: 130, render: (_, r) => <DeadlineCell r={r} today={today} /> },
          {
            title: 'Tình trạng',
            key: 'status',
            width: 170,
            render: (_, r) => (
              <div>
                <RecipientStatusTag status={r.status} label={r.statusLabel} />
                {r.submittedAt && (
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      nộp {formatViDateTime(r.submittedAt)}
                    </Typography.Text>
                  </div>
                )}
              </div>
            ),
          },
          {
            title: '',
            key: 'action',
            width: 120,
            render: (_, r) => (
              <AsOfLink to={`/bao-cao/bao-cao/${r.id}`} aria-label={`${open(r) ? 'Soạn báo cáo' : 'Xem báo cáo'}: ${r.campaign.name}`}>
                {open(r) ? 'Soạn báo cáo' : 'Xem báo cáo'}
              </AsOfLink>
            ),
          },
        ]}
      />
    </Card>
  );
}
