import { Col, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { SynthesisMeta } from '../../../api/report-editor';
import { DateInput } from '../../../components/DateInput';
import { fromIso, toIso } from '../../../lib/dates';

interface MetaValues {
  parentBody?: string;
  issuingBody?: string;
  numberSymbol?: string;
  place?: string;
  date?: Dayjs | null;
  docTypeName?: string;
  title?: string;
  recipients?: string;
  prefix?: SynthesisMeta['signature']['prefix'] | '';
  authority?: string;
  signTitle?: string;
  signerName?: string;
}

const PREFIXES: { value: NonNullable<SynthesisMeta['signature']['prefix']> | ''; label: string }[] = [
  { value: '', label: '(Người đứng đầu ký trực tiếp)' },
  { value: 'TM.', label: 'TM. — thay mặt tập thể' },
  { value: 'KT.', label: 'KT. — ký thay người đứng đầu' },
  { value: 'Q.', label: 'Q. — quyền' },
  { value: 'TL.', label: 'TL. — thừa lệnh' },
  { value: 'TUQ.', label: 'TUQ. — thừa ủy quyền' },
];

const toValues = (m: SynthesisMeta): MetaValues => ({
  parentBody: m.parentBody ?? '',
  issuingBody: m.issuingBody,
  numberSymbol: m.numberSymbol,
  place: m.place,
  date: fromIso(m.date),
  docTypeName: m.docTypeName,
  title: m.title,
  recipients: m.recipients.join('\n'),
  prefix: m.signature.prefix ?? '',
  authority: m.signature.authority ?? '',
  signTitle: m.signature.title,
  signerName: m.signature.signerName,
});

const trim = (s: string | undefined) => (s ?? '').trim();

function toMeta(v: MetaValues): SynthesisMeta {
  return {
    parentBody: trim(v.parentBody) || null,
    issuingBody: trim(v.issuingBody),
    numberSymbol: trim(v.numberSymbol),
    place: trim(v.place),
    date: toIso(v.date),
    docTypeName: trim(v.docTypeName),
    title: trim(v.title),
    recipients: (v.recipients ?? '')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
    signature: { prefix: v.prefix || null, authority: trim(v.authority) || null, title: trim(v.signTitle), signerName: trim(v.signerName) },
  };
}

/**
 * The parts of an official document (Nghị định 30/2020/NĐ-CP) around the synthesis text: issuing
 * body, number and symbol, place and date, type and summary, recipients, signature block.
 */
export function SynthesisMetaForm({ meta, disabled, onChange }: { meta: SynthesisMeta; disabled: boolean; onChange: (m: SynthesisMeta) => void }) {
  const [form] = Form.useForm<MetaValues>();
  return (
    <Form form={form} layout="vertical" initialValues={toValues(meta)} disabled={disabled} onValuesChange={(_, all) => onChange(toMeta(all))} requiredMark={false}>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item label="Cơ quan chủ quản" name="parentBody" extra="Để trống nếu không có (ví dụ: ỦY BAN NHÂN DÂN TỈNH HẬU GIANG).">
            <Input maxLength={300} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="Cơ quan ban hành" name="issuingBody">
            <Input maxLength={300} placeholder="Ví dụ: BAN THI ĐUA - KHEN THƯỞNG" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label="Số, ký hiệu" name="numberSymbol" extra="Ghi cả chữ “Số:” như trên văn bản; để trống phần số khi chưa cấp số.">
            <Input maxLength={100} placeholder="Số: 209/BC-UBND" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label="Địa danh" name="place">
            <Input maxLength={100} placeholder="Ví dụ: Cần Thơ" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label="Ngày ban hành" name="date">
            <DateInput />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label="Tên loại văn bản" name="docTypeName">
            <Input maxLength={100} placeholder="BÁO CÁO" />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item label="Trích yếu nội dung" name="title">
            <Input.TextArea maxLength={2000} autoSize={{ minRows: 1, maxRows: 4 }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="Nơi nhận" name="recipients" extra="Mỗi dòng một nơi nhận, ví dụ “- Ban Thi đua - Khen thưởng Trung ương;”.">
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="Quyền hạn ký" name="prefix">
            <Select options={PREFIXES} />
          </Form.Item>
          <Form.Item label="Thẩm quyền ký" name="authority" extra="Ví dụ: ỦY BAN NHÂN DÂN (sau TM.) hoặc CHỦ TỊCH (sau KT.).">
            <Input maxLength={300} />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} lg={12}>
              <Form.Item label="Chức vụ người ký" name="signTitle">
                <Input maxLength={300} placeholder="Ví dụ: PHÓ CHỦ TỊCH" />
              </Form.Item>
            </Col>
            <Col xs={24} lg={12}>
              <Form.Item label="Người ký" name="signerName">
                <Input maxLength={300} />
              </Form.Item>
            </Col>
          </Row>
        </Col>
      </Row>
    </Form>
  );
}
