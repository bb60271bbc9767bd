import { CheckOutlined, CloseOutlined, DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Popconfirm, Result, Space, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { downloadMinutes, useCastBallot, useDeleteDraftSession, useCouncilSession, useSessionTransition, type ItemView, type SessionDetail } from '../../../api/award-council';
import { formatViDateTime } from '../../../lib/dates';
import { useFeedback } from '../../../lib/feedback';
import { formatViDate } from '../../../../../src/shared/vi-date';
import { RuleTags, SessionStateTag } from './parts';

const CHOICE = { dong_y: 'Đồng ý', khong_dong_y: 'Không đồng ý' } as const;

/** A session: the board opens and closes it; a member votes per nominee; everybody sees results after close. */
export function SessionPage() {
  const { id } = useParams();
  const session = useCouncilSession(id);
  if (session.isPending) return <Spin />;
  if (session.isError) return <Result status="404" title="Không xem được phiên họp" subTitle={session.error.message} />;
  const s = session.data;
  return (
    <Card
      title={<Typography.Title level={4} style={{ margin: 0 }}>{s.title}</Typography.Title>}
      extra={<Link to={`/khen-thuong/hoi-dong/${s.councilId}`}>{s.councilName}</Link>}
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Descriptions size="small" column={3}>
          <Descriptions.Item label="Ngày họp">{formatViDate(s.meetingDate)}</Descriptions.Item>
          <Descriptions.Item label="Địa điểm">{s.location ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="Trạng thái"><SessionStateTag state={s.state} label={s.stateLabel} /></Descriptions.Item>
          {s.openedAt && <Descriptions.Item label="Mở biểu quyết">{formatViDateTime(s.openedAt)}</Descriptions.Item>}
          {s.closedAt && <Descriptions.Item label="Kết thúc">{formatViDateTime(s.closedAt)}</Descriptions.Item>}
        </Descriptions>
        <Actions session={s} />
        {s.isVoter && s.state === 'dang_bieu_quyet' && (
          <Alert type="info" showIcon title="Mỗi trường hợp bạn bỏ một phiếu; phiếu đã bỏ không sửa được. Với trường hợp bỏ phiếu kín, không ai khác xem được phiếu của bạn; kết quả chỉ công bố số phiếu sau khi kết thúc." />
        )}
        <ItemsTable session={s} />
        {s.voters && <Voters session={s} />}
      </Space>
    </Card>
  );
}

function Actions({ session: s }: { session: SessionDetail }) {
  const move = useSessionTransition(s.id);
  const drop = useDeleteDraftSession();
  const navigate = useNavigate();
  const feedback = useFeedback();
  const [downloading, setDownloading] = useState(false);
  const run = async (to: 'open' | 'close') => {
    try {
      await move.mutateAsync({ to, version: s.version });
      feedback.success(to === 'open' ? 'Đã mở biểu quyết.' : 'Đã kết thúc biểu quyết; kết quả đã ghi vào hồ sơ.');
    } catch (err) {
      feedback.error(err, { onReload: () => window.location.reload() });
    }
  };
  return (
    <Space wrap>
      {s.canManage && s.state === 'du_thao' && (
        <Popconfirm title="Mở biểu quyết?" description="Danh sách thành viên biểu quyết và nguyên tắc biểu quyết được chốt; hồ sơ chuyển sang bước biểu quyết." okText="Mở biểu quyết" cancelText="Hủy" onConfirm={() => run('open')}>
          <Button type="primary" loading={move.isPending}>Mở biểu quyết</Button>
        </Popconfirm>
      )}
      {s.canManage && s.state === 'du_thao' && (
        <Popconfirm
          title="Hủy phiên họp dự thảo?"
          description="Các hồ sơ trở lại danh sách chờ trình Hội đồng."
          okText="Hủy phiên họp"
          cancelText="Không"
          onConfirm={async () => {
            try {
              await drop.mutateAsync({ id: s.id, version: s.version });
              feedback.success('Đã hủy phiên họp.');
              navigate(`/khen-thuong/hoi-dong/${s.councilId}`);
            } catch (err) {
              feedback.error(err, { onReload: () => window.location.reload() });
            }
          }}
        >
          <Button danger loading={drop.isPending}>Hủy phiên họp</Button>
        </Popconfirm>
      )}
      {s.canManage && s.state === 'dang_bieu_quyet' && (
        <Popconfirm title="Kết thúc biểu quyết?" description="Sau khi kết thúc, không ai bỏ thêm hoặc sửa phiếu được; kết quả được ghi vào hồ sơ và hồ sơ chuyển trình ký." okText="Kết thúc" cancelText="Hủy" onConfirm={() => run('close')}>
          <Button type="primary" danger loading={move.isPending}>Kết thúc biểu quyết</Button>
        </Popconfirm>
      )}
      {s.state === 'da_dong' && (
        <Button
          icon={<DownloadOutlined />}
          loading={downloading}
          onClick={async () => {
            setDownloading(true);
            try {
              await downloadMinutes(s.id, s.meetingDate);
            } catch (err) {
              feedback.error(err);
            } finally {
              setDownloading(false);
            }
          }}
        >
          Tải biên bản (DOCX)
        </Button>
      )}
    </Space>
  );
}

function BallotButtons({ session, item }: { session: SessionDetail; item: ItemView }) {
  const cast = useCastBallot(session.id);
  const feedback = useFeedback();
  if (item.myBallot) return <Tag color={item.myBallot === 'dong_y' ? 'green' : 'red'}>Phiếu của bạn: {CHOICE[item.myBallot]}</Tag>;
  if (!session.isVoter || session.state !== 'dang_bieu_quyet') return <span style={{ color: '#8c8c8c' }}>—</span>;
  const vote = async (choice: 'dong_y' | 'khong_dong_y') => {
    try {
      await cast.mutateAsync({ nomineeId: item.nominee.id, choice });
      feedback.success('Đã ghi phiếu.');
    } catch (err) {
      feedback.error(err);
    }
  };
  const confirm = (choice: 'dong_y' | 'khong_dong_y') => ({
    title: `${CHOICE[choice]} với đề nghị ${item.awardName} cho ${item.nominee.fullName}?`,
    description: 'Phiếu đã bỏ không sửa được.',
    okText: 'Bỏ phiếu',
    cancelText: 'Hủy',
    onConfirm: () => vote(choice),
  });
  return (
    <Space>
      <Popconfirm {...confirm('dong_y')}>
        <Button size="small" type="primary" icon={<CheckOutlined />} loading={cast.isPending}>Đồng ý</Button>
      </Popconfirm>
      <Popconfirm {...confirm('khong_dong_y')}>
        <Button size="small" danger icon={<CloseOutlined />} loading={cast.isPending}>Không đồng ý</Button>
      </Popconfirm>
    </Space>
  );
}

function ItemsTable({ session: s }: { session: SessionDetail }) {
  const closed = s.state === 'da_dong';
  return (
    <Table<ItemView>
      rowKey="id"
      dataSource={s.items}
      pagination={false}
      expandable={closed ? { rowExpandable: (i) => !!i.tally, expandedRowRender: (i) => <Expanded item={i} /> } : undefined}
      columns={[
        { title: 'STT', dataIndex: 'position', width: 60, align: 'center' },
        {
          title: 'Cá nhân, tập thể',
          render: (_, i) => (
            <>
              {i.nominee.fullName}
              <div style={{ color: '#8c8c8c', fontSize: 12 }}>{i.nominee.workplace ?? i.nominee.unitName}</div>
              <div style={{ color: '#8c8c8c', fontSize: 12 }}>Hồ sơ: {i.proposal.title}</div>
            </>
          ),
        },
        { title: 'Hình thức đề nghị', render: (_, i) => <>{i.awardName}<div><RuleTags rule={i.rule} /></div></> },
        ...(s.state === 'dang_bieu_quyet' ? [{ title: 'Đã bỏ phiếu', width: 110, align: 'right' as const, render: (_: unknown, i: ItemView) => i.castCount ?? '—' }] : []),
        ...(s.isVoter ? [{ title: 'Biểu quyết của bạn', width: closed ? 190 : 250, render: (_: unknown, i: ItemView) => <BallotButtons session={s} item={i} /> }] : []),
        ...(closed
          ? [
              { title: 'Đồng ý', width: 80, align: 'right' as const, render: (_: unknown, i: ItemView) => i.tally?.yes },
              { title: 'Không đồng ý', width: 110, align: 'right' as const, render: (_: unknown, i: ItemView) => i.tally?.no },
              { title: 'Tỉ lệ', width: 90, align: 'right' as const, render: (_: unknown, i: ItemView) => i.tally?.ratioText },
              { title: 'Kết quả', width: 110, render: (_: unknown, i: ItemView) => i.tally && <Tag color={i.tally.result === 'dong_y' ? 'green' : 'red'}>{i.tally.result === 'dong_y' ? 'Đạt' : 'Không đạt'}</Tag> },
            ]
          : []),
      ]}
    />
  );
}

function Expanded({ item }: { item: ItemView }) {
  return (
    <Space orientation="vertical" size={4}>
      <span>{item.tally?.reason}</span>
      <span style={{ color: '#8c8c8c' }}>{item.rule.text} {item.rule.source}</span>
      {item.choicesByMember && (
        <span>Biểu quyết công khai: {item.choicesByMember.map((c) => `${c.fullName} (${CHOICE[c.choice].toLowerCase()})`).join('; ')}.</span>
      )}
      {item.rule.secret && <span>Bỏ phiếu kín: chỉ công bố số phiếu, không công bố người bỏ phiếu.</span>}
    </Space>
  );
}

function Voters({ session: s }: { session: SessionDetail }) {
  return (
    <Card size="small" title={`Thành viên biểu quyết (${s.voters!.length})`}>
      <Table
        rowKey="memberId"
        size="small"
        dataSource={s.voters!}
        pagination={false}
        columns={[
          { title: 'Họ và tên', dataIndex: 'fullName' },
          { title: 'Chức danh', dataIndex: 'roleLabel', width: 180 },
          { title: 'Chức vụ', dataIndex: 'positionTitle' },
          ...(s.canManage ? [{ title: 'Đã biểu quyết', width: 160, render: (_: unknown, v: NonNullable<SessionDetail['voters']>[number]) => `${v.ballotsCast ?? 0}/${s.items.length} trường hợp` }] : []),
        ]}
      />
    </Card>
  );
}
