import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Input, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useCan } from '../../api/auth';
import { useIndicators, type IndicatorView } from '../../api/indicators';
import { formatNumber } from '../../lib/dates';
import { IndicatorFormModal } from './IndicatorFormModal';
import { formatFigure, opLabel } from './labels';

/** How the figure is built, in one line: "Tỷ lệ: Hộ nghèo / Tổng số hộ × 100", "Đếm đơn vị có giá trị ≥ 19". */
function aggregationText(i: IndicatorView): string {
  if (i.aggregation === 'ratio' && i.numerator && i.denominator) {
    return `${i.numerator.name} / ${i.denominator.name}${i.ratioScale !== 1 ? ` × ${formatNumber(i.ratioScale)}` : ''}`;
  }
  if (i.aggregation === 'count' && i.condition) return `Đơn vị có giá trị ${opLabel(i.condition.op)} ${formatFigure({ ...i, aggregation: 'sum' }, i.condition.value)}`;
  return '';
}

/** "Danh mục chỉ tiêu": the catalogue every set, registration and report draws from. */
export function IndicatorListTab() {
  const [q, setQ] = useState<string>();
  const [includeInactive, setIncludeInactive] = useState(false);
  const list = useIndicators({ q, includeInactive });
  const canManage = useCan('indicator.manage');
  const [editing, setEditing] = useState<{ indicator: IndicatorView | null; open: boolean }>({ indicator: null, open: false });

  return (
    <>
      <Space wrap style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }}>
        <Space wrap>
          <Input.Search
            aria-label="Tìm chỉ tiêu"
            placeholder="Tìm theo mã, tên chỉ tiêu (không cần gõ dấu)"
            allowClear
            onSearch={(v) => setQ(v.trim() || undefined)}
            style={{ width: 400 }}
          />
          <Checkbox checked={includeInactive} onChange={(e) => setIncludeInactive(e.target.checked)}>
            Gồm chỉ tiêu ngừng sử dụng
          </Checkbox>
        </Space>
        {canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ indicator: null, open: true })}>
            Thêm chỉ tiêu
          </Button>
        )}
      </Space>
      {list.isError && <Alert type="error" showIcon title={list.error.message} style={{ marginBottom: 16 }} />}
      <Table<IndicatorView>
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 50, showTotal: (t) => `${formatNumber(t)} chỉ tiêu`, hideOnSinglePage: true }}
        locale={{ emptyText: 'Chưa có chỉ tiêu nào phù hợp.' }}
        columns={[
          { title: 'Mã', dataIndex: 'code', width: 130, render: (v: string, i) => (i.active ? v : <Tooltip title="Ngừng sử dụng"><Typography.Text delete>{v}</Typography.Text></Tooltip>) },
          { title: 'Tên chỉ tiêu', dataIndex: 'name' },
          { title: 'Đơn vị tính', dataIndex: 'unitOfMeasure', width: 120 },
          { title: 'Số chữ số thập phân', dataIndex: 'decimals', width: 110, align: 'right' },
          {
            title: 'Chiều',
            dataIndex: 'directionLabel',
            width: 150,
            render: (v: string, i) => <Tag color={i.direction === 'higher' ? 'green' : 'orange'}>{v}</Tag>,
          },
          {
            title: 'Cách tổng hợp',
            dataIndex: 'aggregationLabel',
            width: 280,
            render: (v: string, i) => {
              const extra = aggregationText(i);
              return (
                <>
                  <div>{v}</div>
                  {extra && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{extra}</Typography.Text>}
                </>
              );
            },
          },
          ...(canManage
            ? [
                {
                  title: '',
                  key: 'edit',
                  width: 56,
                  render: (_: unknown, i: IndicatorView) => (
                    <Tooltip title="Sửa chỉ tiêu">
                      <Button aria-label={`Sửa chỉ tiêu ${i.code}`} type="text" icon={<EditOutlined />} onClick={() => setEditing({ indicator: i, open: true })} />
                    </Tooltip>
                  ),
                },
              ]
            : []),
        ]}
      />
      {canManage && <IndicatorFormModal indicator={editing.indicator} open={editing.open} onClose={() => setEditing((e) => ({ ...e, open: false }))} />}
    </>
  );
}
