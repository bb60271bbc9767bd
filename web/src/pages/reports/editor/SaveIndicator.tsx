import { CheckCircleOutlined, ExclamationCircleOutlined, LoadingOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { formatViDateTime } from '../../../lib/dates';
import { todayInVietnam } from '../../../../../src/shared/vi-date';
import type { SaveStatus } from './useReportDraft';

/** "14:02" today, "12/10/2023 14:02" on another day (Vietnam time). */
export function savedAtText(iso: string): string {
  const full = formatViDateTime(iso);
  const [d, m, y] = todayInVietnam().split('-').reverse();
  return full.startsWith(`${d}/${m}/${y}`) ? full.slice(11) : full;
}

/** Where the draft stands: saving, saved at…, unsaved, or why the last save failed. */
export function SaveIndicator({ status, pending, invalidValues, onRetry }: { status: SaveStatus; pending: boolean; invalidValues: number; onRetry: () => void }) {
  let body: React.ReactNode = null;
  if (status.kind === 'saving') {
    body = (
      <Typography.Text type="secondary">
        <LoadingOutlined /> Đang lưu…
      </Typography.Text>
    );
  } else if (status.kind === 'error') {
    body = (
      <Space size={4} wrap>
        <Typography.Text type="danger">
          <ExclamationCircleOutlined /> Chưa lưu được: {status.message}
        </Typography.Text>
        <Button size="small" onClick={onRetry}>
          Thử lại
        </Button>
      </Space>
    );
  } else if (status.kind === 'conflict') {
    body = (
      <Typography.Text type="danger">
        <ExclamationCircleOutlined /> Không lưu được vì báo cáo đã có bản mới hơn
      </Typography.Text>
    );
  } else if (pending) {
    body = <Typography.Text type="warning">Có thay đổi chưa lưu</Typography.Text>;
  } else if (status.kind === 'saved') {
    body = (
      <Typography.Text type="success">
        <CheckCircleOutlined /> Đã lưu lúc {savedAtText(status.at)}
      </Typography.Text>
    );
  }
  if (invalidValues > 0 && status.kind !== 'conflict') {
    body = (
      <Space size={4} wrap>
        {body}
        <Typography.Text type="danger">· {invalidValues} ô số liệu chưa đọc được nên chưa lưu</Typography.Text>
      </Space>
    );
  }
  return (
    <span role="status" aria-live="polite" style={{ minHeight: 22, display: 'inline-block' }}>
      {body}
    </span>
  );
}
