import { Col, Form, Input, InputNumber, Modal, Row, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useCreateRecord, useRegistryForms, type CreateRecordBody, type RecordView, type SubjectProfile } from '../../api/awards';
import { useMe } from '../../api/auth';
import { DateInput } from '../../components/DateInput';
import { UnitSearchSelect } from '../../components/UnitSearchSelect';
import { toIso } from '../../lib/dates';
import { useFeedback } from '../../lib/feedback';
import { GRADE_OPTIONS, KIND_OPTIONS, LEVEL_OPTIONS, ROUND_OPTIONS, WORKER_OPTIONS } from './labels';

interface Values {
  kind: 'ca_nhan' | 'tap_the' | 'ho_gia_dinh';
  fullName: string;
  orgUnitId: string;
  birthYear?: number;
  gender?: 'nam' | 'nu';
  idNumber?: string;
  position?: string;
  workplace?: string;
  workerCategory?: (typeof WORKER_OPTIONS)[number]['value'];
  awardCode: string;
  grade?: 'nhat' | 'nhi' | 'ba';
  level?: (typeof LEVEL_OPTIONS)[number]['value'];
  year: number;
  decisionNumber?: string;
  decisionDate?: Dayjs | null;
  decidingAuthority?: string;
  roundKind?: (typeof ROUND_OPTIONS)[number]['value'];
  note?: string;
}

