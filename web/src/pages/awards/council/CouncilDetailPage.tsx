import { Card, Descriptions, Result, Spin, Tabs, Typography } from 'antd';
import { useParams, useSearchParams } from 'react-router';
import { useCouncil } from '../../../api/award-council';
import { MembersTab } from './MembersTab';
import { SessionsTab } from './SessionsTab';
import { SettingsTab } from './SettingsTab';

/** One council: members and their terms, sessions, and the vote rules. */
export function CouncilDetailPage() {
  const { id } = useParams();
  const council = useCouncil(id);
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'phien-hop';
  if (council.isPending) return <Spin />;
  if (council.isError) return <Result status="404" title="Không xem được Hội đồng" subTitle={council.error.message} />;
  const c = council.data;
  return (
    <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{c.name}</Typography.Title>}>
      <Descriptions size="small" column={2} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="Cơ quan">{c.unit.name}</Descriptions.Item>
        <Descriptions.Item label="Thành viên trong nhiệm kỳ">{c.memberCount}</Descriptions.Item>
      </Descriptions>
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams({ tab: k }, { replace: true })}
        items={[
          { key: 'phien-hop', label: 'Phiên họp', children: <SessionsTab council={c} /> },
          { key: 'thanh-vien', label: 'Thành viên', children: <MembersTab council={c} /> },
          { key: 'nguyen-tac', label: 'Nguyên tắc biểu quyết', children: <SettingsTab council={c} /> },
        ]}
      />
    </Card>
  );
}
