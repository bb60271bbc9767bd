import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, InputNumber, Modal, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useCan, useMe } from '../../../api/auth';
import { useCreateProposal, useProposals, type CreateProposalBody, type ProposalSummary } from '../../../api/award-proposals';
import { useMovements } from '../../../api/movements';
import { UnitSearchSelect } from '../../../components/UnitSearchSelect';
import { formatViDateTime } from '../../../lib/dates';
import { useFeedback } from '../../../lib/feedback';
import { ROUND_OPTIONS } from '../labels';
import { BASIS_OPTIONS, STATE_OPTIONS, stateColor, stateLabel } from './labels';

/** Hồ sơ đề nghị khen thưởng: the dossiers a unit sent, and those its body received, by state. */
export function ProposalListPage() {
  const canPropose = useCan('award.propose');
  const canReview = useCan('award.review');
  const [box, setBox] = useState<'gui' | 'nhan'>('gui');
  const [state, setState] = useState<string | undefined>();
  const [year, setYear] = useState<number | undefined>();
  const list = useProposals({ box, state, year });
  const [creating, setCreating] = useState(false);

  const columns = [
    { title: 'Hồ sơ', dataIndex: 'title', render: (t: string, r: ProposalSummary) => <Link to={`/khen-thuong/ho-so/${r.id}`}>{t}</Link> },
    { title: box === 'gui' ? 'Gửi đến' : 'Đơn vị đề nghị', render: (_: unknown, r: ProposalSummary) => (box === 'gui' ? r.receivingUnit.name : r.proposingUnit.name) },
    { title: 'Năm', dataIndex: 'year', width: 80, render: (y: number | null) => y ?? '—' },
    { title: 'Số đối tượng', dataIndex: 'nomineeCount', width: 110, align: 'right' as const },
    { title: 'Trạng thái', dataIndex: 'state', width: 200, render: (s: string) => <Tag color={stateColor(s)}>{stateLabel(s)}</Tag> },
    {
      title: 'Kiểm tra',
      dataIndex: 'blocking',
      width: 170,
      render: (n: number) => (n ? <Tag color="red">{n} vấn đề phải khắc phục</Tag> : <Tag color="green">Không có vấn đề chặn</Tag>),
    },
    { title: 'Cập nhật', dataIndex: 'updatedAt', width: 170, render: (t: string) => formatViDateTime(t) },
  ];

  return (
    <Card
      title={<Typography.Title level={4} style={{ margin: 0 }}>Hồ sơ đề nghị khen thưởng</Typography.Title>}
      extra={canPropose && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>Lập hồ sơ</Button>}
    >
      <Tabs
        activeKey={box}
        onChange={(k) => setBox(k as 'gui' | 'nhan')}
        items={[
          { key: 'gui', label: 'Hồ sơ đơn vị đề nghị' },
          ...(canReview ? [{ key: 'nhan', label: 'Hồ sơ nhận được' }] : []),
        ]}
      />
      <Space wrap style={{ marginBottom: 16 }}>
        <Select aria-label="Trạng thái" placeholder="Mọi trạng thái" allowClear style={{ width: 240 }} options={STATE_OPTIONS.map((o) => ({ value: o.value, label: o.label }))} value={state} onChange={setState} />
        <InputNumber<number> aria-label="Năm thành tích" placeholder="Năm" min={1945} max={2200} value={year ?? null} onChange={(v) => setYear(v ?? undefined)} />
      </Space>
      <Table<ProposalSummary> rowKey="id" loading={list.isLoading} dataSource={list.data ?? []} columns={columns} pagination={{ pageSize: 20 }} locale={{ emptyText: 'Chưa có hồ sơ nào.' }} />
      {creating && <CreateProposalModal onClose={() => setCreating(false)} />}
    </Card>
  );
}

function CreateProposalModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<CreateProposalBody>();
  const create = useCreateProposal();
  const feedback = useFeedback();
  const navigate = useNavigate();
  const me = useMe();
  const home = me.data?.homeUnit ?? null;
  const basis = Form.useWatch('basis', form);
  const movements = useMovements();
  const submit = async () => {
    const values = await form.validateFields();
    try {
      const p = await create.mutateAsync(values);
      feedback.success('Đã lập hồ sơ; hệ thống kiểm tra hồ sơ sau mỗi thay đổi.');
      navigate(`/khen-thuong/ho-so/${p.id}`);
    } catch (e) {
      feedback.error(e, { form });
    }
  };
  return (
    <Modal open title="Lập hồ sơ đề nghị khen thưởng" okText="Lập hồ sơ" cancelText="Hủy" onOk={submit} onCancel={onClose} confirmLoading={create.isPending} width={640}>
      <Form form={form} layout="vertical" initialValues={{ basis: 'nam', year: new Date().getFullYear() - 1, roundKind: 'thuong_xuyen', proposingUnitId: home?.id }}>
        <Form.Item name="proposingUnitId" label="Đơn vị đề nghị" rules={[{ required: true, message: 'Chọn đơn vị đề nghị.' }]}>
          <UnitSearchSelect initial={home} asOf={new Date().toISOString().slice(0, 10)} />
        </Form.Item>
        <Form.Item name="title" label="Tên hồ sơ" rules={[{ required: true, message: 'Nhập tên hồ sơ.' }]}>
          <Input placeholder="Ví dụ: Đề nghị khen thưởng tổng kết công tác năm 2025" />
        </Form.Item>
        <Space wrap>
          <Form.Item name="basis" label="Căn cứ đề nghị">
            <Select style={{ width: 220 }} options={BASIS_OPTIONS.map((o) => ({ ...o }))} />
          </Form.Item>
          <Form.Item name="year" label="Năm thành tích" rules={[{ required: basis === 'nam', message: 'Nhập năm.' }]}>
            <InputNumber<number> min={1945} max={2200} />
          </Form.Item>
          <Form.Item name="roundKind" label="Loại khen thưởng">
            <Select style={{ width: 220 }} options={ROUND_OPTIONS.map((o) => ({ ...o }))} />
          </Form.Item>
        </Space>
        {basis === 'phong_trao' && (
          <Form.Item name="movementId" label="Phong trào thi đua" rules={[{ required: true, message: 'Chọn phong trào thi đua.' }]}>
            <Select showSearch={{ optionFilterProp: 'label' }} loading={movements.isLoading} options={(movements.data ?? []).map((m) => ({ value: m.id, label: m.name }))} />
          </Form.Item>
        )}
        <Space wrap>
          <Form.Item name="documentNumber" label="Số tờ trình">
            <Input placeholder="45/TTr-UBND" />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}
