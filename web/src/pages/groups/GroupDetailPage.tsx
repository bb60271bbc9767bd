import { ArrowLeftOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Popconfirm, Result, Space, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { GROUP_KIND_LABELS } from '../../../../src/shared/api/groups';
import { formatViDate } from '../../../../src/shared/vi-date';
import { useCan } from '../../api/auth';
import { useGroup, useRemoveMember } from '../../api/groups';
import { MemberRoleTag } from '../../components/MemberRoleTag';
import { AsOfLink, useAsOf } from '../../lib/asOf';
import { formatNumber, isValidOn, validityText } from '../../lib/dates';
import { useFeedback } from '../../lib/feedback';
import { GroupFormModal } from './GroupFormModal';
import { MemberModal, type Member } from './MemberModal';

const ROLE_ORDER: Record<string, number> = { truong: 0, pho: 1, thanh_vien: 2 };

export function GroupDetailPage() {
  const { id } = useParams();
  const group = useGroup(id);
  const { asOf } = useAsOf();
  const canManage = useCan('group.manage');
  const remove = useRemoveMember(id ?? '');
  const feedback = useFeedback();
  const [editing, setEditing] = useState(false);
  const [memberDialog, setMemberDialog] = useState<{ member: Member | null } | null>(null);

  const back = (
    <AsOfLink to="/cum-khoi">
      <ArrowLeftOutlined /> Danh sách cụm/khối thi đua
    </AsOfLink>
  );
  if (group.isPending) return <Spin description="Đang tải…" />;
  if (group.isError) return <Result status="warning" title="Không xem được cụm/khối" subTitle={group.error.message} extra={back} />;

  const g = group.data;
  const members = [...g.members].sort(
    (a, b) => (ROLE_ORDER[a.role] ?? 9) - (ROLE_ORDER[b.role] ?? 9) || a.unit.name.localeCompare(b.unit.name, 'vi'),
  );

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {back}
      <Card
        title={
          <Space>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {g.name}
            </Typography.Title>
            <Tag color={g.kind === 'cum' ? 'geekblue' : 'purple'}>{GROUP_KIND_LABELS[g.kind]}</Tag>
          </Space>
        }
        extra={
          canManage && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              Sửa
            </Button>
          )
        }
      >
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'year', label: 'Năm', children: g.year },
            { key: 'unit', label: 'Cơ quan quản lý', children: <AsOfLink to={`/don-vi/${g.managingUnit.id}`}>{g.managingUnit.name}</AsOfLink> },
            { key: 'validity', label: 'Hiệu lực', children: validityText(g.validFrom, g.validTo) },
            { key: 'count', label: 'Số thành viên', children: formatNumber(g.memberCount) },
            ...(g.note ? [{ key: 'note', label: 'Ghi chú', span: 'filled' as const, children: g.note }] : []),
          ]}
        />
      </Card>
      <Card
        title="Thành viên"
        size="small"
        extra={
          canManage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setMemberDialog({ member: null })}>
              Thêm thành viên
            </Button>
          )
        }
      >
        <Table<Member>
          size="small"
          rowKey="id"
          dataSource={members}
          pagination={members.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          locale={{ emptyText: 'Cụm/khối chưa có thành viên.' }}
          columns={[
            { title: 'STT', key: 'index', width: 60, render: (_, __, i) => i + 1 },
            { title: 'Đơn vị', key: 'unit', render: (_, m) => <AsOfLink to={`/don-vi/${m.unit.id}`}>{m.unit.name}</AsOfLink> },
            { title: 'Mã', key: 'code', render: (_, m) => m.unit.code ?? '—' },
            { title: 'Vai trò', dataIndex: 'role', render: (r: string) => <MemberRoleTag role={r} /> },
            { title: 'Từ ngày', dataIndex: 'validFrom', render: (d: string) => formatViDate(d) },
            { title: 'Đến ngày', dataIndex: 'validTo', render: (d: string) => formatViDate(d) },
            {
              title: 'Vào ngày đang xem',
              key: 'state',
              render: (_, m) => (isValidOn(m.validFrom, m.validTo, asOf) ? <Tag color="green">Đang tham gia</Tag> : <Tag>Ngoài thời gian</Tag>),
            },
            ...(canManage
              ? [
                  {
                    title: '',
                    key: 'actions',
                    render: (_: unknown, m: Member) => (
                      <Space>
                        <Button size="small" onClick={() => setMemberDialog({ member: m })}>
                          Đổi vai trò
                        </Button>
                        <Popconfirm
                          title={`Bỏ ${m.unit.name} khỏi cụm/khối?`}
                          okText="Bỏ thành viên"
                          cancelText="Không"
                          okButtonProps={{ danger: true, loading: remove.isPending }}
                          onConfirm={() =>
                            remove.mutateAsync(m.id).then(
                              () => feedback.success('Đã bỏ thành viên khỏi cụm/khối.'),
                              (err: unknown) => feedback.error(err),
                            )
                          }
                        >
                          <Button size="small" danger>
                            Xóa
                          </Button>
                        </Popconfirm>
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {canManage && (
        <>
          <GroupFormModal mode="edit" open={editing} group={g} onReload={() => void group.refetch()} onClose={() => setEditing(false)} />
          <MemberModal group={g} member={memberDialog?.member ?? null} open={!!memberDialog} onClose={() => setMemberDialog(null)} />
        </>
      )}
    </Space>
  );
}
