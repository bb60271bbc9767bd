import { CheckCircleTwoTone, CloseCircleTwoTone, ExclamationCircleTwoTone } from '@ant-design/icons';
import { Alert, Card, Descriptions, Input, Result, Spin, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { useVerify } from '../../api/award-certificates';
import { toApiError } from '../../api/client';

const ICONS = {
  hieu_luc: <CheckCircleTwoTone twoToneColor="#52c41a" />,
  da_thay_the: <ExclamationCircleTwoTone twoToneColor="#faad14" />,
  da_thu_hoi: <CloseCircleTwoTone twoToneColor="#ff4d4f" />,
} as const;

/**
 * The public page the QR code opens (no sign-in): whether the certificate is genuine and in force,
 * and the texts printed on it — nothing more.
 */
export function VerifyPage() {
  const { code } = useParams();
  const navigate = useNavigate();
  const q = useVerify(code);
  return (
    <div style={{ maxWidth: 720, margin: '40px auto', padding: 16 }}>
      <Card title={<Typography.Title level={4} style={{ margin: 0 }}>Xác minh giấy chứng nhận khen thưởng</Typography.Title>}>
        <Input.Search
          aria-label="Mã xác minh"
          placeholder="Nhập mã in trên giấy chứng nhận"
          defaultValue={code}
          enterButton="Xác minh"
          onSearch={(v) => v.trim() && navigate(`/xac-minh/${encodeURIComponent(v.replace(/\s+/g, ''))}`)}
          style={{ marginBottom: 24 }}
        />
        {q.isLoading && <Spin />}
        {q.isError && <Alert type={toApiError(q.error).status === 429 ? 'warning' : 'error'} showIcon title={toApiError(q.error).message} />}
        {q.data && (
          <>
            <Result icon={ICONS[q.data.status]} title={q.data.kindLabel} subTitle={q.data.message} style={{ padding: '8px 0 24px' }} />
            <Descriptions bordered column={1} size="small" items={[...q.data.lines.map((l, i) => ({ key: String(i), label: l.label, children: <span style={{ whiteSpace: 'pre-line' }}>{l.text}</span> })), { key: 'issued', label: 'Ngày cấp giấy', children: q.data.issuedOn }]} />
          </>
        )}
      </Card>
    </div>
  );
}
