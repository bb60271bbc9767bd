import { ThunderboltOutlined } from '@ant-design/icons';
import { Alert, Button, Input, type FormInstance } from 'antd';
import { useState } from 'react';
import { useParseCitation, type ParsedCitation } from '../../api/documents';
import { toApiError } from '../../api/client';
import { fromIso } from '../../lib/dates';
import type { DocumentFormValues } from './DocumentFields';

const EXAMPLE =
  'Ví dụ: Kế hoạch số 194/KH-UBND ngày 25/10/2022 của UBND tỉnh Hậu Giang về việc phát động phong trào thi đua…';

/** The parsed fields replace what the form held, so that nothing from an earlier paste lingers. */
function fill(form: FormInstance<DocumentFormValues>, p: ParsedCitation) {
  form.setFieldsValue({
    docType: p.docType ?? undefined,
    numberSymbol: p.numberSymbol ?? undefined,
    issuedOn: fromIso(p.issuedOn),
    issuerName: p.issuerName ?? undefined,
    title: p.title ?? undefined,
  });
  // Clear messages left from an earlier attempt on these fields.
  const filled: (keyof DocumentFormValues)[] = ['docType', 'numberSymbol', 'issuedOn', 'issuerName', 'title'];
  form.setFields(filled.map((name) => ({ name, errors: [] })));
}

/** "Dán trích dẫn văn bản": the server splits a citation into fields that the user then reviews. */
export function CitationPaste({ form }: { form: FormInstance<DocumentFormValues> }) {
  const [text, setText] = useState('');
  const parse = useParseCitation();
  const result = parse.data;

  function run() {
    if (!text.trim()) return;
    parse.mutate(text, { onSuccess: (p) => p.found && fill(form, p) });
  }

  return (
    <div style={{ marginBottom: 16 }}>
      <label htmlFor="citation-paste" style={{ display: 'block', marginBottom: 8 }}>
        Dán trích dẫn văn bản
      </label>
      <Input.TextArea
        id="citation-paste"
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={EXAMPLE}
        autoSize={{ minRows: 2, maxRows: 5 }}
        maxLength={5000}
      />
      <Button icon={<ThunderboltOutlined />} onClick={run} loading={parse.isPending} disabled={!text.trim()} style={{ marginTop: 8 }}>
        Phân tích
      </Button>
      {parse.isError && <Alert type="error" showIcon title={toApiError(parse.error).message} style={{ marginTop: 8 }} />}
      {result?.found && (
        <Alert
          type="success"
          showIcon
          title="Đã điền các trường bên dưới theo trích dẫn. Vui lòng xem lại trước khi lưu."
          style={{ marginTop: 8 }}
        />
      )}
      {result?.warnings.map((w) => (
        <Alert key={w} type="warning" showIcon title={w} style={{ marginTop: 8 }} />
      ))}
    </div>
  );
}
