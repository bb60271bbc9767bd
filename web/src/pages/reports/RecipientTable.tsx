import { BellOutlined, UnlockOutlined } from '@ant-design/icons';
import { Button, Input, Progress, Select, Space, Table, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { formatViDate } from '../../../../src/shared/vi-date';
import { searchKey } from '../../../../src/shared/vi-text';
import type { CampaignDetail, RecipientStatus, RecipientView } from '../../api/reports';
import { AsOfLink } from '../../lib/asOf';
import { formatNumber, formatViDateTime } from '../../lib/dates';
import { ExceptionModal } from './ExceptionModal';
import { RECIPIENT_STATUS_OPTIONS, RecipientStatusTag } from './labels';
import { RemindModal } from './RemindModal';

/** Completeness arrives as a share (0–1); shown as a whole percent. */
const completenessPercent = (x: number) => Math.round(x * 1000) / 10;

/** Every unit asked to report: where its report stands, how complete it is, and the board's levers (remind, unlock). */
export function RecipientTable({ c }: { c: CampaignDetail }) {
  const [status, setStatus] = useState<RecipientStatus | undefined>();
  const [q, setQ] = useState('');
  const [selected, setSelected] = useState<string[]>([]);
  const [reminding, setReminding] = useState(false);
  const [unlocking, setUnlocking] = useState<RecipientView | null>(null);
  const manage = c.canManage;
  const rows = useMemo(
    () => c.recipients.filter((r) => (!status || r.status === status) && (!q.trim() || searchKey(r.unit.name).includes(searchKey(q)))),
    [c.recipients, status, q],
  );
  const names = c.recipients.filter((r) => selected.includes(r.unit.id)).map((r) => r.unit.name);

  return (
    <div>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search aria-label="Tìm đơn vị nhận" placeholder="Tìm đơn vị (không cần gõ dấu)" allowClear onChange={(e) => setQ(e.target.value)} style={{ width: 280 }} />
        <Select<RecipientStatus>
          aria-label="Lọc theo tình trạng"
          placeholder="Tình trạng"
          allowClear
          options={RECIPIENT_STATUS_OPTIONS}
          value={status}
          onChange={(v) => setStatus(v ?? undefined)}
          style={{ width: 180 }}
        />
        {manage && c.state === 'dang_mo' && (
          <>
            <Button icon={<BellOutlined />} onClick={() => setReminding(true)}>
              Nhắc nộp báo cáo
            </Button>
            <Typography.Text type="secondary">
              {selected.length > 0 ? `Đã chọn ${selected.length} đơn vị` : 'Không chọn đơn vị nào: nhắc mọi đơn vị chưa nộp'}
            </Typography.Text>
          </>
        )}
      </Space>
      <Table<RecipientView>
        rowKey={(r) => r.unit.id}
        size="small"
        aria-label="Đơn vị nhận yêu cầu báo cáo"
        dataSource={rows}
        rowSelection={
          manage && c.state === 'dang_mo'
            ? {
                selectedRowKeys: selected,
                onChange: (keys) => setSelected(keys.map(String)),
                getCheckboxProps: (r) => ({ 'aria-label': `Chọn ${r.unit.name}` }),
              }
            : undefined
        }
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false, showTotal: (t) => `${formatNumber(t)} đơn vị` }}
        locale={{ emptyText: 'Không có đơn vị phù hợp.' }}
        columns={[
          { title: 'Đơn vị', key: 'unit', render: (_, r) => r.unit.name },
          { title: 'Tình trạng', key: 'status', width: 150, render: (_, r) => <RecipientStatusTag status={r.status} label={r.statusLabel} /> },
          {
            title: 'Mức độ hoàn thành',
            key: 'completeness',
            width: 150,
            render: (_, r) => (
              <Progress percent={completenessPercent(r.completeness)} size="small" format={(p) => `${(p ?? 0).toLocaleString('vi-VN')}%`} aria-label={`Hoàn thành ${completenessPercent(r.completeness).toLocaleString('vi-VN')}%`} />
            ),
          },
          {
            title: 'Lỗi phát hiện',
            key: 'findings',
            width: 90,
            align: 'right',
            render: (_, r) => (r.findingCount > 0 ? <Typography.Text type="warning">{formatNumber(r.findingCount)}</Typography.Text> : '—'),
          },
          { title: 'Ngày nộp', key: 'submitted', width: 140, render: (_, r) => (r.submittedAt ? formatViDateTime(r.submittedAt) : '—') },
          {
            title: 'Mở khóa riêng',
            key: 'exception',
            width: 150,
            render: (_, r) => (
              <Space size={4}>
                <span>{r.lockExceptionUntil ? `đến ${formatViDate(r.lockExceptionUntil)}` : '—'}</span>
                {manage && (
                  <Tooltip title="Cho đơn vị sửa, nộp báo cáo sau hạn">
                    <Button size="small" type="text" icon={<UnlockOutlined />} aria-label={`Mở khóa riêng cho ${r.unit.name}`} onClick={() => setUnlocking(r)} />
                  </Tooltip>
                )}
              </Space>
            ),
          },
          {
            title: 'Nhắc lần cuối',
            key: 'reminded',
            width: 140,
            render: (_, r) => (r.lastRemindedAt ? formatViDateTime(r.lastRemindedAt) : '—'),
          },
          {
            title: 'Báo cáo',
            key: 'report',
            width: 110,
            render: (_, r) => (r.reportId ? <AsOfLink to={`/bao-cao/bao-cao/${r.reportId}`} aria-label={`Xem báo cáo của ${r.unit.name}`}>Xem báo cáo</AsOfLink> : '—'),
          },
        ]}
      />
      {manage && (
        <RemindModal
          campaignId={c.id}
          unitIds={selected}
          unitNames={names}
          open={reminding}
          onClose={() => setReminding(false)}
          onDone={() => {
            setReminding(false);
            setSelected([]);
          }}
        />
      )}
      {manage && <ExceptionModal campaignId={c.id} recipient={unlocking} onClose={() => setUnlocking(null)} />}
    </div>
  );
}
