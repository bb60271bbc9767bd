import { EditOutlined, KeyOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Drawer, Popconfirm, Result, Space, Spin, Table, Tag } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { AssignmentView } from '../../../../src/shared/api/accounts';
import { useCan } from '../../api/auth';
import { useRemoveAssignment, useUser } from '../../api/accounts';
import { AsOfLink, useAsOf } from '../../lib/asOf';
import { isValidOn, validityText } from '../../lib/dates';
import { useFeedback } from '../../lib/feedback';
import { AssignmentModal } from './AssignmentModal';
import { EditUserModal, ResetPasswordModal } from './UserModals';

type Dialog = 'edit' | 'password' | 'assign' | null;

/** Account details over the list (route /tai-khoan/:id). */
export function UserDrawer() {
  const { id } = useParams();
  const user = useUser(id);
  const navigate = useNavigate();
  const { asOf, withAsOf } = useAsOf();
  const canManage = useCan('account.manage');
  const removeAssignment = useRemoveAssignment(id ?? '');
  const feedback = useFeedback();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);

  const u = user.data;
  return (
    <Drawer open size={760} title={u ? `${u.fullName} (${u.username})` : 'Tài khoản'} onClose={() => navigate(withAsOf('/tai-khoan'))}>
      {user.isPending && <Spin description="Đang tải…" />}
      {user.isError && <Result status="warning" title="Không xem được tài khoản" subTitle={user.error.message} />}
      {u && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          {canManage && (
            <Space wrap>
              <Button icon={<EditOutlined />} onClick={() => setDialog('edit')}>
                Sửa
              </Button>
              <Button icon={<KeyOutlined />} onClick={() => setDialog('password')}>
                Đặt lại mật khẩu
              </Button>
            </Space>
          )}
          <Descriptions
            size="small"
            bordered
            column={1}
            items={[
              { key: 'username', label: 'Tên đăng nhập', children: u.username },
              { key: 'fullName', label: 'Họ và tên', children: u.fullName },
              { key: 'email', label: 'Thư điện tử', children: u.email ?? '—' },
              { key: 'unit', label: 'Đơn vị công tác', children: <AsOfLink to={`/don-vi/${u.homeUnit.id}`}>{u.homeUnit.name}</AsOfLink> },
              {
                key: 'active',
                label: 'Trạng thái',
                children: u.active ? <Tag color="green">Đang hoạt động</Tag> : <Tag color="red">Đã khóa</Tag>,
              },
              { key: 'must', label: 'Phải đổi mật khẩu', children: u.mustChangePassword ? 'Có (khi đăng nhập lần tới)' : 'Không' },
            ]}
          />
          <Card
            size="small"
            title="Vai trò được giao"
            extra={
              canManage && (
                <Button type="primary" size="small" icon={<PlusOutlined />} onClick={() => setDialog('assign')}>
                  Giao vai trò
                </Button>
              )
            }
          >
            <Table<AssignmentView>
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={u.assignments}
              locale={{ emptyText: 'Chưa được giao vai trò nào.' }}
              columns={[
                { title: 'Vai trò', dataIndex: 'roleLabel' },
                { title: 'Đơn vị', key: 'unit', render: (_, a) => <AsOfLink to={`/don-vi/${a.orgUnit.id}`}>{a.orgUnit.name}</AsOfLink> },
                {
                  title: 'Cụm/khối',
                  key: 'group',
                  render: (_, a) => (a.group ? <AsOfLink to={`/cum-khoi/${a.group.id}`}>{a.group.name}</AsOfLink> : '—'),
                },
                {
                  title: 'Hiệu lực',
                  key: 'validity',
                  render: (_, a) => (
                    <Space orientation="vertical" size={0}>
                      <span>{validityText(a.validFrom, a.validTo)}</span>
                      {!isValidOn(a.validFrom, a.validTo, asOf) && <Tag>Không hiệu lực vào ngày đang xem</Tag>}
                    </Space>
                  ),
                },
                ...(canManage
                  ? [
                      {
                        title: '',
                        key: 'actions',
                        render: (_: unknown, a: AssignmentView) => (
                          <Popconfirm
                            title={`Thu hồi vai trò “${a.roleLabel}”?`}
                            okText="Thu hồi"
                            cancelText="Không"
                            okButtonProps={{ danger: true, loading: removeAssignment.isPending }}
                            onConfirm={() =>
                              removeAssignment.mutateAsync(a.id).then(
                                () => feedback.success('Đã thu hồi vai trò.'),
                                (err: unknown) => feedback.error(err),
                              )
                            }
                          >
                            <Button size="small" danger>
                              Thu hồi
                            </Button>
                          </Popconfirm>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          </Card>
          {canManage && (
            <>
              <EditUserModal user={u} open={dialog === 'edit'} onReload={() => void user.refetch()} onClose={close} />
              <ResetPasswordModal user={u} open={dialog === 'password'} onClose={close} />
              <AssignmentModal user={u} open={dialog === 'assign'} onClose={close} />
            </>
          )}
        </Space>
      )}
    </Drawer>
  );
}
