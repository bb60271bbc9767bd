import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Space, Table, Tabs, Typography, Upload } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatViDate } from '../../../../src/shared/vi-date';
import { IMPORT_TEMPLATE_URL, useConfirmImport, usePreviewImport, type ImportConfirm, type ImportPreview } from '../../api/awards';
import { useMe } from '../../api/auth';
import { toApiError } from '../../api/client';
import { UnitSearchSelect } from '../../components/UnitSearchSelect';
import { formatNumber } from '../../lib/dates';
import { useFeedback } from '../../lib/feedback';

const MAX_BYTES = 20 * 1024 * 1024;

/**
 * "Nhập lịch sử khen thưởng từ Excel": the server reads the whole book and reports every row
 * problem and every person who may already be in the registry; nothing is written until the user
 * confirms, and then only the valid rows, in one go.
 */
export function ImportPage() {
  const me = useMe().data;
  const [unitId, setUnitId] = useState<string | null>(null);
  const unit = unitId ?? me?.homeUnit.id ?? null;
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [done, setDone] = useState<ImportConfirm | null>(null);
  const [newPeople, setNewPeople] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const previewImport = usePreviewImport();
  const confirm = useConfirmImport();
  const feedback = useFeedback();

  const reset = () => {
    setFile(null);
    setPreview(null);
    setDone(null);
    setError(null);
  };

  function pick(f: File) {
    reset();
    if (!/\.xlsx$/i.test(f.name)) setError(`Tệp "${f.name}" không phải tệp Excel .xlsx.`);
    else if (f.size > MAX_BYTES) setError(`Tệp "${f.name}" lớn hơn 20 MB.`);
    else if (unit) {
      setFile(f);
      previewImport.mutate({ unitId: unit, file: f }, { onSuccess: setPreview, onError: (e) => setError(toApiError(e).message) });
    }
    return false;
  }

  function write() {
    if (!file || !preview || !unit) return;
    confirm.mutate(
      { unitId: unit, file, fingerprint: preview.fingerprint, newPeople },
      {
        onSuccess: (r) => {
          setDone(r);
          feedback.success(`Đã ghi ${formatNumber(r.written)} khen thưởng vào sổ.`);
        },
        onError: (e) => setError(toApiError(e).message),
      },
    );
  }

  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          Nhập lịch sử khen thưởng từ Excel
        </Typography.Title>
      }
      extra={
        <Button icon={<DownloadOutlined />} href={IMPORT_TEMPLATE_URL}>
          Tải mẫu Excel
        </Button>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Space wrap>
          <span>Nhập cho đơn vị</span>
          <UnitSearchSelect value={unit} initial={me?.homeUnit ?? null} allowClear={false} onChange={(id) => { setUnitId(id); reset(); }} style={{ width: 360 }} />
        </Space>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          Cần có cột “Họ và tên”, “Hình thức khen thưởng” và “Năm” (hoặc “Ngày quyết định”); các cột năm sinh, giới tính, số và ngày quyết định, đơn vị trình, loại khen thưởng được đọc nếu có. Đơn vị trình phải thuộc đơn vị đã chọn.
        </Typography.Paragraph>
        {!preview && (
          <Upload.Dragger accept=".xlsx" multiple={false} showUploadList={false} beforeUpload={pick} disabled={previewImport.isPending || !unit}>
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{previewImport.isPending ? 'Đang đọc tệp…' : 'Kéo tệp .xlsx vào đây hoặc bấm để chọn tệp'}</p>
            <p className="ant-upload-hint">Chưa có gì được ghi vào sổ cho tới khi bạn xem trước và xác nhận.</p>
          </Upload.Dragger>
        )}
        {error && <Alert type="error" showIcon title={error} role="alert" />}
        {preview && (
          <>
            <Alert
              type={done ? 'success' : preview.errors.length ? 'warning' : 'info'}
              showIcon
              title={
                done
                  ? `Đã ghi ${formatNumber(done.written)} khen thưởng: ${formatNumber(done.subjectsCreated)} đối tượng mới, ${formatNumber(done.subjectsMatched)} đối tượng đã có trong sổ; bỏ qua ${formatNumber(done.skippedRows)} dòng lỗi.`
                  : `Đọc được ${formatNumber(preview.rowsRead)} dòng: ${formatNumber(preview.validRows)} dòng hợp lệ, ${formatNumber(preview.errors.length)} lỗi, ${formatNumber(preview.duplicatePeople.length)} người có thể đã có trong sổ. Chưa ghi gì.`
              }
              description={file?.name}
            />
            <Tabs
              items={[
                {
                  key: 'errors',
                  label: `Lỗi (${preview.errors.length})`,
                  children: (
                    <Table
                      size="small"
                      rowKey={(e) => `${e.row}-${e.column}-${e.message}`}
                      dataSource={preview.errors}
                      pagination={preview.errors.length > 20 ? { pageSize: 20 } : false}
                      locale={{ emptyText: 'Không có lỗi.' }}
                      columns={[
                        { title: 'Dòng', dataIndex: 'row', width: 70 },
                        { title: 'Ô', dataIndex: 'cell', width: 70 },
                        { title: 'Cột', dataIndex: 'column', width: 200 },
                        { title: 'Nội dung', dataIndex: 'message' },
                      ]}
                    />
                  ),
                },
                {
                  key: 'dups',
                  label: `Có thể trùng người (${preview.duplicatePeople.length})`,
                  children: (
                    <Space orientation="vertical" style={{ width: '100%' }}>
                      <Checkbox checked={newPeople} onChange={(e) => setNewPeople(e.target.checked)} disabled={!!done}>
                        Đây là những người khác: tạo đối tượng mới thay vì ghi vào hồ sơ đã có
                      </Checkbox>
                      <Table
                        size="small"
                        rowKey={(d) => d.rows.join(',')}
                        dataSource={preview.duplicatePeople}
                        pagination={false}
                        locale={{ emptyText: 'Không có ai trùng với người đã có trong sổ.' }}
                        columns={[
                          { title: 'Dòng', key: 'rows', width: 100, render: (_: unknown, d: ImportPreview['duplicatePeople'][number]) => d.rows.join(', ') },
                          { title: 'Trong tệp', key: 'name', render: (_: unknown, d: ImportPreview['duplicatePeople'][number]) => `${d.fullName}${d.birthYear ? ` (${d.birthYear})` : ''} — ${d.unit.name}` },
                          {
                            title: 'Đã có trong sổ',
                            key: 'existing',
                            render: (_: unknown, d: ImportPreview['duplicatePeople'][number]) =>
                              d.existing.map((x) => (
                                <div key={x.id}>
                                  <Link to={`/khen-thuong/doi-tuong/${x.id}`}>{x.fullName}</Link>
                                  {x.birthYear ? ` (${x.birthYear})` : ''}, {x.awardCount} khen thưởng
                                </div>
                              )),
                          },
                        ]}
                      />
                    </Space>
                  ),
                },
                {
                  key: 'sample',
                  label: `Sẽ ghi (${preview.validRows})`,
                  children: (
                    <Table
                      size="small"
                      rowKey="row"
                      dataSource={preview.sample}
                      pagination={false}
                      footer={() => (preview.validRows > preview.sample.length ? `Hiển thị ${preview.sample.length} / ${formatNumber(preview.validRows)} dòng.` : null)}
                      columns={[
                        { title: 'Dòng', dataIndex: 'row', width: 70 },
                        { title: 'Họ tên / Tên tập thể', dataIndex: 'fullName' },
                        { title: 'Năm sinh', dataIndex: 'birthYear', width: 90 },
                        { title: 'Đơn vị', dataIndex: ['unit', 'name'], width: 200 },
                        { title: 'Khen thưởng', dataIndex: 'awardName' },
                        { title: 'Năm', dataIndex: 'year', width: 70 },
                        { title: 'Quyết định', key: 'd', render: (_: unknown, s: ImportPreview['sample'][number]) => [s.decisionNumber, s.decisionDate && formatViDate(s.decisionDate)].filter(Boolean).join(' ngày ') },
                        { title: 'Hồ sơ', key: 'e', width: 110, render: (_: unknown, s: ImportPreview['sample'][number]) => (s.existingSubjectId && !newPeople ? 'Đã có' : 'Mới') },
                      ]}
                    />
                  ),
                },
              ]}
            />
            <div style={{ display: 'flex', justifyContent: 'flex-end', gap: 8 }}>
              <Button onClick={reset}>{done ? 'Nhập tệp khác' : 'Sửa tệp và tải lại'}</Button>
              {!done && preview.validRows > 0 && (
                <Button type="primary" loading={confirm.isPending} onClick={write}>
                  {preview.errors.length ? `Chỉ ghi các dòng hợp lệ (${formatNumber(preview.validRows)})` : `Ghi vào sổ (${formatNumber(preview.validRows)} dòng)`}
                </Button>
              )}
            </div>
          </>
        )}
      </Space>
    </Card>
  );
}
