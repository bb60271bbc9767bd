import { Col, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import { useRegistryForms } from '../../../api/awards';
import type { DecisionItemInput } from '../../../api/award-decisions';
import { UnitSearchSelect } from '../../../components/UnitSearchSelect';
import { KIND_OPTIONS } from '../labels';

interface Values {
  subjectKind: 'ca_nhan' | 'tap_the' | 'ho_gia_dinh';
  fullName: string;
  positionTitle?: string;
  workplace?: string;
  orgUnitId: string;
  awardCode: string;
  grade?: 'nhat' | 'nhi' | 'ba';
  year?: number;
  achievement?: string;
}

/** A typed awardee (not from a dossier); the award is chosen from the registry's catalogue. */
export function AwardeeModal({ open, onClose, onAdd, year }: { open: boolean; onClose: () => void; onAdd: (i: DecisionItemInput) => void; year: number }) {
  const [form] = Form.useForm<Values>();
  const forms = useRegistryForms();
  const kind = Form.useWatch('subjectKind', form) ?? 'ca_nhan';
  const code = Form.useWatch('awardCode', form);
  const picked = forms.data?.find((f) => f.code === code);
  const submit = async () => {
    const v = await form.validateFields();
    onAdd({ ...v, awardName: picked?.name ?? v.awardCode, grade: picked?.graded ? (v.grade ?? null) : null, positionTitle: v.positionTitle || null, workplace: v.workplace || null, achievement: v.achievement || null });
    form.resetFields();
    onClose();
  };
  return (
    <Modal open={open} title="Thêm người vào danh sách" onCancel={onClose} onOk={submit} okText="Thêm" width={720} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ subjectKind: 'ca_nhan', year }}>
        <Row gutter={16}>
          <Col span={8}><Form.Item name="subjectKind" label="Đối tượng"><Select options={KIND_OPTIONS} /></Form.Item></Col>
          <Col span={16}><Form.Item name="fullName" label={kind === 'ca_nhan' ? 'Họ và tên' : 'Tên tập thể'} rules={[{ required: true, message: 'Cần nhập tên.' }]}><Input /></Form.Item></Col>
        </Row>
        <Row gutter={16}>
          <Col span={12}><Form.Item name="positionTitle" label="Chức vụ"><Input /></Form.Item></Col>
          <Col span={12}><Form.Item name="workplace" label="Đơn vị công tác"><Input /></Form.Item></Col>
        </Row>
        <Form.Item name="orgUnitId" label="Thuộc đơn vị (sổ khen thưởng)" rules={[{ required: true, message: 'Cần chọn đơn vị.' }]}><UnitSearchSelect /></Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="awardCode" label="Hình thức khen thưởng" rules={[{ required: true, message: 'Cần chọn hình thức.' }]}>
              <Select showSearch optionFilterProp="label" options={(forms.data ?? []).filter((f) => f.subjects.includes(kind)).map((f) => ({ value: f.code, label: f.name }))} />
            </Form.Item>
          </Col>
          <Col span={6}>{picked?.graded && <Form.Item name="grade" label="Hạng"><Select options={[{ value: 'nhat', label: 'Hạng Nhất' }, { value: 'nhi', label: 'Hạng Nhì' }, { value: 'ba', label: 'Hạng Ba' }]} /></Form.Item>}</Col>
          <Col span={6}><Form.Item name="year" label="Năm thành tích"><InputNumber min={1945} max={2200} /></Form.Item></Col>
        </Row>
        <Form.Item name="achievement" label="Thành tích (in trên giấy chứng nhận)"><Input.TextArea rows={2} /></Form.Item>
      </Form>
    </Modal>
  );
}
