import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Modal, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useCouncilSessions, useCreateSession, useWaitingProposals, type CouncilDetail } from '../../../api/award-council';
import { DateInput } from '../../../components/DateInput';
import { toIso } from '../../../lib/dates';
import { useFeedback } from '../../../lib/feedback';
import { formatViDate } from '../../../../../src/shared/vi-date';
import { SessionStateTag } from './parts';

export function SessionsTab({ council }: { council: CouncilDetail }) {
  const sessions = useCouncilSessions(council.id);
  const [creating, setCreating] = useState(false);
  return (
    <>
      {council.canManage && (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} style={{ marginBottom: 12 }}>
          Lập phiên họp
        </Button>
      )}
      <Table
        rowKey="id"
        loading={sessions.isLoading}
        dataSource={sessions.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: 'Chưa có phiên họp nào.' }}
        columns={[
          { title: 'Phiên họp', dataIndex: 'title', render: (t: string, s) => <Link to={`/khen-thuong/hoi-dong/phien/${s.id}`}>{t}</Link> },
          { title: 'Ngày họp', dataIndex: 'meetingDate', width: 120, render: (d: string) => formatViDate(d) },
          { title: 'Số trường hợp', dataIndex: 'itemCount', width: 130, align: 'right' },
          { title: 'Trạng thái', width: 160, render: (_, s) => <SessionStateTag state={s.state} label={s.stateLabel} /> },
        ]}
      />
      {creating && <CreateSessionModal council={council} onClose={() => setCreating(false)} />}
    </>
  );
}

function CreateSessionModal({ council, onClose }: { council: CouncilDetail; onClose: () => void }) {
  const [form] = Form.useForm<{ title: string; meetingDate: Dayjs; location?: string }>();
  const waiting = useWaitingProposals(council.id, true);
  const [picked, setPicked] = useState<string[]>([]);
  const create = useCreateSession(council.id);
  const feedback = useFeedback();
  const navigate = useNavigate();
  async function submit() {
    const v = await form.validateFields();
    try {
      const s = await create.mutateAsync({ title: v.title, meetingDate: toIso(v.meetingDate)!, location: v.location || null, proposalIds: picked });
      feedback.success('Đã lập phiên họp. Kiểm tra danh sách rồi mở biểu quyết.');
      onClose();
      navigate(`/khen-thuong/hoi-dong/phien/${s.id}`);
    } catch (err) {
      feedback.error(err, { form });
    }
  }
  return (
    <Modal open width={820} title="Lập phiên họp Hội đồng" okText="Lập phiên họp" cancelText="Hủy" okButtonProps={{ disabled: picked.length === 0 }} onOk={() => void submit()} onCancel={onClose} confirmLoading={create.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ title: `Xét đề nghị khen thưởng năm ${dayjs().year()}`, meetingDate: dayjs() }}>
        <Form.Item name="title" label="Nội dung phiên họp" rules={[{ required: true, whitespace: true, message: 'Nhập nội dung phiên họp.' }]}>
          <Input />
        </Form.Item>
        <Form.Item name="meetingDate" label="Ngày họp" extra="Chỉ thành viên có nhiệm kỳ bao gồm ngày họp mới được biểu quyết." rules={[{ required: true, message: 'Chọn ngày họp.' }]}>
          <DateInput />
        </Form.Item>
        <Form.Item name="location" label="Địa điểm">
          <Input placeholder="Ví dụ: Phòng họp Ủy ban nhân dân thành phố" />
        </Form.Item>
      </Form>
      {waiting.data?.length === 0 && <Alert type="info" showIcon title={`Không có hồ sơ nào đang ở bước "Trình Hội đồng" gửi ${council.unit.name}.`} />}
      <Table
        rowKey="id"
        size="small"
        loading={waiting.isLoading}
        dataSource={waiting.data ?? []}
        pagination={false}
        rowSelection={{ selectedRowKeys: picked, onChange: (keys) => setPicked(keys as string[]) }}
        columns={[
          { title: 'Hồ sơ đề nghị', dataIndex: 'title' },
          { title: 'Đơn vị đề nghị', render: (_, p) => p.proposingUnit.name },
          { title: 'Số tờ trình', dataIndex: 'documentNumber', width: 140 },
          { title: 'Số trường hợp', dataIndex: 'nomineeCount', width: 120, align: 'right' },
        ]}
      />
    </Modal>
  );
}
