import { Typography } from 'antd';
import { formatViDateTime } from '../../lib/dates';
import { displayNumber, type CellEdit, type CellMark, type GridColumnDef, type GridRowDef } from './gridModel';
import type { SavedCell } from './ValueGrid';

interface Props {
  row: GridRowDef;
  column: GridColumnDef;
  saved: SavedCell | undefined;
  edit: CellEdit | undefined;
  marks: CellMark[];
  conflict: string | undefined;
  readOnlyReason: string | null;
}

/**
 * What the active cell holds and why it is marked, in words: a tooltip needs a mouse, and the
 * reason a figure is refused must be readable from the keyboard too (announced politely).
 */
export function GridStatusBar({ row, column, saved, edit, marks, conflict, readOnlyReason }: Props) {
  const ind = row.indicator;
  const savedText = saved?.value !== null && saved?.value !== undefined ? `${displayNumber(saved.value, ind)} ${ind.unitOfMeasure}` : 'chưa có số liệu';
  return (
    <div className="vg-status" aria-live="polite">
      <Typography.Text strong>
        {ind.name} · {column.label}
      </Typography.Text>
      <span>Đã lưu: {savedText}</span>
      {saved?.updatedAt && (
        <Typography.Text type="secondary">
          Cập nhật {saved.updatedBy ? `bởi ${saved.updatedBy} ` : ''}lúc {formatViDateTime(saved.updatedAt)}
          {saved.source ? ` · Nguồn: ${saved.source}` : ''}
        </Typography.Text>
      )}
      {edit && !edit.error && <Typography.Text type="success">Đang sửa thành: {edit.value === null ? '(để trống)' : `${displayNumber(edit.value, ind)} ${ind.unitOfMeasure}`} — chưa lưu</Typography.Text>}
      {edit?.error && <Typography.Text type="danger">Không hợp lệ, sẽ không được lưu: {edit.error}</Typography.Text>}
      {conflict && <Typography.Text style={{ color: '#722ed1' }}>Xung đột: {conflict}</Typography.Text>}
      {marks.map((m, i) => (
        <Typography.Text key={i} type={m.severity === 'error' ? 'danger' : 'warning'}>
          {m.severity === 'error' ? 'Lỗi' : 'Cảnh báo'}: {m.message}
        </Typography.Text>
      ))}
      {readOnlyReason && <Typography.Text type="secondary">Chỉ xem: {readOnlyReason}</Typography.Text>}
    </div>
  );
}
