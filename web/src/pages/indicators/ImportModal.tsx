import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Space, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { toApiError } from '../../api/client';
import { useImportValues, type ImportResponse, type ValueKindName } from '../../api/indicators';
import { formatNumber } from '../../lib/dates';
import { useFeedback } from '../../lib/feedback';

type Issue = ImportResponse['errors'][number];
const MAX_BYTES = 20 * 1024 * 1024;

/**
 * "Nhập từ Excel": the server reads the whole file first and writes nothing while a cell is wrong;
 * the user fixes the file, or confirms writing only the valid figures.
 */
export function ImportModal({ open, onClose, setId, kind, kindLabel }: { open: boolean; onClose: () => void; setId: string; kind: ValueKindName; kindLabel: string }) {
  const imp = useImportValues();
  const feedback = useFeedback();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<ImportResponse | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reset = () => {
    setFile(null);
    setResult(null);
    setError(null);
    imp.reset();
  };
  const close = () => {
    reset();
    onClose();
  };

  function send(f: File, confirm: boolean) {
    setError(null);
    imp.mutate(
      { setId, kind, confirm, file: f },
      {
        onSuccess: (r) => {
          setResult(r);
          if (r.applied) feedback.success(`Đã ghi ${formatNumber(r.saved)} ô số liệu từ tệp.`);
        },
        onError: (e) => setError(toApiError(e).message),
      },
    );
  }

  function pick(f: File) {
    // Early, friendlier refusals; the server checks the same and more.
    if (!/\.xlsx$/i.test(f.name)) setError(`Tệp "${f.name}" không phải tệp Excel .xlsx. Hãy dùng tệp tải từ nút “Tải mẫu Excel”.`);
    else if (f.size > MAX_BYTES) setError(`Tệp "${f.name}" lớn hơn 20 MB.`);
    else {
      setFile(f);
      setResult(null);
      send(f, false);
    }
    return false;
  }

  const issues: (Issue & { key: string })[] = [...(result?.errors ?? []), ...(result?.warnings ?? [])].map((x, i) => ({ ...x, key: `${i}` }));
  const blocked = !!result && !result.applied;

  return (
    <Modal open={open} title={`Nhập số liệu ${kindLabel.toLowerCase()} từ Excel`} onCancel={close} width={860} destroyOnHidden footer={null}>
      {!result && (
        <Upload.Dragger accept=".xlsx" multiple={false} showUploadList={false} beforeUpload={pick} disabled={imp.isPending}>
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{imp.isPending ? 'Đang đọc tệp…' : 'Kéo tệp .xlsx vào đây hoặc bấm để chọn tệp'}</p>
          <p className="ant-upload-hint">Dùng tệp mẫu tải từ nút “Tải mẫu Excel”, giữ nguyên các cột mã. Chưa có số liệu nào được ghi cho tới khi tệp hợp lệ hoặc bạn xác nhận.</p>
        </Upload.Dragger>
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 16 }} role="alert" />}
      {result && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Alert
            type={result.applied ? 'success' : result.errors.length ? 'error' : 'warning'}
            showIcon
            title={
              result.applied
                ? `Đã ghi ${formatNumber(result.saved)} ô số liệu (đọc được ${formatNumber(result.read)} ô).`
                : `Chưa ghi số liệu nào: đọc được ${formatNumber(result.read)} ô, ${formatNumber(result.valid)} ô hợp lệ, ${formatNumber(result.errors.length)} lỗi.`
            }
            description={file?.name}
          />
          {issues.length > 0 && (
            <Table
              size="small"
              dataSource={issues}
              pagination={issues.length > 10 ? { pageSize: 10 } : false}
              columns={[
                { title: 'Trang tính', dataIndex: 'sheet', width: 160 },
                { title: 'Ô', dataIndex: 'cell', width: 70 },
                {
                  title: 'Mức độ',
                  dataIndex: 'severity',
                  width: 100,
                  render: (s: Issue['severity']) => (s === 'error' ? <Tag color="red">Lỗi</Tag> : <Tag color="gold">Cảnh báo</Tag>),
                },
                { title: 'Nội dung', dataIndex: 'message' },
              ]}
            />
          )}
          <div style={{ display: 'flex', justifyContent: 'flex-end', gap: 8 }}>
            {blocked ? (
              <>
                <Button onClick={reset}>Sửa tệp và tải lại</Button>
                {result.valid > 0 && (
                  <Button type="primary" loading={imp.isPending} onClick={() => file && send(file, true)}>
                    {result.errors.length ? `Chỉ ghi các ô hợp lệ (${formatNumber(result.valid)} ô)` : `Ghi số liệu (${formatNumber(result.valid)} ô)`}
                  </Button>
                )}
              </>
            ) : (
              <>
                <Button onClick={reset}>Nhập tệp khác</Button>
                <Button type="primary" onClick={close}>
                  Đóng
                </Button>
              </>
            )}
          </div>
          {blocked && result.errors.length > 0 && (
            <Typography.Text type="secondary">Các ô có lỗi sẽ không được ghi; sửa trong tệp rồi tải lại để ghi nốt.</Typography.Text>
          )}
        </Space>
      )}
    </Modal>
  );
}
