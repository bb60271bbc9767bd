import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useCan } from '../../../api/auth';
import { useCouncils, useCreateCouncil, useMySessions } from '../../../api/award-council';
import { UnitSearchSelect } from '../../../components/UnitSearchSelect';
import { useFeedback } from '../../../lib/feedback';
import { SessionStateTag } from './parts';
import { formatViDate } from '../../../../../src/shared/vi-date';

/** "Hội đồng Thi đua - Khen thưởng": the councils the user runs or sits on, and the sessions waiting for their vote. */
export function CouncilListPage() {
  const councils = useCouncils();
  const mine = useMySessions();
  const canManage = useCan('council.manage');
  const [creating, setCreating] = useState(false);
  const open = (mine.data ?? []).filter((s) => s.state === 'dang_bieu_quyet');

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      {open.length > 0 && (
        <Alert
          type="info"
          showIcon
          title={`Có ${open.length} phiên họp đang chờ bạn biểu quyết`}
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {open.map((s) => (
                <li key={s.id}>
                  <Link to={`/khen-thuong/hoi-dong/phien/${s.id}`}>{s.title}</Link> — {s.councilName}, ngày {formatViDate(s.meetingDate)}
                </li>
              ))}
            </ul>
          }
        />
      )}
      <Card
        title={<Typography.Title level={4} style={{ margin: 0 }}>Hội đồng Thi đua - Khen thưởng</Typography.Title>}
        extra={canManage && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>Lập Hội đồng</Button>}
      >
        <Table
          rowKey="id"
          loading={councils.isLoading}
          dataSource={councils.data ?? []}
          pagination={false}
          locale={{ emptyText: 'Bạn chưa quản lý hoặc tham gia Hội đồng nào.' }}
          columns={[
            { title: 'Hội đồng', dataIndex: 'name', render: (name: string, c) => <Link to={`/khen-thuong/hoi-dong/${c.id}`}>{name}</Link> },
            { title: 'Cơ quan', render: (_, c) => c.unit.name },
            { title: 'Thành viên trong nhiệm kỳ', dataIndex: 'memberCount', align: 'right', width: 200 },
            { title: 'Vai trò của bạn', width: 180, render: (_, c) => (c.canManage ? <Tag color="blue">Quản lý</Tag> : <Tag>Thành viên</Tag>) },
          ]}
        />
      </Card>
      {(mine.data ?? []).length > 0 && (
        <Card title="Phiên họp bạn tham gia biểu quyết">
          <Table
            rowKey="id"
            dataSource={mine.data}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            columns={[
              { title: 'Phiên họp', dataIndex: 'title', render: (t: string, s) => <Link to={`/khen-thuong/hoi-dong/phien/${s.id}`}>{t}</Link> },
              { title: 'Hội đồng', dataIndex: 'councilName' },
              { title: 'Ngày họp', dataIndex: 'meetingDate', width: 120, render: (d: string) => formatViDate(d) },
              { title: 'Trạng thái', dataIndex: 'state', width: 160, render: (_: unknown, s) => <SessionStateTag state={s.state} label={s.stateLabel} /> },
            ]}
          />
        </Card>
      )}
      <CreateCouncilModal open={creating} onClose={() => setCreating(false)} />
    </Space>
  );
}

function CreateCouncilModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<{ orgUnitId: string; councilUnitId?: string; name: string }>();
  const create = useCreateCouncil();
  const feedback = useFeedback();
  const navigate = useNavigate();
  async function submit() {
    const v = await form.validateFields();
    try {
      const c = await create.mutateAsync({ orgUnitId: v.orgUnitId, councilUnitId: v.councilUnitId ?? null, name: v.name });
      feedback.success('Đã lập Hội đồng.');
      onClose();
      navigate(`/khen-thuong/hoi-dong/${c.id}`);
    } catch (err) {
      feedback.error(err, { form });
    }
  }
  return (
    <Modal open={open} title="Lập Hội đồng Thi đua - Khen thưởng" okText="Lập Hội đồng" cancelText="Hủy" onOk={() => void submit()} onCancel={onClose} confirmLoading={create.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ name: 'Hội đồng Thi đua - Khen thưởng' }}>
        <Form.Item name="orgUnitId" label="Cơ quan có Hội đồng (nhận hồ sơ đề nghị)" rules={[{ required: true, message: 'Chọn cơ quan.' }]}>
          <UnitSearchSelect placeholder="Ví dụ: Thành phố Cần Thơ" />
        </Form.Item>
        <Form.Item name="councilUnitId" label="Đơn vị Hội đồng trong cơ cấu tổ chức (nếu có)" extra="Vai trò thành viên Hội đồng của các tài khoản được giao tại đơn vị này.">
          <UnitSearchSelect placeholder="Ví dụ: Hội đồng Thi đua - Khen thưởng thành phố Cần Thơ" />
        </Form.Item>
        <Form.Item name="name" label="Tên Hội đồng" rules={[{ required: true, whitespace: true, message: 'Nhập tên Hội đồng.' }]}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
