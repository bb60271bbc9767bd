import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Input, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Outlet } from 'react-router';
import { ROLE_LABELS, type Role } from '../../../../src/access/roles';
import type { UserSummary } from '../../../../src/shared/api/accounts';
import { useCan } from '../../api/auth';
import { useUsers } from '../../api/accounts';
import { AsOfLink } from '../../lib/asOf';
import { CreateUserModal } from './UserModals';

export const roleLabel = (r: string) => (r in ROLE_LABELS ? ROLE_LABELS[r as Role] : r);

export function UsersPage() {
  const [q, setQ] = useState('');
  const users = useUsers(q);
  const canManage = useCan('account.manage');
  const [creating, setCreating] = useState(false);

  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          Tài khoản
        </Typography.Title>
      }
      extra={
        canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            Thêm tài khoản
          </Button>
        )
      }
    >
      <Input.Search
        placeholder="Tìm theo tên đăng nhập, họ tên (không cần gõ dấu)"
        allowClear
        onSearch={(v) => setQ(v.trim())}
        style={{ maxWidth: 420, marginBottom: 16 }}
      />
      {users.isError && <Alert type="error" showIcon title={users.error.message} style={{ marginBottom: 16 }} />}
      <Table<UserSummary>
        rowKey="id"
        loading={users.isFetching}
        dataSource={users.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: 'Không có tài khoản phù hợp.' }}
        columns={[
          { title: 'Tên đăng nhập', key: 'username', render: (_, u) => <AsOfLink to={`/tai-khoan/${u.id}`}>{u.username}</AsOfLink> },
          { title: 'Họ và tên', dataIndex: 'fullName' },
          { title: 'Đơn vị', key: 'unit', render: (_, u) => u.homeUnit.name },
          {
            title: 'Vai trò',
            key: 'roles',
            render: (_, u) => [...new Set(u.roles)].map((r) => <Tag key={r}>{roleLabel(r)}</Tag>),
          },
          {
            title: 'Trạng thái',
            dataIndex: 'active',
            render: (a: boolean) => (a ? <Tag color="green">Đang hoạt động</Tag> : <Tag color="red">Đã khóa</Tag>),
          },
        ]}
      />
      {canManage && <CreateUserModal open={creating} onClose={() => setCreating(false)} />}
      <Outlet />
    </Card>
  );
}