/** Enters one award by hand: for a subject already in the registry (from the profile) or a new one. */
export function RecordModal({ open, onClose, subject, onSaved }: { open: boolean; onClose: () => void; subject?: SubjectProfile; onSaved?: (r: RecordView) => void }) {
  const [form] = Form.useForm<Values>();
  const create = useCreateRecord();
  const forms = useRegistryForms();
  const feedback = useFeedback();
  const me = useMe().data;
  const kind = Form.useWatch('kind', form) ?? subject?.kind ?? 'ca_nhan';
  const code = Form.useWatch('awardCode', form);
  const picked = forms.data?.find((f) => f.code === code);

  async function submit() {
    const v = await form.validateFields();
    const award = {
      awardCode: v.awardCode,
      awardName: picked?.name ?? v.awardCode,
      grade: picked?.graded ? (v.grade ?? null) : null,
      ...(v.level ? { level: v.level } : {}),
      year: v.year,
      decisionNumber: v.decisionNumber || null,
      decisionDate: toIso(v.decisionDate ?? null),
      decidingAuthority: v.decidingAuthority || null,
      roundKind: v.roundKind ?? 'thuong_xuyen',
      note: v.note || null,
    };
    const body: CreateRecordBody = subject
      ? { subjectId: subject.id, ...award }
      : {
          subject: {
            kind: v.kind,
            fullName: v.fullName,
            orgUnitId: v.orgUnitId,
            birthYear: v.kind === 'ca_nhan' ? (v.birthYear ?? null) : null,
            gender: v.kind === 'ca_nhan' ? (v.gender ?? null) : null,
            idNumber: v.kind === 'ca_nhan' ? v.idNumber || null : null,
            position: v.position || null,
            workplace: v.workplace || null,
            workerCategory: v.workerCategory ?? null,
          },
          ...award,
        };
    create.mutate(body, {
      onSuccess: (r) => {
        feedback.success(`Đã ghi ${r.awardName} năm ${r.year} vào sổ khen thưởng.`);
        form.resetFields();
        onClose();
        onSaved?.(r);
      },
      onError: (e) => feedback.error(e, { form }),
    });
  }

  return (
    <Modal
      open={open}
      title={subject ? `Ghi khen thưởng cho ${subject.fullName}` : 'Ghi khen thưởng vào sổ'}
      okText="Ghi vào sổ"
      cancelText="Hủy"
      onOk={() => void submit()}
      confirmLoading={create.isPending}
      onCancel={onClose}
      width={820}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" initialValues={{ kind: 'ca_nhan', orgUnitId: me?.homeUnit.id, roundKind: 'thuong_xuyen', year: new Date().getFullYear() - 1 }}>
        {!subject && (
          <>
            <Typography.Title level={5}>Đối tượng</Typography.Title>
            <Row gutter={12}>
              <Col span={6}>
                <Form.Item name="kind" label="Loại" rules={[{ required: true }]}>
                  <Select options={KIND_OPTIONS} />
                </Form.Item>
              </Col>
              <Col span={18}>
                <Form.Item name="fullName" label={kind === 'ca_nhan' ? 'Họ và tên' : 'Tên tập thể, hộ gia đình'} rules={[{ required: true, whitespace: true, message: 'Nhập họ tên hoặc tên tập thể.' }]}>
                  <Input maxLength={300} />
                </Form.Item>
              </Col>
            </Row>
            {kind === 'ca_nhan' && (
              <Row gutter={12}>
                <Col span={6}>
                  <Form.Item name="birthYear" label="Năm sinh">
                    <InputNumber<number> min={1880} max={2200} precision={0} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col span={6}>
                  <Form.Item name="gender" label="Giới tính">
                    <Select allowClear options={[{ value: 'nam', label: 'Nam' }, { value: 'nu', label: 'Nữ' }]} />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item name="idNumber" label="Số định danh cá nhân" extra="Chỉ người quản lý sổ khen thưởng của đơn vị xem được." rules={[{ pattern: /^\d{9,12}$/, message: 'Gồm 9 đến 12 chữ số.' }]}>
                    <Input maxLength={12} />
                  </Form.Item>
                </Col>
              </Row>
            )}
            <Row gutter={12}>
              <Col span={12}>
                <Form.Item name="orgUnitId" label="Đơn vị quản lý" rules={[{ required: true, message: 'Chọn đơn vị.' }]}>
                  <UnitSearchSelect initial={me?.homeUnit ?? null} allowClear={false} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="workerCategory" label="Đối tượng lao động">
                  <Select allowClear options={[...WORKER_OPTIONS]} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="position" label="Chức vụ">
                  <Input maxLength={300} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="workplace" label="Nơi công tác">
                  <Input maxLength={300} />
                </Form.Item>
              </Col>
            </Row>
            <Typography.Title level={5}>Khen thưởng</Typography.Title>
          </>
        )}
        <Row gutter={12}>
          <Col span={picked?.graded ? 16 : 24}>
            <Form.Item name="awardCode" label="Danh hiệu, hình thức khen thưởng" rules={[{ required: true, message: 'Chọn danh hiệu, hình thức.' }]}>
              <Select<string>
                showSearch={{ optionFilterProp: 'label' }}
                loading={forms.isLoading}
                options={(forms.data ?? []).filter((f) => f.subjects.includes(subject?.kind ?? kind)).map((f) => ({ value: f.code, label: f.name }))}
              />
            </Form.Item>
          </Col>
          {picked?.graded && (
            <Col span={8}>
              <Form.Item name="grade" label="Hạng">
                <Select allowClear options={[...GRADE_OPTIONS]} />
              </Form.Item>
            </Col>
          )}
          <Col span={6}>
            <Form.Item name="year" label="Năm thành tích" rules={[{ required: true, message: 'Nhập năm.' }]}>
              <InputNumber<number> min={1945} max={2200} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={9}>
            <Form.Item name="decisionNumber" label="Số quyết định">
              <Input maxLength={100} placeholder="15/QĐ-UBND" />
            </Form.Item>
          </Col>
          <Col span={9}>
            <Form.Item name="decisionDate" label="Ngày quyết định">
              <DateInput />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="decidingAuthority" label="Cấp quyết định">
              <Input maxLength={300} placeholder="Chủ tịch UBND tỉnh" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="roundKind" label="Loại khen thưởng">
              <Select options={[...ROUND_OPTIONS]} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="level" label="Cấp khen" extra={picked ? `Mặc định: ${LEVEL_OPTIONS.find((l) => l.value === picked.level)?.label}` : undefined}>
              <Select allowClear options={[...LEVEL_OPTIONS]} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="note" label="Ghi chú">
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
