import { Alert, Button, Card, DatePicker, Input, Select, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { AuditEntry } from '../../../../src/shared/api/audit';
import { useAudit, type AuditFilter } from '../../api/audit';
import { VI_DATE_INPUT_FORMATS, formatNumber, formatViDateTime, fromIso, toIso } from '../../lib/dates';
import { AuditDiff } from './AuditDiff';
import { ENTITY_LABELS, entityLabel } from './labels';

const shortId = (id: string) => (id.length > 12 ? `${id.slice(0, 8)}…` : id);

type Filter = Omit<AuditFilter, 'page' | 'pageSize'>;

/** Nhật ký thay đổi: who changed what and when. Filters can come from the URL (entity, entityId). */
export function AuditPage() {
  const [params] = useSearchParams();
  const [filter, setFilter] = useState<Filter>({
    entity: params.get('entity') ?? undefined,
    entityId: params.get('entityId') ?? undefined,
  });
  const [actorText, setActorText] = useState('');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const audit = useAudit({ ...filter, page, pageSize });

  const update = (patch: Partial<Filter>) => {
    setFilter((f) => ({ ...f, ...patch }));
    setPage(1);
  };
  const range: [Dayjs | null, Dayjs | null] = [fromIso(filter.from), fromIso(filter.to)];

  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          Nhật ký thay đổi
        </Typography.Title>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label="Loại đối tượng"
          placeholder="Loại đối tượng"
          allowClear
          style={{ width: 220 }}
          value={filter.entity}
          onChange={(v?: string) => update({ entity: v, entityId: undefined })}
          options={Object.entries(ENTITY_LABELS).map(([value, label]) => ({ value, label }))}
        />
        <Input.Search
          placeholder="Người thực hiện"
          allowClear
          value={actorText}
          onChange={(e) => setActorText(e.target.value)}
          onSearch={(v) => update({ actor: v.trim() || undefined })}
          style={{ width: 240 }}
        />
        <DatePicker.RangePicker
          format={VI_DATE_INPUT_FORMATS}
          placeholder={['Từ ngày', 'Đến ngày']}
          allowEmpty={[true, true]}
          value={range}
          onChange={(v) => update({ from: toIso(v?.[0]) ?? undefined, to: toIso(v?.[1]) ?? undefined })}
        />
        {filter.entityId && (
          <Button onClick={() => update({ entityId: undefined })}>Bỏ lọc theo đối tượng {shortId(filter.entityId)}</Button>
        )}
      </Space>
      {audit.isError && <Alert type="error" showIcon title={audit.error.message} style={{ marginBottom: 16 }} />}
      <Table<AuditEntry>
        rowKey="id"
        size="small"
        loading={audit.isFetching}
        dataSource={audit.data?.items ?? []}
        locale={{ emptyText: 'Không có thay đổi nào phù hợp.' }}
        expandable={{ expandedRowRender: (e) => <AuditDiff entry={e} /> }}
        pagination={{
          current: page,
          pageSize,
          total: audit.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (t) => `${formatNumber(t)} thay đổi`,
          onChange: (p, s) => {
            setPage(s === pageSize ? p : 1);
            setPageSize(s);
          },
        }}
        columns={[
          { title: 'Thời gian', dataIndex: 'at', width: 150, render: (at: string) => formatViDateTime(at) },
          { title: 'Người thực hiện', dataIndex: 'actorName', render: (n: string | null) => n ?? 'Hệ thống' },
          { title: 'Hành động', dataIndex: 'actionLabel' },
          {
            title: 'Đối tượng',
            key: 'entity',
            render: (_, e) => (
              <span title={e.entityId ?? undefined}>
                {entityLabel(e.entity)}
                {e.entityId && <Typography.Text type="secondary"> {shortId(e.entityId)}</Typography.Text>}
              </span>
            ),
          },
          { title: 'IP', dataIndex: 'ip', width: 140, render: (ip: string | null) => ip ?? '—' },
        ]}
      />
    </Card>
  );
}
