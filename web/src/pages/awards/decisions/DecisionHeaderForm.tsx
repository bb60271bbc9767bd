import { Button, Col, Form, Input, Row, Select } from 'antd';
import { useEffect } from 'react';
import { useUpdateDecision, type DecisionView } from '../../../api/award-decisions';
import { useFeedback } from '../../../lib/feedback';

interface Values {
  title: string;
  symbol: string;
  issuingBody: string;
  parentBody?: string;
  place: string;
  decidingAuthority: string;
  authorityLine: string;
  legalBases: string;
  article1?: string;
  article2?: string;
  article3?: string;
  recipients: string;
  signerPrefix?: DecisionView['signerPrefix'];
  signerAuthority?: string;
  signerTitle: string;
  signerName?: string;
}

const lines = (s: string | undefined) => (s ?? '').split('\n').map((l) => l.trim()).filter(Boolean);

/** The draft's wording (NĐ 30/2020 parts); Điều 1 left empty is written from the list. */
export function DecisionHeaderForm({ d, onReload }: { d: DecisionView; onReload: () => void }) {
  const [form] = Form.useForm<Values>();
  const update = useUpdateDecision(d.id);
  const feedback = useFeedback();
  useEffect(() => {
    form.setFieldsValue({
      ...d,
      parentBody: d.parentBody ?? undefined,
      legalBases: d.legalBases.join('\n'),
      recipients: d.recipients.join('\n'),
      article1: d.article1 ?? undefined,
      article2: d.article2 ?? undefined,
      article3: d.article3 ?? undefined,
      signerAuthority: d.signerAuthority ?? undefined,
      signerName: d.signerName ?? undefined,
    });
  }, [d, form]);
  const save = async () => {
    const v = await form.validateFields();
    update.mutate(
      { version: d.version, ...v, parentBody: v.parentBody || null, legalBases: lines(v.legalBases), recipients: lines(v.recipients), article1: v.article1 || null, article2: v.article2 || null, article3: v.article3 || null, signerPrefix: v.signerPrefix ?? null, signerAuthority: v.signerAuthority || null, signerName: v.signerName || null },
      { onSuccess: () => feedback.success('Đã lưu dự thảo.'), onError: (e) => feedback.error(e, { form, onReload }) },
    );
  };
  const disabled = !d.canEdit;
  return (
    <Form form={form} layout="vertical" disabled={disabled}>
      <Row gutter={16}>
        <Col span={12}><Form.Item name="issuingBody" label="Cơ quan ban hành" rules={[{ required: true, message: 'Cần nhập cơ quan ban hành.' }]}><Input /></Form.Item></Col>
        <Col span={6}><Form.Item name="symbol" label="Ký hiệu" rules={[{ required: true, message: 'Cần nhập ký hiệu.' }]}><Input placeholder="QĐ-UBND" /></Form.Item></Col>
        <Col span={6}><Form.Item name="place" label="Địa danh" rules={[{ required: true, message: 'Cần nhập địa danh.' }]}><Input /></Form.Item></Col>
      </Row>
      <Form.Item name="title" label="Trích yếu" rules={[{ required: true, message: 'Cần nhập trích yếu.' }]}><Input /></Form.Item>
      <Row gutter={16}>
        <Col span={12}><Form.Item name="authorityLine" label="Dòng thẩm quyền (trên chữ QUYẾT ĐỊNH)" rules={[{ required: true, message: 'Cần nhập.' }]}><Input /></Form.Item></Col>
        <Col span={12}><Form.Item name="decidingAuthority" label="Thẩm quyền ghi vào sổ khen thưởng" rules={[{ required: true, message: 'Cần nhập.' }]}><Input /></Form.Item></Col>
      </Row>
      <Form.Item name="legalBases" label="Căn cứ (mỗi dòng một căn cứ)"><Input.TextArea autoSize={{ minRows: 2 }} /></Form.Item>
      <Form.Item name="article1" label="Điều 1" extra="Để trống để hệ thống viết theo danh sách."><Input.TextArea autoSize={{ minRows: 2 }} placeholder={d.article1Default} /></Form.Item>
      <Form.Item name="article2" label="Điều 2"><Input.TextArea autoSize={{ minRows: 1 }} /></Form.Item>
      <Form.Item name="article3" label="Điều 3"><Input.TextArea autoSize={{ minRows: 1 }} /></Form.Item>
      <Row gutter={16}>
        <Col span={8}><Form.Item name="recipients" label="Nơi nhận (mỗi dòng một nơi)"><Input.TextArea autoSize={{ minRows: 2 }} /></Form.Item></Col>
        <Col span={4}><Form.Item name="signerPrefix" label="Thẩm quyền ký"><Select allowClear options={['TM.', 'KT.', 'Q.', 'TL.', 'TUQ.'].map((v) => ({ value: v, label: v }))} /></Form.Item></Col>
        <Col span={4}><Form.Item name="signerAuthority" label="Thay cho"><Input placeholder="CHỦ TỊCH" /></Form.Item></Col>
        <Col span={4}><Form.Item name="signerTitle" label="Chức vụ người ký" rules={[{ required: true, message: 'Cần nhập.' }]}><Input /></Form.Item></Col>
        <Col span={4}><Form.Item name="signerName" label="Họ tên người ký"><Input /></Form.Item></Col>
      </Row>
      {!disabled && <Button type="primary" onClick={save} loading={update.isPending}>Lưu dự thảo</Button>}
    </Form>
  );
}
