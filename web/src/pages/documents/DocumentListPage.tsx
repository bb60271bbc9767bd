import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Input, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { formatViDate } from '../../../../src/shared/vi-date';
import { useCan } from '../../api/auth';
import { useDocuments, type DocumentView } from '../../api/documents';
import { formatNumber } from '../../lib/dates';
import { DocTypeSelect } from './DocumentFields';
import { DocumentCreateModal } from './DocumentCreateModal';
import { DocumentDrawer } from './DocumentDrawer';
import { YearFilterInput } from '../../components/YearFilterInput';

interface Filters {
  q?: string;
  docType?: string;
  year?: number;
}

/** "Sổ văn bản": documents directing and guiding emulation work, searched and paged on the server. */
export function DocumentListPage() {
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const docs = useDocuments({ ...filters, page, pageSize });
  const canManage = useCan('document.manage');
  const [creating, setCreating] = useState(false);
  const [shown, setShown] = useState<{ id: string | null; open: boolean }>({ id: null, open: false });

  // Any change of filter starts again from the first page.
  const filter = (patch: Filters) => {
    setFilters((f) => ({ ...f, ...patch }));
    setPage(1);
  };
  const show = (id: string) => setShown({ id, open: true });

  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          Sổ văn bản
        </Typography.Title>
      }
      extra={
        canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            Vào sổ văn bản
          </Button>
        )
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          aria-label="Tìm văn bản"
          placeholder="Tìm theo số, trích yếu, cơ quan ban hành (không cần gõ dấu)"
          allowClear
          onSearch={(v) => filter({ q: v.trim() || undefined })}
          style={{ width: 460 }}
        />
        <DocTypeSelect
          aria-label="Loại văn bản"
          placeholder="Loại văn bản"
          allowClear
          value={filters.docType}
          onChange={(v) => filter({ docType: v ?? undefined })}
          style={{ width: 240 }}
        />
        <YearFilterInput label="Năm ban hành" width={150} onYear={(year) => filter({ year })} />
      </Space>
      {docs.isError && <Alert type="error" showIcon title={docs.error.message} style={{ marginBottom: 16 }} />}
      <Table<DocumentView>
        rowKey="id"
        loading={docs.isFetching}
        dataSource={docs.data?.items ?? []}
        onRow={(d) => ({ onClick: () => show(d.id), style: { cursor: 'pointer' } })}
        pagination={{
          current: page,
          pageSize,
          total: docs.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (total) => `${formatNumber(total)} văn bản`,
          onChange: (p, ps) => {
            setPage(ps === pageSize ? p : 1);
            setPageSize(ps);
          },
        }}
        locale={{ emptyText: 'Chưa có văn bản nào phù hợp.' }}
        columns={[
          {
            title: 'Số, ký hiệu',
            dataIndex: 'numberSymbol',
            width: 170,
            render: (v: string | null, d) => (
              <Typography.Link
                onClick={(e) => {
                  e.stopPropagation();
                  show(d.id);
                }}
              >
                {v || '(không số)'}
              </Typography.Link>
            ),
          },
          { title: 'Ngày ban hành', dataIndex: 'issuedOn', width: 145, render: (v: string | null) => (v ? formatViDate(v) : '—') },
          { title: 'Loại', dataIndex: 'docTypeName', width: 140 },
          { title: 'Trích yếu', dataIndex: 'title', render: (v: string) => <Typography.Paragraph ellipsis={{ rows: 2, tooltip: v }} style={{ margin: 0 }}>{v}</Typography.Paragraph> },
          { title: 'Cơ quan ban hành', dataIndex: 'issuerName', width: 220 },
        ]}
      />
      {canManage && <DocumentCreateModal open={creating} onClose={() => setCreating(false)} onCreated={(d) => show(d.id)} />}
      <DocumentDrawer id={shown.id} open={shown.open} onClose={() => setShown((s) => ({ ...s, open: false }))} />
    </Card>
  );
}
