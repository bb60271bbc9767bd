import { Empty, Table, Typography } from 'antd';
import type { RegistrationDetail, RegistrationState } from '../../api/registrations';
import { TransitionTimeline } from '../../components/TransitionTimeline';
import { RegistrationStateTag, stateLabel, targetText } from './labels';
import { RegistrationTable } from './RegistrationTable';

type Commitment = RegistrationDetail['commitments'][number];
type LinkedDoc = RegistrationDetail['documents'][number];

export function CommitmentsTable({ r }: { r: RegistrationDetail }) {
  return (
    <Table<Commitment>
      size="small"
      rowKey="id"
      dataSource={r.commitments}
      pagination={false}
      locale={{ emptyText: 'Đăng ký chưa có nội dung giao ước.' }}
      scroll={{ x: 720 }}
      columns={[
        { title: 'STT', key: 'i', width: 56, render: (_, __, i) => i + 1 },
        { title: 'Nội dung giao ước', dataIndex: 'text', render: (t: string) => <span style={{ whiteSpace: 'pre-line' }}>{t}</span> },
        {
          title: 'Chỉ tiêu',
          key: 'indicator',
          width: '32%',
          render: (_, c) =>
            c.indicator ? (
              <span>
                <Typography.Text code>{c.indicator.code}</Typography.Text> {c.indicator.name}
              </span>
            ) : (
              <Typography.Text type="secondary">Không gắn chỉ tiêu</Typography.Text>
            ),
        },
        {
          title: 'Giá trị đăng ký',
          key: 'target',
          width: 180,
          align: 'right',
          render: (_, c) => <span style={{ whiteSpace: 'nowrap' }}>{targetText(c.target, c.indicator?.unitOfMeasure)}</span>,
        },
      ]}
    />
  );
}

export function DocumentsTable({ r }: { r: RegistrationDetail }) {
  return (
    <Table<LinkedDoc>
      size="small"
      rowKey="id"
      dataSource={r.documents}
      pagination={false}
      locale={{ emptyText: 'Không có văn bản kèm theo.' }}
      columns={[
        {
          title: 'Văn bản',
          key: 'citation',
          width: '45%',
          render: (_, d) => <Typography.Text copyable={{ text: d.citation, tooltips: ['Sao chép trích dẫn', 'Đã sao chép'] }}>{d.citation}</Typography.Text>,
        },
        { title: 'Trích yếu', dataIndex: 'title' },
      ]}
    />
  );
}

/** Registrations of the units below, forwarded upward with this one. */
export function IncludedTable({ r }: { r: RegistrationDetail }) {
  return <RegistrationTable items={r.included} hide={['movement', 'combinedInto']} pageSize={50} emptyText="Không gộp đăng ký nào." />;
}

export function HistoryTimeline({ r }: { r: RegistrationDetail }) {
  if (!r.transitions.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Đăng ký chưa gửi đi lần nào." />;
  return (
    <TransitionTimeline
      transitions={r.transitions}
      stateTag={(s: RegistrationState) => <RegistrationStateTag state={s} />}
      stateLabel={stateLabel}
      colorOf={(to) => (to === 'tra_lai' ? 'red' : to === 'da_duyet' ? 'green' : to === 'chua_gui' ? 'gray' : 'blue')}
    />
  );
}
