import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Input, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { GROUP_KIND_LABELS, type GroupSummary } from '../../../../src/shared/api/groups';
import { useCan } from '../../api/auth';
import { useGroups } from '../../api/groups';
import { AsOfLink, useAsOf } from '../../lib/asOf';
import { formatNumber } from '../../lib/dates';
import { GroupFormModal } from './GroupFormModal';

type YearChoice = number | 'all';

export function GroupListPage() {
  const { asOf } = useAsOf();
  const asOfYear = Number(asOf.slice(0, 4));
  // null = follow the year of the global "Ngày xem dữ liệu".
  const [chosenYear, setChosenYear] = useState<YearChoice | null>(null);
  const year = chosenYear ?? asOfYear;
  const [q, setQ] = useState('');
  const groups = useGroups({ year: year === 'all' ? undefined : year, q: q || undefined });
  const canManage = useCan('group.manage');
  const [creating, setCreating] = useState(false);

  const years: { value: YearChoice; label: string }[] = [{ value: 'all', label: 'Tất cả' }];
  for (let y = Math.max(asOfYear, new Date().getFullYear()) + 1; y >= 2015; y--) years.push({ value: y, label: `Năm ${y}` });

  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          Cụm/Khối thi đua
        </Typography.Title>
      }
      extra={
        canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            Thêm cụm/khối
          </Button>
        )
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Select<YearChoice> aria-label="Năm" value={year} options={years} onChange={setChosenYear} style={{ width: 180 }} />
        <Input.Search
          placeholder="Tìm theo tên cụm/khối (không cần gõ dấu)"
          allowClear
          onSearch={(v) => setQ(v.trim())}
          style={{ width: 340 }}
        />
      </Space>
      {groups.isError && <Alert type="error" showIcon title={groups.error.message} style={{ marginBottom: 16 }} />}
      <Table<GroupSummary>
        rowKey="id"
        loading={groups.isFetching}
        dataSource={groups.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: 'Chưa có cụm, khối thi đua nào phù hợp.' }}
        columns={[
          { title: 'Tên', key: 'name', render: (_, g) => <AsOfLink to={`/cum-khoi/${g.id}`}>{g.name}</AsOfLink> },
          { title: 'Loại', dataIndex: 'kind', render: (k: GroupSummary['kind']) => GROUP_KIND_LABELS[k] },
          { title: 'Năm', dataIndex: 'year', width: 90 },
          {
            title: 'Cơ quan quản lý',
            key: 'managingUnit',
            render: (_, g) => <AsOfLink to={`/don-vi/${g.managingUnit.id}`}>{g.managingUnit.name}</AsOfLink>,
          },
          { title: 'Số thành viên', dataIndex: 'memberCount', align: 'right', width: 130, render: (n: number) => formatNumber(n) },
        ]}
      />
      {canManage && <GroupFormModal mode="create" open={creating} defaultYear={year === 'all' ? asOfYear : year} onClose={() => setCreating(false)} />}
    </Card>
  );
}
