import { FileWordOutlined, InboxOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Collapse, Input, Row, Segmented, Space, Typography, Upload } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { toApiError } from '../../api/client';
import { useCheckDocx, useCheckText, type CheckResponse } from '../../api/checker';
import { DateInput } from '../../components/DateInput';
import { toIso } from '../../lib/dates';
import { AnnotatedText, markId } from './AnnotatedText';
import { FindingList } from './FindingList';

type Source = 'text' | 'docx';

/** "Kiểm tra báo cáo": paste a report or drop a DOCX, see its slips highlighted with the computation. */
export function CheckerPage() {
  const [source, setSource] = useState<Source>('text');
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [outline, setOutline] = useState('');
  const [date, setDate] = useState<Dayjs | null>(null);
  const [result, setResult] = useState<{ text: string; answer: CheckResponse } | null>(null);
  const [active, setActive] = useState<number | null>(null);
  const checkText = useCheckText();
  const checkDocx = useCheckDocx();
  const pending = checkText.isPending || checkDocx.isPending;
  const error = checkText.error ?? checkDocx.error;

  function run() {
    const iso = toIso(date) ?? undefined;
    setActive(null);
    if (source === 'text') {
      if (!text.trim()) return;
      checkDocx.reset();
      checkText.mutate({ text, ...(outline.trim() ? { outline } : {}), ...(iso ? { date: iso } : {}) }, { onSuccess: (answer) => setResult({ text: answer.text ?? text, answer }) });
    } else if (file) {
      checkText.reset();
      checkDocx.mutate({ file, date: iso, outline }, { onSuccess: (answer) => setResult({ text: answer.text ?? '', answer }) });
    }
  }

  function pick(index: number) {
    setActive(index);
    document.getElementById(markId(index))?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  }

  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          Kiểm tra báo cáo
        </Typography.Title>
      }
    >
      <Typography.Paragraph type="secondary">
        Hệ thống đối chiếu các con số, tỷ lệ, tổng, ngày tháng, trích dẫn văn bản và đề cương trước khi chuyên viên đọc báo cáo. Văn bản không được lưu lại.
      </Typography.Paragraph>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Segmented<Source>
          value={source}
          onChange={setSource}
          options={[
            { value: 'text', label: 'Dán nội dung' },
            { value: 'docx', label: 'Tải tệp .docx', icon: <FileWordOutlined /> },
          ]}
        />
        {source === 'text' ? (
          <Input.TextArea aria-label="Nội dung báo cáo" value={text} onChange={(e) => setText(e.target.value)} placeholder="Dán toàn văn báo cáo vào đây…" autoSize={{ minRows: 8, maxRows: 16 }} />
        ) : (
          <Upload.Dragger
            accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            maxCount={1}
            beforeUpload={(f) => {
              setFile(f);
              return false;
            }}
            onRemove={() => setFile(null)}
            fileList={file ? [{ uid: 'docx', name: file.name, status: 'done' }] : []}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">Kéo thả tệp .docx vào đây hoặc bấm để chọn tệp</p>
            <p className="ant-upload-hint">Tối đa 20 MB. Tệp có mật khẩu hoặc định dạng .doc cũ cần lưu lại thành .docx.</p>
          </Upload.Dragger>
        )}
        <Collapse
          size="small"
          items={[
            {
              key: 'more',
              label: 'Đề cương và ngày báo cáo (không bắt buộc)',
              children: (
                <Row gutter={16}>
                  <Col xs={24} md={16}>
                    <Typography.Text>Đề cương báo cáo</Typography.Text>
                    <Input.TextArea aria-label="Đề cương" value={outline} onChange={(e) => setOutline(e.target.value)} placeholder={'I. ĐẶC ĐIỂM, TÌNH HÌNH\nII. KẾT QUẢ THỰC HIỆN\n1. Công tác lãnh đạo, chỉ đạo…'} autoSize={{ minRows: 4, maxRows: 10 }} />
                  </Col>
                  <Col xs={24} md={8}>
                    <Typography.Text>Ngày của báo cáo</Typography.Text>
                    <DateInput aria-label="Ngày báo cáo" value={date} onChange={(d) => setDate(d as Dayjs | null)} />
                    <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
                      Để trống thì lấy ngày ghi ở đầu báo cáo.
                    </Typography.Paragraph>
                  </Col>
                </Row>
              ),
            },
          ]}
        />
        <Button type="primary" icon={<SafetyCertificateOutlined />} loading={pending} disabled={source === 'text' ? !text.trim() : !file} onClick={run}>
          Kiểm tra
        </Button>
        {error && <Alert type="error" showIcon title={toApiError(error).message} />}
        {result && (
          <>
            {result.answer.notices.map((n) => (
              <Alert key={n} type="warning" showIcon title={n} />
            ))}
            <Alert
              type={result.answer.findings.length ? 'info' : 'success'}
              showIcon
              title={result.answer.findings.length ? `Phát hiện ${result.answer.findings.length} vấn đề. Di chuột lên phần tô màu để xem phép tính và gợi ý sửa.` : 'Không phát hiện vấn đề nào.'}
            />
            <Row gutter={16}>
              <Col xs={24} lg={15}>
                <AnnotatedText text={result.text} findings={result.answer.findings} active={active} />
              </Col>
              <Col xs={24} lg={9}>
                <FindingList findings={result.answer.findings} onPick={pick} />
              </Col>
            </Row>
          </>
        )}
      </Space>
    </Card>
  );
}
