import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Result, Space, Spin, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { formatViDate } from '../../../../src/shared/vi-date';
import { useCan } from '../../api/auth';
import { useMovement, type MovementDetail } from '../../api/movements';
import { AsOfLink } from '../../lib/asOf';
import { MovementStateTag, periodText } from './labels';
import { MovementFormDrawer } from './MovementForm';
import { movementTabItems, type MovementTab } from './movementTabs';
import { TransitionButtons } from './TransitionButtons';

// A withdrawn launch keeps its date on the server; saying so avoids reading a draft as launched.
function launchedText(m: MovementDetail): string {
  if (!m.launchedOn) return 'Chưa phát động';
  return m.state === 'soan_thao' ? `${formatViDate(m.launchedOn)} (đã thu hồi)` : formatViDate(m.launchedOn);
}

function Details({ m }: { m: MovementDetail }) {
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, md: 2 }}
      items={[
        { key: 'kind', label: 'Loại phong trào', children: m.kindLabel },
        { key: 'owner', label: 'Đơn vị phát động', children: <AsOfLink to={`/don-vi/${m.ownerUnit.id}`}>{m.ownerUnit.name}</AsOfLink> },
        { key: 'period', label: 'Thời gian', children: periodText(m.periodFrom, m.periodTo) },
        { key: 'launched', label: 'Ngày phát động', children: launchedText(m) },
        {
          key: 'parent',
          label: 'Hưởng ứng phong trào',
          span: 'filled',
          children: m.parent ? <AsOfLink to={`/phong-trao/${m.parent.id}`}>{m.parent.name}</AsOfLink> : '—',
        },
        {
          key: 'description',
          label: 'Mô tả, mục đích, yêu cầu',
          span: 'filled',
          children: <span style={{ whiteSpace: 'pre-line' }}>{m.description || '—'}</span>,
        },
      ]}
    />
  );
}

/** One movement: its content, where it was launched, and its path through the workflow. `extraTabs` lets later modules add tabs. */
export function MovementDetailPage({ extraTabs }: { extraTabs?: MovementTab[] }) {
  const { id } = useParams();
  const movement = useMovement(id);
  const canManage = useCan('movement.manage');
  const [editing, setEditing] = useState(false);
  // The open tab lives in the URL so that a reload or a shared link lands on it.
  const [params, setParams] = useSearchParams();
  const reload = () => movement.refetch();

  const back = (
    <AsOfLink to="/phong-trao">
      <ArrowLeftOutlined /> Danh sách phong trào thi đua
    </AsOfLink>
  );
  if (movement.isPending) return <Spin description="Đang tải…" />;
  if (movement.isError) return <Result status="warning" title="Không xem được phong trào" subTitle={movement.error.message} extra={back} />;
  const m = movement.data;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {back}
      <Card>
        {/* Long official names wrap here, where a card title would cut them off. */}
        <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap', alignItems: 'flex-start', marginBottom: 16 }}>
          <Typography.Title level={4} style={{ margin: 0, flex: '1 1 420px' }}>
            {m.name} <MovementStateTag state={m.state} />
          </Typography.Title>
          {canManage && (
            <Space wrap>
              {m.state === 'soan_thao' && (
                <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                  Sửa
                </Button>
              )}
              <TransitionButtons m={m} onReload={() => void reload()} />
            </Space>
          )}
        </div>
        <Details m={m} />
      </Card>
      <Card size="small">
        <Tabs
          activeKey={params.get('tab') ?? 'tieu-chi'}
          onChange={(tab) =>
            setParams(
              (prev) => {
                const next = new URLSearchParams(prev);
                next.set('tab', tab);
                return next;
              },
              { replace: true },
            )
          }
          items={movementTabItems(m, extraTabs)}
        />
      </Card>
      {canManage && m.state === 'soan_thao' && <MovementFormDrawer open={editing} movement={m} onClose={() => setEditing(false)} onReload={reload} />}
    </Space>
  );
}
