import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Select, Space, Table, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { formatViDate, todayInVietnam } from '../../../../src/shared/vi-date';
import { useCan } from '../../api/auth';
import { useCampaigns, type CampaignState, type CampaignSummary } from '../../api/reports';
import { UnitSearchSelect } from '../../components/UnitSearchSelect';
import { AsOfLink, useAsOfNavigate } from '../../lib/asOf';
import { formatNumber } from '../../lib/dates';
import { CampaignProgress } from './CampaignProgress';
import { CAMPAIGN_STATE_OPTIONS, CampaignStateTag, daysLeftText, isCampaignState } from './labels';

/** Still waiting for reports after the deadline (and the grace days). */
function overdue(c: CampaignSummary, today: string): boolean {
  return c.state === 'dang_mo' && c.totals.submitted < c.totals.expected && daysLeftText(c.deadline, today).overdue;
}

/** "Yêu cầu báo cáo": what the board asked units to report, and how far each request has come. */
export function CampaignListPage() {
  const [params, setParams] = useSearchParams();
  const rawState = params.get('state');
  const state = isCampaignState(rawState) ? rawState : undefined;
  const requesterUnitId = params.get('requesterUnitId') ?? undefined;
  const campaigns = useCampaigns({ state, requesterUnitId });
  const canManage = useCan('campaign.manage');
  const navigate = useAsOfNavigate();
  const today = todayInVietnam();
  const requesterName = campaigns.data?.find((c) => c.requesterUnit.id === requesterUnitId)?.requesterUnit;
  const set = (key: string, v: string | undefined) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (v) next.set(key, v);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          Yêu cầu báo cáo
        </Typography.Title>
      }
      extra={
        canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/bao-cao/yeu-cau/moi')}>
            Tạo yêu cầu báo cáo
          </Button>
        )
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Select<CampaignState>
          aria-label="Trạng thái"
          placeholder="Trạng thái"
          allowClear
          options={CAMPAIGN_STATE_OPTIONS}
          value={state}
          onChange={(v) => set('state', v ?? undefined)}
          style={{ width: 200 }}
        />
        <UnitSearchSelect
          placeholder="Đơn vị yêu cầu"
          value={requesterUnitId}
          initial={requesterName}
          onChange={(v) => set('requesterUnitId', v ?? undefined)}
          style={{ width: 300 }}
        />
      </Space>
      {campaigns.isError && <Alert type="error" showIcon title={campaigns.error.message} style={{ marginBottom: 16 }} />}
      <Table<CampaignSummary>
        rowKey="id"
        aria-label="Danh sách yêu cầu báo cáo"
        loading={campaigns.isFetching}
        dataSource={campaigns.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false, showTotal: (t) => `${formatNumber(t)} yêu cầu báo cáo` }}
        locale={{ emptyText: 'Chưa có yêu cầu báo cáo nào phù hợp.' }}
        columns={[
          {
            title: 'Tên yêu cầu báo cáo',
            key: 'title',
            render: (_, c) => (
              <div>
                <AsOfLink to={`/bao-cao/yeu-cau/${c.id}`}>{c.title}</AsOfLink>
                {c.requestDocument && (
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {c.requestDocument.citation}
                    </Typography.Text>
                  </div>
                )}
              </div>
            ),
          },
          { title: 'Đơn vị yêu cầu', key: 'requester', width: '16%', render: (_, c) => c.requesterUnit.name },
          { title: 'Kỳ báo cáo', dataIndex: 'periodLabel', width: '12%' },
          {
            title: 'Hạn nộp',
            key: 'deadline',
            width: '12%',
            render: (_, c) => {
              const late = overdue(c, today);
              return (
                <div>
                  <Typography.Text type={late ? 'danger' : undefined} strong={late}>
                    {formatViDate(c.deadline)}
                  </Typography.Text>
                  {c.graceDays > 0 && (
                    <div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        gia hạn {c.graceDays} ngày
                      </Typography.Text>
                    </div>
                  )}
                  {late && (
                    <div>
                      <Typography.Text type="danger" style={{ fontSize: 12 }}>
                        {daysLeftText(c.deadline, today).text}
                      </Typography.Text>
                    </div>
                  )}
                </div>
              );
            },
          },
          { title: 'Trạng thái', key: 'state', width: 150, render: (_, c) => <CampaignStateTag state={c.state} label={c.stateLabel} /> },
          { title: 'Tiến độ', key: 'progress', width: '20%', render: (_, c) => <CampaignProgress totals={c.totals} /> },
        ]}
      />
    </Card>
  );
}
