import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Form, Input, InputNumber, Modal, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useRegistryForms } from '../../../api/awards';
import { useAddVoteSetting, useVoteSettings, type CouncilDetail } from '../../../api/award-council';
import { DateInput } from '../../../components/DateInput';
import { toIso, validityText } from '../../../lib/dates';
import { useFeedback } from '../../../lib/feedback';

/** Vote rules: the built-in defaults with their source, and the council's own dated settings. */
export function SettingsTab({ council }: { council: CouncilDetail }) {
  const settings = useVoteSettings(council.id);
  const [adding, setAdding] = useState(false);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Alert
        type="warning"
        showIcon
        title="Tỷ lệ biểu quyết là cài đặt địa phương"
        description="Nghiên cứu chưa tìm thấy tỷ lệ biểu quyết của Hội đồng theo Nghị định 98/2023 và Nghị định 152/2025; chỉ có quy định cũ (Nghị định 91/2017: bỏ phiếu kín, từ 90% tổng số thành viên). Các giá trị dưới đây là mặc định; Hội đồng thay bằng cài đặt của mình theo quy chế hoạt động. Nguyên tắc được chốt cho từng trường hợp khi mở biểu quyết."
      />
      <Typography.Title level={5}>Cài đặt của Hội đồng</Typography.Title>
      {council.canManage && (
        <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} style={{ width: 'fit-content' }}>
          Thêm nguyên tắc biểu quyết
        </Button>
      )}
      <Table
        rowKey="id"
        size="small"
        loading={settings.isLoading}
        dataSource={settings.data?.local ?? []}
        pagination={false}
        locale={{ emptyText: 'Hội đồng chưa có cài đặt riêng; áp dụng giá trị mặc định bên dưới.' }}
        columns={[
          { title: 'Danh hiệu, hình thức', dataIndex: 'awardName', width: 260 },
          { title: 'Hiệu lực', width: 220, render: (_, s) => validityText(s.validFrom, s.validTo) },
          { title: 'Nguyên tắc', dataIndex: 'text' },
          { title: 'Căn cứ', dataIndex: 'note' },
        ]}
      />
      <Typography.Title level={5}>Giá trị mặc định</Typography.Title>
      <Table
        rowKey={(d) => `${d.awards}-${d.validFrom}`}
        size="small"
        dataSource={settings.data?.defaults ?? []}
        pagination={false}
        columns={[
          { title: 'Danh hiệu, hình thức', dataIndex: 'awards', width: 260 },
          { title: 'Hiệu lực', width: 180, render: (_, d) => validityText(d.validFrom, d.validTo) },
          { title: 'Nguyên tắc', dataIndex: 'text' },
          { title: 'Nguồn', render: (_, d) => <>{d.confirmed ? <Tag color="green">Theo quy định</Tag> : <Tag color="orange">Cài đặt địa phương</Tag>} {d.source}</> },
        ]}
      />
      {adding && <SettingModal councilId={council.id} onClose={() => setAdding(false)} />}
    </Space>
  );
}

interface Values {
  awardCode?: string;
  validFrom: Dayjs;
  validTo?: Dayjs | null;
  quorumNum: number;
  quorumDen: number;
  thresholdNum: number;
  thresholdDen: number;
  strict: boolean;
  base: 'tong_so' | 'tham_gia';
  secret: boolean;
  tieBreakByChair: boolean;
  note?: string;
}

function SettingModal({ councilId, onClose }: { councilId: string; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const forms = useRegistryForms();
  const add = useAddVoteSetting(councilId);
  const feedback = useFeedback();
  async function submit() {
    const v = await form.validateFields();
    try {
      await add.mutateAsync({
        awardCode: v.awardCode ?? null, validFrom: toIso(v.validFrom)!, validTo: toIso(v.validTo ?? null),
        quorum: { num: v.quorumNum, den: v.quorumDen }, threshold: { num: v.thresholdNum, den: v.thresholdDen },
        strict: v.strict, base: v.base, secret: v.secret, tieBreakByChair: v.tieBreakByChair, note: v.note || null,
      });
      feedback.success('Đã lưu nguyên tắc biểu quyết.');
      onClose();
    } catch (err) {
      feedback.error(err, { form });
    }
  }
  return (
    <Modal open width={640} title="Thêm nguyên tắc biểu quyết" okText="Lưu" cancelText="Hủy" onOk={() => void submit()} onCancel={onClose} confirmLoading={add.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ quorumNum: 2, quorumDen: 3, thresholdNum: 1, thresholdDen: 2, strict: true, base: 'tong_so', secret: false, tieBreakByChair: true }}>
        <Form.Item name="awardCode" label="Danh hiệu, hình thức (để trống: áp dụng cho mọi danh hiệu, hình thức)">
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={(forms.data ?? []).map((f) => ({ value: f.code, label: f.name }))} />
        </Form.Item>
        <Space>
          <Form.Item name="validFrom" label="Hiệu lực từ ngày" rules={[{ required: true, message: 'Chọn ngày.' }]}><DateInput /></Form.Item>
          <Form.Item name="validTo" label="Đến ngày"><DateInput /></Form.Item>
        </Space>
        <Space align="end">
          <Form.Item name="quorumNum" label="Có mặt tối thiểu (phân số)" rules={[{ required: true }]}><InputNumber min={1} /></Form.Item>
          <span style={{ paddingBottom: 30 }}>/</span>
          <Form.Item name="quorumDen" rules={[{ required: true }]}><InputNumber min={1} /></Form.Item>
        </Space>
        <Space align="end">
          <Form.Item name="thresholdNum" label="Tỷ lệ đồng ý (phân số; 90/100 là 90%)" rules={[{ required: true }]}><InputNumber min={1} /></Form.Item>
          <span style={{ paddingBottom: 30 }}>/</span>
          <Form.Item name="thresholdDen" rules={[{ required: true }]}><InputNumber min={1} /></Form.Item>
        </Space>
        <Form.Item name="strict" valuePropName="checked"><Checkbox>Phải vượt tỷ lệ (ví dụ "quá bán": trên 1/2)</Checkbox></Form.Item>
        <Form.Item name="base" label="Tính tỷ lệ trên">
          <Radio.Group options={[{ value: 'tong_so', label: 'Tổng số thành viên Hội đồng' }, { value: 'tham_gia', label: 'Số thành viên tham gia biểu quyết' }]} />
        </Form.Item>
        <Form.Item name="secret" valuePropName="checked"><Checkbox>Bỏ phiếu kín</Checkbox></Form.Item>
        <Form.Item name="tieBreakByChair" valuePropName="checked"><Checkbox>Khi số phiếu đúng bằng ngưỡng, theo ý kiến Chủ tịch Hội đồng (chỉ với biểu quyết công khai)</Checkbox></Form.Item>
        <Form.Item name="note" label="Căn cứ (quy chế, quyết định)"><Input.TextArea rows={2} /></Form.Item>
      </Form>
    </Modal>
  );
}
