import { ArrowLeftOutlined, CalendarOutlined, FileDoneOutlined } from '@ant-design/icons';
import { Button, Card, Collapse, Descriptions, Result, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { todayInVietnam } from '../../../../src/shared/vi-date';
import { useCampaign, type CampaignDetail } from '../../api/reports';
import { TransitionTimeline } from '../../components/TransitionTimeline';
import { AsOfLink, useAsOfNavigate } from '../../lib/asOf';
import { CampaignTransitionButtons } from './CampaignTransitionButtons';
import { DeadlineModal } from './DeadlineModal';
import { CampaignStateTag, campaignStateLabel, daysLeftText, deadlineText } from './labels';
import { LevelStats } from './LevelStats';
import { OutlineTreeView } from './OutlineTreeView';
import { RecipientTable } from './RecipientTable';

function Details({ c }: { c: CampaignDetail }) {
  const left = daysLeftText(c.deadline, todayInVietnam());
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, lg: 2 }}
      styles={{ label: { width: 150 } }}
      items={[
        { key: 'requester', label: 'Đơn vị yêu cầu', children: c.requesterUnit.name },
        { key: 'period', label: 'Kỳ báo cáo', children: c.periodLabel },
        {
          key: 'deadline',
          label: 'Hạn nộp',
          children: (
            <span>
              {deadlineText(c.deadline, c.graceDays)}
              {c.state === 'dang_mo' && (
                <Typography.Text type={left.overdue ? 'danger' : left.soon ? 'warning' : 'secondary'}> ({left.text})</Typography.Text>
              )}
            </span>
          ),
        },
        { key: 'to', label: 'Gửi tới', children: c.group ? `${c.group.name} (${c.recipients.length} đơn vị)` : `${c.recipients.length} đơn vị` },
        { key: 'doc', label: 'Văn bản yêu cầu', span: 'filled', children: c.requestDocument?.citation ?? '—' },
        {
          key: 'outline',
          label: 'Đề cương',
          span: 'filled',
          children: (
            <AsOfLink to={`/bao-cao/de-cuong/${c.outline.id}?phienBan=${c.outline.versionId}`}>
              {c.outline.name} (phiên bản {c.outline.number})
            </AsOfLink>
          ),
        },
        {
          key: 'movement',
          label: 'Phong trào thi đua',
          span: 'filled',
          children: c.movement ? <AsOfLink to={`/phong-trao/${c.movement.id}`}>{c.movement.name}</AsOfLink> : '—',
        },
      ]}
    />
  );
}

/** One campaign (yêu cầu báo cáo): its terms, who has reported, and the board's actions. */
export function CampaignDetailPage() {
  const { id } = useParams();
  const campaign = useCampaign(id);
  const navigate = useAsOfNavigate();
  const [editingDeadline, setEditingDeadline] = useState(false);
  const reload = () => void campaign.refetch();

  const back = (
    <AsOfLink to="/bao-cao">
      <ArrowLeftOutlined /> Danh sách yêu cầu báo cáo
    </AsOfLink>
  );
  if (campaign.isPending) return <Spin description="Đang tải…" />;
  if (campaign.isError) return <Result status="warning" title="Không xem được yêu cầu báo cáo" subTitle={campaign.error.message} extra={back} />;
  const c = campaign.data;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {back}
      <Card>
        <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap', alignItems: 'flex-start', marginBottom: 16 }}>
          <Typography.Title level={4} style={{ margin: 0, flex: '1 1 420px' }}>
            {c.title} <CampaignStateTag state={c.state} label={c.stateLabel} />
          </Typography.Title>
          <Space wrap>
            {c.canManage && c.state !== 'da_dong' && (
              <Button icon={<CalendarOutlined />} onClick={() => setEditingDeadline(true)}>
                Sửa hạn nộp
              </Button>
            )}
            {c.canManage && (
              <Button icon={<FileDoneOutlined />} onClick={() => navigate(`/bao-cao/yeu-cau/${c.id}/tong-hop`)}>
                Báo cáo tổng hợp
              </Button>
            )}
            {c.canManage && <CampaignTransitionButtons c={c} onReload={reload} />}
          </Space>
        </div>
        <Details c={c} />
      </Card>
      <Card size="small" title="Tình hình nộp báo cáo">
        <LevelStats c={c} />
      </Card>
      <Card size="small" title={`Đơn vị nhận (${c.recipients.length})`}>
        <RecipientTable c={c} />
      </Card>
      <Collapse
        items={[
          {
            key: 'outline',
            label: `Đề cương: ${c.outline.name} (phiên bản ${c.outline.number})`,
            children: <OutlineTreeView tree={c.outlineTree} />,
          },
          {
            key: 'history',
            label: `Lịch sử xử lý (${c.transitions.length})`,
            children:
              c.transitions.length > 0 ? (
                <TransitionTimeline transitions={c.transitions} stateTag={(s) => <CampaignStateTag state={s} />} stateLabel={campaignStateLabel} colorOf={(to) => (to === 'dang_mo' ? 'green' : to === 'da_dong' ? 'gray' : 'blue')} />
              ) : (
                <Typography.Text type="secondary">Chưa có thao tác nào.</Typography.Text>
              ),
          },
        ]}
      />
      {c.canManage && <DeadlineModal c={c} open={editingDeadline} onClose={() => setEditingDeadline(false)} onReload={reload} />}
    </Space>
  );
}
