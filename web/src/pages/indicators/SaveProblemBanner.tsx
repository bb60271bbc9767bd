import { Alert, Button, Space, Typography } from 'antd';
import { formatNumber } from '../../lib/dates';
import type { SaveProblem } from './useValueEditing';

interface Props {
  problem: SaveProblem | null;
  invalidCount: number;
  saving: boolean;
  onConfirm: () => void;
  onReload: () => void;
  onDismiss: () => void;
}

/** Why nothing was saved, and what the user can do next; it stays until dismissed (a toast would vanish unread). */
export function SaveProblemBanner({ problem, invalidCount, saving, onConfirm, onReload, onDismiss }: Props) {
  return (
    <>
      {invalidCount > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={`${formatNumber(invalidCount)} ô nhập chưa đúng (tô đỏ) sẽ không được lưu. Chọn ô để xem lý do, sửa lại hoặc nhấn Delete để xóa.`}
        />
      )}
      {problem && (
        <Alert
          role="alert"
          style={{ marginBottom: 12 }}
          showIcon
          closable={{ onClose: onDismiss }}
          type={problem.kind === 'confirm' ? 'warning' : problem.kind === 'conflict' ? 'info' : 'error'}
          title={
            problem.kind === 'validation'
              ? `Chưa lưu: ${formatNumber(problem.count)} ô không đạt kiểm tra (tô đỏ).`
              : problem.kind === 'confirm'
                ? `Chưa lưu: ${formatNumber(problem.count)} ô có cảnh báo (tô vàng). Kiểm tra lại, hoặc xác nhận để vẫn lưu.`
                : problem.kind === 'conflict'
                  ? `Chưa lưu: ${formatNumber(problem.count)} ô đã được người khác sửa trong lúc bạn nhập (viền tím).`
                  : problem.kind === 'locked'
                    ? 'Chưa lưu: kỳ báo cáo đã khóa.'
                    : 'Chưa lưu được số liệu.'
          }
          description={
            <Space orientation="vertical" size={4}>
              <Typography.Text>{problem.message}</Typography.Text>
              {problem.kind === 'conflict' && (
                <Typography.Text type="secondary">Các số bạn đã nhập vẫn được giữ nguyên. Tải lại để xem số mới nhất, rồi lưu lại nếu vẫn muốn thay.</Typography.Text>
              )}
              {problem.kind !== 'locked' && problem.kind !== 'other' && <Typography.Text type="secondary">Không có ô nào được lưu. Chọn từng ô đánh dấu để xem chi tiết.</Typography.Text>}
            </Space>
          }
          action={
            problem.kind === 'confirm' ? (
              <Button size="small" type="primary" loading={saving} onClick={onConfirm}>
                Vẫn lưu
              </Button>
            ) : problem.kind === 'conflict' ? (
              <Button size="small" onClick={onReload}>
                Tải lại số liệu mới nhất
              </Button>
            ) : undefined
          }
        />
      )}
    </>
  );
}

const swatch = (bg: string, border: string) => ({ display: 'inline-block', width: 14, height: 14, background: bg, border: `1px solid ${border}`, verticalAlign: -2, marginRight: 4 });

/** What the colours mean, and the keys that work (the grid is meant for the keyboard). */
export function GridLegend() {
  return (
    <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 12 }}>
      <span style={{ marginRight: 16 }}>
        <span style={swatch('#e6f4ff', '#91caff')} />
        Đã sửa, chưa lưu
      </span>
      <span style={{ marginRight: 16 }}>
        <span style={swatch('#fff1f0', '#ff4d4f')} />
        Lỗi
      </span>
      <span style={{ marginRight: 16 }}>
        <span style={swatch('#fffbe6', '#faad14')} />
        Cảnh báo
      </span>
      <span style={{ marginRight: 16 }}>
        <span style={swatch('#f9f0ff', '#722ed1')} />
        Xung đột
      </span>
      <span style={{ marginRight: 16 }}>
        <span style={swatch('#f5f5f5', '#d9d9d9')} />
        Chỉ xem (đã khóa hoặc không có quyền)
      </span>
      <br />
      Phím tắt: mũi tên, Tab, Enter để di chuyển · gõ số để nhập (ví dụ 1.234.567,5) · F2 sửa · Esc hủy · Delete xóa · Ctrl+V dán từ Excel · chuột phải để xem lịch sử · Ctrl+S lưu.
    </Typography.Paragraph>
  );
}
