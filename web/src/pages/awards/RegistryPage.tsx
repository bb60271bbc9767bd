import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useCan } from '../../api/auth';
import { useRegistryForms, useSubjects, type SubjectSearchParams, type SubjectSummary } from '../../api/awards';
import { YearFilterInput } from '../../components/YearFilterInput';
import { UnitSearchSelect } from '../../components/UnitSearchSelect';
import { formatNumber } from '../../lib/dates';
import { KIND_OPTIONS } from './labels';
import { RecordModal } from './RecordModal';

type Filters = Omit<SubjectSearchParams, 'page' | 'pageSize'>;

/** "Sổ khen thưởng": every person and collective with their awards, searched without diacritics and in any word order. */
export function RegistryPage() {
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const subjects = useSubjects({ ...filters, page, pageSize });
  const forms = useRegistryForms();
  const canManage = useCan('award.manage');
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  const filter = (patch: Filters) => {
    setFilters((f) => ({ ...f, ...patch }));
    setPage(1);
  };
  const showPersonal = (subjects.data?.items ?? []).some((s) => s.personal);
  const total = subjects.data?.total ?? 0;

  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          Sổ khen thưởng
        </Typography.Title>
      }
      extra={
        canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            Ghi khen thưởng
          </Button>
        )
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          aria-label="Tìm trong sổ khen thưởng"
          placeholder="Họ tên hoặc tên tập thể (không cần dấu, không cần đúng thứ tự)"
          allowClear
          enterButton="Tìm"
          onSearch={(v) => filter({ q: v.trim() || undefined })}
          style={{ width: 460 }}
        />
        <Select
          aria-label="Loại đối tượng"
          placeholder="Loại đối tượng"
          allowClear
          options={KIND_OPTIONS}
          value={filters.kind}
          onChange={(kind) => filter({ kind: kind ?? undefined })}
          style={{ width: 160 }}
        />
        <Select<string>
          aria-label="Danh hiệu, hình thức"
          placeholder="Danh hiệu, hình thức khen thưởng"
          allowClear
          loading={forms.isLoading}
          options={(forms.data ?? []).map((f) => ({ value: f.code, label: f.name }))}
          showSearch={{ optionFilterProp: 'label' }}
          value={filters.awardCode}
          onChange={(awardCode) => filter({ awardCode: awardCode ?? undefined })}
          style={{ width: 300 }}
        />
        <YearFilterInput label="Năm khen thưởng" placeholder="Năm" onYear={(year) => filter({ year })} />
        <UnitSearchSelect placeholder="Thuộc đơn vị (gõ tên để tìm)" value={filters.unitId ?? null} onChange={(unitId) => filter({ unitId: unitId ?? undefined })} style={{ width: 300 }} />
      </Space>
      {subjects.isError && <Alert type="error" showIcon title={subjects.error.message} style={{ marginBottom: 16 }} />}
      <Table<SubjectSummary>
        rowKey="id"
        loading={subjects.isFetching}
        dataSource={subjects.data?.items ?? []}
        onRow={(s) => ({ onClick: () => void navigate(`/khen-thuong/doi-tuong/${s.id}`), style: { cursor: 'pointer' } })}
        pagination={{
          current: page,
          pageSize,
          total,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (t) => (subjects.data?.totalCapped ? `Hơn ${formatNumber(t)} kết quả — hãy gõ thêm để thu hẹp` : `${formatNumber(t)} kết quả`),
          onChange: (p, ps) => {
            setPage(ps === pageSize ? p : 1);
            setPageSize(ps);
          },
        }}
        locale={{ emptyText: filters.q ? 'Không tìm thấy ai phù hợp.' : 'Sổ khen thưởng chưa có dữ liệu phù hợp.' }}
        columns={[
          {
            title: 'Họ tên / Tên tập thể',
            dataIndex: 'fullName',
            width: 260,
            render: (v: string, s) => (
              <Link to={`/khen-thuong/doi-tuong/${s.id}`} onClick={(e) => e.stopPropagation()}>
                {v}
              </Link>
            ),
          },
          { title: 'Đối tượng', dataIndex: 'kindLabel', width: 120, render: (v: string) => <Tag>{v}</Tag> },
          ...(showPersonal ? [{ title: 'Năm sinh', key: 'birth', width: 100, render: (_: unknown, s: SubjectSummary) => s.personal?.birthYear ?? '' }] : []),
          { title: 'Chức vụ, nơi công tác', key: 'work', render: (_: unknown, s: SubjectSummary) => [s.position, s.workplace].filter(Boolean).join(', ') || '—' },
          { title: 'Đơn vị', dataIndex: ['unit', 'name'], width: 220 },
          { title: 'Số lần khen', dataIndex: 'awardCount', width: 110, align: 'right' },
          { title: 'Gần nhất', key: 'latest', width: 280, render: (_: unknown, s: SubjectSummary) => (s.latestAward ? `${s.latestAward.name} (${s.latestAward.year})` : '—') },
        ]}
      />
      {canManage && <RecordModal open={creating} onClose={() => setCreating(false)} onSaved={(r) => r.subjectId && void navigate(`/khen-thuong/doi-tuong/${r.subjectId}`)} />}
    </Card>
  );
}
