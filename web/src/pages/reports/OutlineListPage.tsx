import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Input, Table, Typography } from 'antd';
import { useState } from 'react';
import { searchKey } from '../../../../src/shared/vi-text';
import { useCan } from '../../api/auth';
import { useOutlines, type OutlineSummary } from '../../api/reports';
import { AsOfLink, useAsOfNavigate } from '../../lib/asOf';
import { formatNumber, formatViDateTime } from '../../lib/dates';

/** "Đề cương": the outlines reports are written against, each with its versions. */
export function OutlineListPage() {
  const outlines = useOutlines();
  const canManage = useCan('outline.manage');
  const navigate = useAsOfNavigate();
  const [q, setQ] = useState('');
  const items = (outlines.data ?? []).filter((o) => !q.trim() || searchKey(`${o.name} ${o.ownerUnit.name}`).includes(searchKey(q)));

  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          Đề cương báo cáo
        </Typography.Title>
      }
      extra={
        canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/bao-cao/de-cuong/moi')}>
            Tạo đề cương
          </Button>
        )
      }
    >
      <Input.Search
        aria-label="Tìm đề cương"
        placeholder="Tìm theo tên đề cương, đơn vị (không cần gõ dấu)"
        allowClear
        onChange={(e) => setQ(e.target.value)}
        style={{ width: 420, marginBottom: 16 }}
      />
      {outlines.isError && <Alert type="error" showIcon title={outlines.error.message} style={{ marginBottom: 16 }} />}
      <Table<OutlineSummary>
        rowKey="id"
        aria-label="Danh sách đề cương"
        loading={outlines.isFetching}
        dataSource={items}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false, showTotal: (t) => `${formatNumber(t)} đề cương` }}
        locale={{ emptyText: canManage ? 'Chưa có đề cương nào. Bấm “Tạo đề cương” để nhập đề cương từ văn bản hoặc tệp DOCX.' : 'Chưa có đề cương nào.' }}
        columns={[
          { title: 'Tên đề cương', key: 'name', render: (_, o) => <AsOfLink to={`/bao-cao/de-cuong/${o.id}`}>{o.name}</AsOfLink> },
          { title: 'Đơn vị sở hữu', key: 'owner', width: '22%', render: (_, o) => o.ownerUnit.name },
          {
            title: 'Phiên bản mới nhất',
            key: 'version',
            width: '18%',
            render: (_, o) => `Phiên bản ${o.latestVersion.number} · ${formatNumber(o.latestVersion.sectionCount)} mục`,
          },
          { title: 'Cập nhật', key: 'updated', width: '15%', render: (_, o) => formatViDateTime(o.updatedAt) },
        ]}
      />
    </Card>
  );
}
