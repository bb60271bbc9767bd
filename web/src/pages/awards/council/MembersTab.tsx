import { PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form, Input, Modal, Select, Space, Table, Tag, Tooltip } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useAddMember, useUpdateMember, type CouncilDetail, type MemberView } from '../../../api/award-council';
import { useUsers } from '../../../api/accounts';
import { DateInput } from '../../../components/DateInput';
import { fromIso, toIso, validityText } from '../../../lib/dates';
import { useFeedback } from '../../../lib/feedback';
import { useDebounced } from '../../../lib/useDebounced';
import { ROLE_OPTIONS } from './parts';

type Role = MemberView['role'];
interface Values {
  userId: string;
  role: Role;
  positionTitle?: string;
  voting: boolean;
  validFrom: Dayjs;
  validTo?: Dayjs | null;
}

export function MembersTab({ council }: { council: CouncilDetail }) {
  const [editing, setEditing] = useState<MemberView | 'new' | null>(null);
  return (
    <>
      {council.canManage && (
        <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} style={{ marginBottom: 12 }}>
          Thêm thành viên
        </Button>
      )}
      <Table
        rowKey="id"
        dataSource={council.members}
        pagination={false}
        locale={{ emptyText: 'Hội đồng chưa có thành viên.' }}
        columns={[
          { title: 'Họ và tên', dataIndex: 'fullName', render: (n: string, m) => <>{n} <span style={{ color: '#8c8c8c' }}>({m.username})</span></> },
          { title: 'Chức danh trong Hội đồng', dataIndex: 'roleLabel', width: 190 },
          { title: 'Chức vụ', dataIndex: 'positionTitle' },
          { title: 'Nhiệm kỳ', width: 230, render: (_, m) => validityText(m.validFrom, m.validTo) },
          {
            title: 'Biểu quyết',
            width: 220,
            render: (_, m) => (
              <Space size={4} wrap>
                {!m.inTermToday && <Tag>Ngoài nhiệm kỳ</Tag>}
                {!m.voting && <Tag>Không biểu quyết</Tag>}
                {m.voting && m.inTermToday && (m.hasVoteRole ? <Tag color="green">Có quyền biểu quyết</Tag> : <Tooltip title="Tài khoản chưa được giao vai trò Thành viên Hội đồng hoặc Lãnh đạo tại Hội đồng/cơ quan này, nên chưa biểu quyết được."><Tag color="orange">Thiếu vai trò tài khoản</Tag></Tooltip>)}
              </Space>
            ),
          },
          ...(council.canManage ? [{ title: '', width: 80, render: (_: unknown, m: MemberView) => <Button size="small" onClick={() => setEditing(m)}>Sửa</Button> }] : []),
        ]}
      />
      {editing && <MemberModal council={council} member={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </>
  );
}

function MemberModal({ council, member, onClose }: { council: CouncilDetail; member: MemberView | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const [q, setQ] = useState('');
  const users = useUsers(useDebounced(q, 300));
  const add = useAddMember(council.id);
  const update = useUpdateMember();
  const feedback = useFeedback();
  async function submit() {
    const v = await form.validateFields();
    try {
      if (member) {
        await update.mutateAsync({ id: member.id, body: { role: v.role, positionTitle: v.positionTitle || null, voting: v.voting, validFrom: toIso(v.validFrom)!, validTo: toIso(v.validTo ?? null), version: member.version } });
      } else {
        await add.mutateAsync({ userId: v.userId, role: v.role, positionTitle: v.positionTitle || null, voting: v.voting, validFrom: toIso(v.validFrom)!, validTo: toIso(v.validTo ?? null) });
      }
      feedback.success('Đã lưu thành viên Hội đồng.');
      onClose();
    } catch (err) {
      feedback.error(err, { form, onReload: onClose });
    }
  }
  return (
    <Modal open title={member ? `Sửa thành viên: ${member.fullName}` : 'Thêm thành viên Hội đồng'} okText="Lưu" cancelText="Hủy" onOk={() => void submit()} onCancel={onClose} confirmLoading={add.isPending || update.isPending} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        initialValues={member ? { role: member.role, positionTitle: member.positionTitle ?? undefined, voting: member.voting, validFrom: fromIso(member.validFrom), validTo: fromIso(member.validTo) } : { role: 'uy_vien', voting: true }}
        onValuesChange={(changed: Partial<Values>) => {
          if (changed.role && !member) form.setFieldValue('voting', changed.role !== 'thu_ky');
        }}
      >
        {!member && (
          <Form.Item name="userId" label="Tài khoản" rules={[{ required: true, message: 'Chọn tài khoản.' }]}>
            <Select
              showSearch={{ filterOption: false, onSearch: setQ }}
              placeholder="Gõ họ tên hoặc tên đăng nhập"
              loading={users.isFetching}
              options={(users.data ?? []).map((u) => ({ value: u.id, label: `${u.fullName} (${u.username}) — ${u.homeUnit.name}` }))}
            />
          </Form.Item>
        )}
        <Form.Item name="role" label="Chức danh trong Hội đồng" rules={[{ required: true }]}>
          <Select options={ROLE_OPTIONS.map((o) => ({ ...o }))} />
        </Form.Item>
        <Form.Item name="positionTitle" label="Chức vụ (in trong biên bản)">
          <Input placeholder="Ví dụ: Giám đốc Sở Nội vụ" />
        </Form.Item>
        <Form.Item name="voting" valuePropName="checked">
          <Checkbox>Có quyền biểu quyết (Thư ký không phải thành viên thì bỏ chọn)</Checkbox>
        </Form.Item>
        <Space style={{ width: '100%' }} styles={{ item: { flex: 1 } }}>
          <Form.Item name="validFrom" label="Nhiệm kỳ từ ngày" rules={[{ required: true, message: 'Chọn ngày bắt đầu.' }]}>
            <DateInput />
          </Form.Item>
          <Form.Item name="validTo" label="Đến ngày (để trống nếu chưa kết thúc)">
            <DateInput />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}
