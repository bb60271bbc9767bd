import { Col, Row, Typography } from 'antd';
import type { AuditEntry } from '../../../../src/shared/api/audit';

function Json({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <Typography.Text type="secondary">(không có)</Typography.Text>;
  return <pre className="json-box">{JSON.stringify(value, null, 2)}</pre>;
}

/** Before / after of one audited change, side by side. */
export function AuditDiff({ entry }: { entry: AuditEntry }) {
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Typography.Text strong>Trước khi thay đổi</Typography.Text>
          <Json value={entry.before} />
        </Col>
        <Col xs={24} md={12}>
          <Typography.Text strong>Sau khi thay đổi</Typography.Text>
          <Json value={entry.after} />
        </Col>
      </Row>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}>
        Mã đối tượng: {entry.entityId ?? '—'} · Trình duyệt: {entry.userAgent ?? '—'}
      </Typography.Paragraph>
    </>
  );
}
