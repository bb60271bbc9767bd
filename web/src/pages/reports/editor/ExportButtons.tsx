import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { toApiError } from '../../../api/client';
import { downloadFile, type ExportFormat } from '../../../api/report-editor';

const FORMATS: { format: ExportFormat; label: string }[] = [
  { format: 'docx', label: 'Tải DOCX' },
  { format: 'pdf', label: 'Tải PDF' },
  { format: 'xlsx', label: 'Tải XLSX' },
];

/**
 * "Tải DOCX / PDF / XLSX". `beforeDownload` lets the editor save pending changes first, so the file
 * holds what is on screen; returning false cancels.
 */
export function ExportButtons(props: { pathFor: (f: ExportFormat) => string; baseName: string; beforeDownload?: () => Promise<boolean> }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const run = async (format: ExportFormat) => {
    setBusy(format);
    try {
      if (props.beforeDownload && !(await props.beforeDownload())) return;
      await downloadFile(props.pathFor(format), `${props.baseName}.${format}`);
    } catch (err) {
      void message.error(toApiError(err).message);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Space.Compact>
      {FORMATS.map((f) => (
        <Button key={f.format} icon={<DownloadOutlined />} loading={busy === f.format} disabled={busy !== null && busy !== f.format} onClick={() => void run(f.format)}>
          {f.label}
        </Button>
      ))}
    </Space.Compact>
  );
}
