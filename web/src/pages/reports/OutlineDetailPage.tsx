import { ArrowLeftOutlined, BranchesOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Result, Space, Spin, Table, Typography } from 'antd';
import { useParams, useSearchParams } from 'react-router';
import { useCan } from '../../api/auth';
import { useOutline, useOutlineVersion, type OutlineDetail } from '../../api/reports';
import { AsOfLink, useAsOfNavigate } from '../../lib/asOf';
import { formatNumber, formatViDateTime } from '../../lib/dates';
import { OutlineTreeView } from './OutlineTreeView';

type VersionRow = OutlineDetail['versions'][number];

/** One outline: its versions (a version used by a campaign never changes) and the chosen version's sections. */
export function OutlineDetailPage() {
  const { id } = useParams();
  const outline = useOutline(id);
  const canRequest = useCan('campaign.manage');
  const navigate = useAsOfNavigate();
  // The version being read lives in the URL, so a link can point at an old one.
  const [params, setParams] = useSearchParams();
  const picked = params.get('phienBan');
  const latestId = outline.data?.latest.id;
  const versionId = picked ?? latestId;
  const version = useOutlineVersion(picked && picked !== latestId ? picked : null);

  const back = (
    <AsOfLink to="/bao-cao/de-cuong">
      <ArrowLeftOutlined /> Danh sách đề cương
    </AsOfLink>
  );
  if (outline.isPending) return <Spin description="Đang tải…" />;
  if (outline.isError) return <Result status="warning" title="Không xem được đề cương" subTitle={outline.error.message} extra={back} />;
  const o = outline.data;
  const shown = versionId === o.latest.id ? o.latest : version.data;
  const shownNumber = o.versions.find((v) => v.id === versionId)?.number;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {back}
      <Card>
        <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap', alignItems: 'flex-start', marginBottom: 16 }}>
          <Typography.Title level={4} style={{ margin: 0, flex: '1 1 420px' }}>
            {o.name}
          </Typography.Title>
          <Space wrap>
            {o.canEdit && (
              <Button icon={<BranchesOutlined />} onClick={() => navigate(`/bao-cao/de-cuong/${o.id}/phien-ban-moi`)}>
                Tạo phiên bản mới
              </Button>
            )}
            {canRequest && (
              <Button type="primary" icon={<SendOutlined />} onClick={() => navigate(`/bao-cao/yeu-cau/moi?outlineId=${o.id}`)}>
                Tạo yêu cầu báo cáo
              </Button>
            )}
          </Space>
        </div>
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'owner', label: 'Đơn vị sở hữu', children: o.ownerUnit.name },
            { key: 'latest', label: 'Phiên bản mới nhất', children: `Phiên bản ${o.latestVersion.number} · ${formatNumber(o.latestVersion.sectionCount)} mục` },
            { key: 'updated', label: 'Cập nhật', children: formatViDateTime(o.updatedAt) },
          ]}
        />
      </Card>
      <Card size="small" title="Các phiên bản">
        <Table<VersionRow>
          rowKey="id"
          size="small"
          aria-label="Các phiên bản của đề cương"
          pagination={false}
          dataSource={[...o.versions].sort((a, b) => b.number - a.number)}
          rowClassName={(v) => (v.id === versionId ? 'ant-table-row-selected' : '')}
          columns={[
            { title: 'Phiên bản', key: 'number', width: 110, render: (_, v) => `Phiên bản ${v.number}` },
            { title: 'Ngày tạo', key: 'at', width: 160, render: (_, v) => formatViDateTime(v.createdAt) },
            { title: 'Người tạo', key: 'by', width: 180, render: (_, v) => v.createdBy ?? '—' },
            { title: 'Ghi chú', key: 'note', render: (_, v) => v.note ?? '—' },
            { title: 'Số yêu cầu báo cáo dùng', key: 'used', width: 130, align: 'right', render: (_, v) => formatNumber(v.campaignCount) },
            {
              title: '',
              key: 'view',
              width: 120,
              render: (_, v) =>
                v.id === versionId ? (
                  <Typography.Text type="secondary">Đang xem</Typography.Text>
                ) : (
                  <Button
                    size="small"
                    aria-label={`Xem phiên bản ${v.number}`}
                    onClick={() =>
                      setParams(
                        (prev) => {
                          const next = new URLSearchParams(prev);
                          next.set('phienBan', v.id);
                          return next;
                        },
                        { replace: true },
                      )
                    }
                  >
                    Xem
                  </Button>
                ),
            },
          ]}
        />
      </Card>
      <Card size="small" title={shownNumber ? `Nội dung phiên bản ${shownNumber}` : 'Nội dung đề cương'}>
        {version.isError && <Alert type="error" showIcon title={version.error.message} />}
        {shown ? <OutlineTreeView tree={shown.tree} /> : version.isFetching && <Spin description="Đang tải…" />}
      </Card>
    </Space>
  );
}
