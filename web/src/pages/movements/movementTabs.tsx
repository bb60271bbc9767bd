import { Empty, Table, Tag, Typography } from 'antd';
import type { TabsProps } from 'antd';
import type { ReactNode } from 'react';
import type { MovementDetail, MovementState } from '../../api/movements';
import { TransitionTimeline } from '../../components/TransitionTimeline';
import { AsOfLink } from '../../lib/asOf';
import { MovementRegistrationsLabel, MovementRegistrationsTab } from '../registrations/MovementRegistrationsTab';
import { MovementStateTag, stateLabel } from './labels';

/**
 * One tab of the movement page. Later modules ("Đăng ký thi đua", "Chỉ tiêu") add theirs either by
 * appending to MOVEMENT_TABS here or by passing `extraTabs` to MovementDetailPage from routes.tsx.
 */
export interface MovementTab {
  key: string;
  label: (m: MovementDetail) => ReactNode;
  render: (m: MovementDetail) => ReactNode;
}

const counted = (text: string, n: number) => (n ? `${text} (${n})` : text);

type Criterion = MovementDetail['criteria'][number];
type Scope = MovementDetail['scopes'][number];
type LinkedDoc = MovementDetail['documents'][number];
type Child = MovementDetail['children'][number];

function CriteriaTab({ m }: { m: MovementDetail }) {
  return (
    <Table<Criterion>
      size="small"
      rowKey="id"
      dataSource={m.criteria}
      pagination={false}
      locale={{ emptyText: 'Chưa có tiêu chí thi đua.' }}
      columns={[
        { title: 'STT', key: 'i', width: 60, render: (_, __, i) => i + 1 },
        { title: 'Nội dung tiêu chí', dataIndex: 'text', render: (t: string) => <span style={{ whiteSpace: 'pre-line' }}>{t}</span> },
        { title: '', dataIndex: 'mandatory', width: 110, render: (b: boolean) => b && <Tag color="red">Bắt buộc</Tag> },
      ]}
    />
  );
}

function ScopeTab({ m }: { m: MovementDetail }) {
  return (
    <Table<Scope>
      size="small"
      rowKey={(s) => s.unit?.id ?? s.group?.id ?? ''}
      dataSource={m.scopes}
      pagination={false}
      locale={{ emptyText: 'Chưa chọn đơn vị hoặc cụm, khối tham gia.' }}
      columns={[
        { title: 'Loại', key: 'kind', width: 120, render: (_, s) => (s.unit ? 'Đơn vị' : 'Cụm, khối') },
        {
          title: 'Tên',
          key: 'name',
          render: (_, s) =>
            s.unit ? <AsOfLink to={`/don-vi/${s.unit.id}`}>{s.unit.name}</AsOfLink> : s.group && <AsOfLink to={`/cum-khoi/${s.group.id}`}>{s.group.name}</AsOfLink>,
        },
      ]}
    />
  );
}

function DocumentsTab({ m }: { m: MovementDetail }) {
  return (
    <Table<LinkedDoc>
      size="small"
      rowKey="id"
      dataSource={m.documents}
      pagination={false}
      locale={{ emptyText: 'Chưa gắn văn bản chỉ đạo, hướng dẫn.' }}
      columns={[
        {
          title: 'Văn bản',
          key: 'citation',
          render: (_, d) => (
            <Typography.Text copyable={{ text: d.citation, tooltips: ['Sao chép trích dẫn', 'Đã sao chép'] }}>{d.citation}</Typography.Text>
          ),
        },
        { title: 'Trích yếu', dataIndex: 'title' },
      ]}
    />
  );
}

function ChildrenTab({ m }: { m: MovementDetail }) {
  if (!m.children.length) return <Empty description="Chưa có phong trào nào hưởng ứng phong trào này." />;
  return (
    <Table<Child>
      size="small"
      rowKey="id"
      dataSource={m.children}
      pagination={false}
      columns={[{ title: 'Phong trào hưởng ứng', key: 'name', render: (_, c) => <AsOfLink to={`/phong-trao/${c.id}`}>{c.name}</AsOfLink> }]}
    />
  );
}

function HistoryTab({ m }: { m: MovementDetail }) {
  if (!m.transitions.length) return <Empty description="Phong trào đang soạn thảo, chưa chuyển trạng thái lần nào." />;
  return (
    <TransitionTimeline
      transitions={m.transitions}
      stateTag={(s: MovementState) => <MovementStateTag state={s} />}
      stateLabel={stateLabel}
      colorOf={(to) => (to === 'soan_thao' ? 'red' : 'green')}
    />
  );
}

export const MOVEMENT_TABS: MovementTab[] = [
  { key: 'tieu-chi', label: (m) => counted('Tiêu chí', m.criteria.length), render: (m) => <CriteriaTab m={m} /> },
  { key: 'pham-vi', label: (m) => counted('Phạm vi', m.scopes.length), render: (m) => <ScopeTab m={m} /> },
  { key: 'van-ban', label: (m) => counted('Văn bản', m.documents.length), render: (m) => <DocumentsTab m={m} /> },
  { key: 'huong-ung', label: (m) => counted('Phong trào hưởng ứng', m.children.length), render: (m) => <ChildrenTab m={m} /> },
  { key: 'dang-ky', label: (m) => <MovementRegistrationsLabel m={m} />, render: (m) => <MovementRegistrationsTab m={m} /> },
];

// History closes the row whatever other modules add.
const HISTORY_TAB: MovementTab = { key: 'lich-su', label: () => 'Lịch sử', render: (m) => <HistoryTab m={m} /> };

/** The Tabs items for a movement: the built-in tabs, those added by other modules, then the history. */
export function movementTabItems(m: MovementDetail, extra: MovementTab[] = []): NonNullable<TabsProps['items']> {
  return [...MOVEMENT_TABS, ...extra, HISTORY_TAB].map((t) => ({ key: t.key, label: t.label(m), children: t.render(m) }));
}
