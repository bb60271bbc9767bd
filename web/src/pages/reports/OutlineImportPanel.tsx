import { FileWordOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Space, Tabs, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useImportOutlineDocx, useImportOutlineText, type OutlineImportResponse } from '../../api/reports';

const DOCX_ACCEPT = '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Turns a pasted outline or a DOCX into a tree to review; nothing is saved here. */
export function OutlineImportPanel({ onImported }: { onImported: (r: OutlineImportResponse) => void }) {
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const importText = useImportOutlineText();
  const importDocx = useImportOutlineDocx();
  const error = importText.error ?? importDocx.error;

  return (
    <div>
      <Tabs
        onChange={() => {
          importText.reset();
          importDocx.reset();
        }}
        items={[
          {
            key: 'text',
            label: 'Nhập từ văn bản',
            children: (
              <Space orientation="vertical" style={{ width: '100%' }}>
                <Typography.Text type="secondary">
                  Dán toàn văn đề cương (kể cả dòng “Kèm theo Công văn số…”). Hệ thống nhận các mục I., II., 1., 2., a), b)… và dòng “báo cáo tương tự mục…”.
                </Typography.Text>
                <Input.TextArea
                  aria-label="Nội dung đề cương"
                  value={text}
                  onChange={(e) => setText(e.target.value)}
                  placeholder="Dán đề cương vào đây…"
                  autoSize={{ minRows: 8, maxRows: 18 }}
                />
                <Button type="primary" disabled={!text.trim()} loading={importText.isPending} onClick={() => importText.mutate(text, { onSuccess: onImported })}>
                  Phân tích đề cương
                </Button>
              </Space>
            ),
          },
          {
            key: 'docx',
            label: 'Nhập từ tệp DOCX',
            icon: <FileWordOutlined />,
            children: (
              <Space orientation="vertical" style={{ width: '100%' }}>
                <Upload.Dragger
                  accept={DOCX_ACCEPT}
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
                  <p className="ant-upload-text">Kéo tệp đề cương (.docx) vào đây hoặc bấm để chọn tệp</p>
                  <p className="ant-upload-hint">Tệp .doc cũ cần lưu lại thành .docx trong Word trước.</p>
                </Upload.Dragger>
                <Button type="primary" disabled={!file} loading={importDocx.isPending} onClick={() => file && importDocx.mutate(file, { onSuccess: onImported })}>
                  Phân tích tệp DOCX
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {error && <Alert type="error" showIcon role="alert" title={error.message} style={{ marginTop: 12 }} />}
    </div>
  );
}
