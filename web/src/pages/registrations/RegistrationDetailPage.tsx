import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Result, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useRegistration, type RegistrationDetail } from '../../api/registrations';
import { AsOfLink } from '../../lib/asOf';
import { formatViDateTime } from '../../lib/dates';
import { CommitmentsTable, DocumentsTable, HistoryTimeline, IncludedTable } from './DetailSections';
import { RegistrationStateTag } from './labels';
import { RegistrationFormDrawer } from './RegistrationForm';
import { TransitionButtons } from './TransitionButtons';

function Details({ r }: { r: RegistrationDetail }) {
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, md: 2 }}
      items={[
        { key: 'unit', label: 'Đơn vị đăng ký', children: <AsOfLink to={`/don-vi/${r.unit.id}`}>{r.unit.name}</AsOfLink> },
        { key: 'reviewer', label: 'Đơn vị duyệt', children: <AsOfLink to={`/don-vi/${r.reviewerUnit.id}`}>{r.reviewerUnit.name}</AsOfLink> },
        { key: 'movement', label: 'Phong trào', span: 'filled', children: <AsOfLink to={`/phong-trao/${r.movement.id}`}>{r.movement.name}</AsOfLink> },
        { key: 'year', label: 'Năm', children: r.year },
        { key: 'submitted', label: 'Gửi lúc', children: r.submittedAt ? formatViDateTime(r.submittedAt) : 'Chưa gửi' },
        {
          key: 'titles',
          label: 'Danh hiệu đăng ký',
          span: 'filled',
          children: r.titles.length
            ? r.titles.map((t) => (
                <Tag key={t} color="blue" style={{ marginBottom: 4, whiteSpace: 'normal' }}>
                  {t}
                </Tag>
              ))
            : '—',
        },
        { key: 'note', label: 'Ghi chú', span: 'filled', children: <span style={{ whiteSpace: 'pre-line' }}>{r.note || '—'}</span> },
      ]}
    />
  );
}

/** One registration: what the unit registered and committed to, who reviews it, and its path through the workflow. */
export function RegistrationDetailPage() {
  const { id } = useParams();
  const registration = useRegistration(id);
  const [editing, setEditing] = useState(false);
  const reload = () => registration.refetch();

  const back = (
    <AsOfLink to="/dang-ky">
      <ArrowLeftOutlined /> Danh sách đăng ký thi đua
    </AsOfLink>
  );
  if (registration.isPending) return <Spin description="Đang tải…" />;
  if (registration.isError) return <Result status="warning" title="Không xem được đăng ký thi đua" subTitle={registration.error.message} extra={back} />;
  const r = registration.data;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {back}
      <Card>
        {/* Long unit names wrap here, where a card title would cut them off. */}
        <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap', alignItems: 'flex-start', marginBottom: 16 }}>
          <Typography.Title level={4} style={{ margin: 0, flex: '1 1 420px' }}>
            Đăng ký thi đua năm {r.year}: {r.unit.name} <RegistrationStateTag state={r.state} />
          </Typography.Title>
          <Space wrap>
            {r.canEdit && (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                Sửa
              </Button>
            )}
            <TransitionButtons r={r} onReload={() => void reload()} />
          </Space>
        </div>
        {r.state === 'tra_lai' && r.returnReason && (
          <Alert
            type="warning"
            showIcon
            title={`${r.reviewerUnit.name} đã trả lại đăng ký`}
            description={<span style={{ whiteSpace: 'pre-line' }}>Lý do: {r.returnReason}</span>}
            style={{ marginBottom: 16 }}
          />
        )}
        {r.combinedInto && (
          <Alert
            type="info"
            showIcon
            title={
              <span>
                Đăng ký đã được gộp vào <AsOfLink to={`/dang-ky/${r.combinedInto.id}`}>{r.combinedInto.name}</AsOfLink> để gửi lên cấp trên, nên không sửa
                được nữa.
              </span>
            }
            style={{ marginBottom: 16 }}
          />
        )}
        <Details r={r} />
      </Card>
      <Card size="small" title={`Nội dung giao ước (${r.commitments.length})`}>
        <CommitmentsTable r={r} />
      </Card>
      {r.included.length > 0 && (
        <Card size="small" title={`Đăng ký của đơn vị cấp dưới được gộp (${r.included.length})`}>
          <IncludedTable r={r} />
        </Card>
      )}
      <Card size="small" title="Văn bản kèm theo">
        <DocumentsTable r={r} />
      </Card>
      <Card size="small" title="Lịch sử">
        <HistoryTimeline r={r} />
      </Card>
      {r.canEdit && <RegistrationFormDrawer open={editing} registration={r} onClose={() => setEditing(false)} onReload={reload} />}
    </Space>
  );
}
