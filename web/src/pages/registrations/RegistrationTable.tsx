import { Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { RegistrationSummary } from '../../api/registrations';
import { AsOfLink } from '../../lib/asOf';
import { formatNumber, formatViDateTime } from '../../lib/dates';
import { RegistrationStateTag } from './labels';

type Column = 'movement' | 'combinedInto';

interface Props {
  items: RegistrationSummary[];
  loading?: boolean;
  /** Columns to leave out where the context already says them (e.g. the movement on its own page). */
  hide?: Column[];
  emptyText?: string;
  pageSize?: number;
}

function TitlesCell({ titles }: { titles: string[] }) {
  if (!titles.length) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <>
      {titles.map((t) => (
        <Tag key={t} style={{ marginBottom: 4, whiteSpace: 'normal' }}>
          {t}
        </Tag>
      ))}
    </>
  );
}

/** Registrations as a list: the unit opens the registration, the movement opens the movement. */
export function RegistrationTable({ items, loading, hide = [], emptyText, pageSize = 20 }: Props) {
  const columns: ColumnsType<RegistrationSummary> = [
    { title: 'Đơn vị', key: 'unit', width: 150, render: (_, r) => <AsOfLink to={`/dang-ky/${r.id}`}>{r.unit.name}</AsOfLink> },
    { title: 'Phong trào', key: 'movement', render: (_, r) => <AsOfLink to={`/phong-trao/${r.movement.id}`}>{r.movement.name}</AsOfLink> },
    { title: 'Năm', dataIndex: 'year', width: 64 },
    { title: 'Danh hiệu đăng ký', key: 'titles', width: 200, render: (_, r) => <TitlesCell titles={r.titles} /> },
    { title: 'Số giao ước', dataIndex: 'commitmentCount', width: 84, align: 'right', render: (n: number) => formatNumber(n) },
    { title: 'Trạng thái', dataIndex: 'state', width: 110, render: (s: string) => <RegistrationStateTag state={s} /> },
    // Date over time in a narrow column: the table already needs all its width.
    { title: 'Gửi lúc', dataIndex: 'submittedAt', width: 100, render: (t: string | null) => (t ? formatViDateTime(t) : '—') },
    { title: 'Đơn vị duyệt', key: 'reviewer', width: 140, render: (_, r) => r.reviewerUnit.name },
    {
      title: 'Đã gộp vào',
      key: 'combinedInto',
      width: 140,
      render: (_, r) => (r.combinedInto ? <AsOfLink to={`/dang-ky/${r.combinedInto.id}`}>{r.combinedInto.name}</AsOfLink> : '—'),
    },
  ];
  const shown = columns.filter((c) => !hide.includes(c.key as Column));
  // Room for the unfixed movement column, when shown; the others have fixed widths.
  const minWidth = shown.reduce((a, c) => a + (typeof c.width === 'number' ? c.width : 250), 0);
  return (
    <Table<RegistrationSummary>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={items}
      columns={shown}
      scroll={{ x: minWidth }}
      pagination={{ pageSize, hideOnSinglePage: true, showSizeChanger: false, showTotal: (t) => `${formatNumber(t)} đăng ký` }}
      locale={{ emptyText: emptyText ?? 'Chưa có đăng ký thi đua nào phù hợp.' }}
    />
  );
}
