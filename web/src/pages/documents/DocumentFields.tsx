import { Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { searchKey } from '../../../../src/shared/vi-text';
import { useDocTypes, type DocTypeOption } from '../../api/documents';
import { DateInput } from '../../components/DateInput';
import { toIso } from '../../lib/dates';

/** What the document form holds; dates as dayjs for DateInput. */
export interface DocumentFormValues {
  docType?: string;
  numberSymbol?: string;
  issuedOn?: Dayjs | null;
  issuerName?: string;
  signer?: string;
  title?: string;
  note?: string;
  ownerUnitId?: string;
}

const blankToNull = (v: string | undefined) => v?.trim() || null;

/** The editable fields as the API takes them (both for vào sổ and sửa). */
export function toDocumentFields(v: DocumentFormValues) {
  return {
    docType: v.docType ?? '',
    numberSymbol: blankToNull(v.numberSymbol),
    issuedOn: toIso(v.issuedOn),
    issuerName: v.issuerName?.trim() ?? '',
    signer: blankToNull(v.signer),
    title: v.title?.trim() ?? '',
    note: blankToNull(v.note),
  };
}

export const docTypeLabel = (t: DocTypeOption) => (t.abbr ? `${t.name} (${t.abbr})` : t.name);

/** Select of document kinds; typing filters without diacritics ("quyet dinh", "QĐ"). */
export function DocTypeSelect(props: {
  id?: string;
  'aria-label'?: string;
  value?: string;
  onChange?: (v: string | undefined) => void;
  allowClear?: boolean;
  placeholder?: string;
  style?: React.CSSProperties;
}) {
  const types = useDocTypes();
  return (
    <Select<string>
      {...props}
      loading={types.isPending}
      options={(types.data ?? []).map((t) => ({ value: t.code, label: docTypeLabel(t) }))}
      showSearch={{
        filterOption: (input, option) => searchKey(String(option?.label ?? '')).includes(searchKey(input)),
      }}
      notFoundContent={types.isError ? types.error.message : 'Không có loại văn bản phù hợp'}
    />
  );
}

/** Fields shared by the "Vào sổ văn bản" and "Sửa văn bản" forms (the owning unit is added by the caller). */
export function DocumentFields() {
  return (
    <>
      <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
        <Form.Item
          label="Loại văn bản"
          name="docType"
          rules={[{ required: true, message: 'Chọn loại văn bản.' }]}
          style={{ flex: '1 1 200px' }}
        >
          <DocTypeSelect placeholder="Chọn loại văn bản" />
        </Form.Item>
        <Form.Item label="Số, ký hiệu" name="numberSymbol" style={{ flex: '1 1 160px' }}>
          <Input placeholder="Ví dụ: 194/KH-UBND" maxLength={100} />
        </Form.Item>
        <Form.Item label="Ngày ban hành" name="issuedOn" style={{ flex: '1 1 160px' }}>
          <DateInput />
        </Form.Item>
      </div>
      <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
        <Form.Item
          label="Cơ quan ban hành"
          name="issuerName"
          rules={[{ required: true, whitespace: true, message: 'Nhập cơ quan ban hành.' }]}
          style={{ flex: '2 1 260px' }}
        >
          <Input placeholder="Ví dụ: UBND tỉnh Hậu Giang" maxLength={300} />
        </Form.Item>
        <Form.Item label="Người ký" name="signer" style={{ flex: '1 1 180px' }}>
          <Input maxLength={200} />
        </Form.Item>
      </div>
      <Form.Item label="Trích yếu" name="title" rules={[{ required: true, whitespace: true, message: 'Nhập trích yếu văn bản.' }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} placeholder="Về việc …" />
      </Form.Item>
      <Form.Item label="Ghi chú" name="note">
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={4000} />
      </Form.Item>
    </>
  );
}
