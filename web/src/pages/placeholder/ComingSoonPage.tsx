import { Button, Result } from 'antd';
import { AsOfLink } from '../../lib/asOf';

/** Modules planned for later versions: say so plainly instead of showing empty screens. */
export function ComingSoonPage({ title }: { title: string }) {
  return (
    <Result
      status="info"
      title={title}
      subTitle="Phân hệ này đang được xây dựng và sẽ có trong phiên bản sau. Hiện tại hệ thống đã có: cơ cấu tổ chức, cụm/khối thi đua, tài khoản và nhật ký thay đổi."
      extra={
        <AsOfLink to="/">
          <Button type="primary">Về trang Tổng quan</Button>
        </AsOfLink>
      }
    />
  );
}

export function NotFoundPage() {
  return (
    <Result
      status="404"
      title="Không tìm thấy trang"
      subTitle="Đường dẫn không đúng hoặc trang đã được chuyển."
      extra={
        <AsOfLink to="/">
          <Button type="primary">Về trang Tổng quan</Button>
        </AsOfLink>
      }
    />
  );
}
