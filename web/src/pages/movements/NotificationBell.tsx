import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, Popover, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useMarkNotificationRead, useNotifications, type NotificationView } from '../../api/movements';
import { useAsOfNavigate } from '../../lib/asOf';
import { formatViDateTime } from '../../lib/dates';
import { useFeedback } from '../../lib/feedback';

function Item({ n, onOpen }: { n: NotificationView; onOpen: (n: NotificationView) => void }) {
  return (
    <button type="button" className="search-result" onClick={() => onOpen(n)} style={{ padding: '8px 4px', background: n.read ? undefined : '#fff7f6' }}>
      <div style={{ display: 'flex', gap: 8 }}>
        <Badge status={n.read ? 'default' : 'error'} style={{ visibility: n.read ? 'hidden' : 'visible' }} />
        <div style={{ flex: 1, minWidth: 0 }}>
          <div style={{ fontWeight: n.read ? 400 : 600, whiteSpace: 'normal' }}>{n.title}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            Gửi {n.unit.name} · {formatViDateTime(n.createdAt)}
          </Typography.Text>
        </div>
      </div>
    </button>
  );
}

/** Notices sent to the user's units (e.g. a movement launched to them); opening one marks it read. */
export function NotificationBell() {
  const notifications = useNotifications();
  const markRead = useMarkNotificationRead();
  const feedback = useFeedback();
  const navigate = useAsOfNavigate();
  const [open, setOpen] = useState(false);
  const unread = notifications.data?.unread ?? 0;
  const items = notifications.data?.items ?? [];

  function openItem(n: NotificationView) {
    setOpen(false);
    if (!n.read) markRead.mutate(n.id, { onError: (err) => feedback.error(err) });
    if (n.link) navigate(n.link);
  }

  const content = (
    <div style={{ width: 380, maxHeight: 440, overflowY: 'auto' }}>
      {notifications.isPending && <Spin description="Đang tải…" />}
      {notifications.isError && <Typography.Text type="danger">{notifications.error.message}</Typography.Text>}
      {notifications.isSuccess && items.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Chưa có thông báo nào." />}
      {items.map((n) => (
        <Item key={n.id} n={n} onOpen={openItem} />
      ))}
    </div>
  );

  return (
    <Popover trigger="click" placement="bottomRight" title="Thông báo" content={content} open={open} onOpenChange={setOpen}>
      <Button type="text" aria-label={unread ? `Thông báo, ${unread} chưa đọc` : 'Thông báo'} icon={
        <Badge count={unread} size="small" overflowCount={99}>
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      } />
    </Popover>
  );
}
