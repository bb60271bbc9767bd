import { Button, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useCan, useMe } from '../api/auth';

/** Shows children only to a signed-in user; sends others to the login page, and forces a password change when required. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Spin fullscreen description="Đang tải…" />;
  if (me.isError) {
    return (
      <Result
        status="error"
        title="Không tải được thông tin phiên làm việc"
        subTitle={me.error.message}
        extra={<Button onClick={() => void me.refetch()}>Thử lại</Button>}
      />
    );
  }
  if (!me.data) {
    return <Navigate to="/dang-nhap" replace state={{ from: location.pathname + location.search }} />;
  }
  if (me.data.mustChangePassword && location.pathname !== '/doi-mat-khau') {
    return <Navigate to="/doi-mat-khau" replace />;
  }
  return <>{children}</>;
}

/** Hides a whole page from users without the action (the server refuses anyway). */
export function RequireAction({ action, children }: { action: string; children: ReactNode }) {
  const allowed = useCan(action);
  if (!allowed) {
    return <Result status="403" title="Không có quyền truy cập" subTitle="Tài khoản của bạn không được giao quyền xem trang này." />;
  }
  return <>{children}</>;
}
