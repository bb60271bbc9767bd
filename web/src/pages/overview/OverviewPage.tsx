import { Alert, Card, Col, Row, Skeleton, Statistic, Typography } from 'antd';
import { formatViDate } from '../../../../src/shared/vi-date';
import { useMe } from '../../api/auth';
import { useOverview, type Overview } from '../../api/stats';
import { AsOfLink, useAsOf } from '../../lib/asOf';
import { formatNumber } from '../../lib/dates';

const CARDS: { key: keyof Omit<Overview, 'asOf'>; title: string; to: string }[] = [
  { key: 'provinces', title: 'Tỉnh, thành phố', to: '/don-vi' },
  { key: 'communes', title: 'Xã, phường, đặc khu', to: '/don-vi' },
  { key: 'agencies', title: 'Cơ quan, đơn vị', to: '/don-vi' },
  { key: 'groups', title: 'Cụm, khối thi đua', to: '/cum-khoi' },
  { key: 'users', title: 'Tài khoản', to: '/tai-khoan' },
];

const UPCOMING = [
  ['Phong trào thi đua', 'phát động, đăng ký và theo dõi các phong trào thi đua theo năm, theo chuyên đề.'],
  ['Báo cáo', 'tổng hợp kết quả thi đua, khen thưởng theo đơn vị, cụm/khối và thời gian.'],
  ['Khen thưởng', 'lập hồ sơ đề nghị, xét duyệt và lưu quyết định khen thưởng.'],
  ['Văn bản', 'quản lý văn bản chỉ đạo, hướng dẫn về công tác thi đua, khen thưởng.'],
] as const;

export function OverviewPage() {
  const { asOf } = useAsOf();
  const { data: me } = useMe();
  const overview = useOverview(asOf);

  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        Tổng quan
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {me ? `Xin chào ${me.fullName} (${me.homeUnit.name}). ` : ''}Số liệu tính đến ngày {formatViDate(asOf)}.
      </Typography.Paragraph>
      {overview.isError && <Alert type="error" showIcon title={overview.error.message} style={{ marginBottom: 16 }} />}
      <Row gutter={[16, 16]}>
        {CARDS.map((c) => (
          <Col key={c.key} flex="1 0 200px">
            <Card>
              {overview.isPending ? (
                <Skeleton active paragraph={false} />
              ) : (
                <Statistic
                  title={<AsOfLink to={c.to}>{c.title}</AsOfLink>}
                  value={overview.data ? overview.data[c.key] : '—'}
                  formatter={(v) => (typeof v === 'number' ? formatNumber(v) : v)}
                />
              )}
            </Card>
          </Col>
        ))}
      </Row>
      <Card title="Các phân hệ sắp có" style={{ marginTop: 24 }}>
        <Typography.Paragraph>
          Phiên bản hiện tại quản lý cơ cấu tổ chức (đơn vị hành chính theo danh mục trước và từ 01/7/2025, cơ quan, đơn vị),
          cụm/khối thi đua, tài khoản, phân quyền và nhật ký thay đổi. Các phân hệ sau đang được xây dựng:
        </Typography.Paragraph>
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {UPCOMING.map(([name, text]) => (
            <li key={name}>
              <Typography.Text strong>{name}</Typography.Text>: {text}
            </li>
          ))}
        </ul>
      </Card>
    </>
  );
}
