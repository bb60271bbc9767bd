import { Button, Card, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { UnitDetail, UnitSummary } from '../../../../src/shared/api/org';
import { formatViDate } from '../../../../src/shared/vi-date';
import { useChildren } from '../../api/org';
import { MemberRoleTag } from '../../components/MemberRoleTag';
import { AsOfLink } from '../../lib/asOf';
import { formatNumber, isValidOn } from '../../lib/dates';
import { CloseLinkModal, type ParentLink } from './ParentLinkModals';

type LineageEntry = UnitDetail['mergedFrom'][number];

const dateOrDash = (d: string | null) => (d ? formatViDate(d) : '—');

export function UnitChildren({ unit, asOf }: { unit: UnitDetail; asOf: string }) {
  const children = useChildren(unit.id, asOf);
  const count = children.data?.length ?? 0;
  return (
    <Card title={`Đơn vị trực thuộc vào ngày ${formatViDate(asOf)}${children.data ? ` (${formatNumber(count)})` : ''}`} size="small">
      <Table<UnitSummary>
        size="small"
        rowKey="id"
        loading={children.isPending}
        dataSource={children.data ?? []}
        pagination={count > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        locale={{ emptyText: children.isError ? children.error.message : 'Không có đơn vị trực thuộc vào ngày này.' }}
        columns={[
          { title: 'Tên', key: 'name', render: (_, c) => <AsOfLink to={`/don-vi/${c.id}`}>{c.name}</AsOfLink> },
          { title: 'Loại', dataIndex: 'unitType' },
          { title: 'Mã', dataIndex: 'code', render: (v: string | null) => v ?? '—' },
          { title: 'Số đơn vị trực thuộc', dataIndex: 'childCount', align: 'right', render: (n: number) => formatNumber(n) },
        ]}
      />
    </Card>
  );
}

export function UnitParents({ unit, asOf, canManage }: { unit: UnitDetail; asOf: string; canManage: boolean }) {
  const [closing, setClosing] = useState<ParentLink | null>(null);
  return (
    <Card title="Trực thuộc" size="small">
      <Table<ParentLink>
        size="small"
        rowKey="linkId"
        pagination={false}
        dataSource={unit.parents}
        locale={{ emptyText: 'Không trực thuộc đơn vị nào (cấp cao nhất).' }}
        columns={[
          { title: 'Đơn vị cấp trên', key: 'parent', render: (_, p) => <AsOfLink to={`/don-vi/${p.parent.id}`}>{p.parent.name}</AsOfLink> },
          { title: 'Từ ngày', dataIndex: 'validFrom', render: dateOrDash },
          { title: 'Đến ngày', dataIndex: 'validTo', render: dateOrDash },
          {
            title: 'Vào ngày đang xem',
            key: 'state',
            render: (_, p) =>
              isValidOn(p.validFrom, p.validTo, asOf) ? (
                <Tag color="green">Đang trực thuộc</Tag>
              ) : p.validFrom && p.validFrom > asOf ? (
                <Tag>Chưa bắt đầu</Tag>
              ) : (
                <Tag>Đã kết thúc</Tag>
              ),
          },
          ...(canManage
            ? [
                {
                  title: '',
                  key: 'actions',
                  render: (_: unknown, p: ParentLink) =>
                    !p.validTo || p.validTo >= asOf ? (
                      <Button size="small" onClick={() => setClosing(p)}>
                        Kết thúc
                      </Button>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      <CloseLinkModal link={closing} asOf={asOf} onClose={() => setClosing(null)} />
    </Card>
  );
}

function LineageTable({ entries }: { entries: LineageEntry[] }) {
  return (
    <Table<LineageEntry>
      size="small"
      rowKey={(e) => `${e.unit.id}-${e.effectiveDate}`}
      pagination={false}
      dataSource={entries}
      columns={[
        {
          title: 'Đơn vị',
          key: 'unit',
          render: (_, e) => (
            <>
              <AsOfLink to={`/don-vi/${e.unit.id}`}>{e.unit.name}</AsOfLink>
              {e.unit.code && <Typography.Text type="secondary"> {e.unit.code}</Typography.Text>}
            </>
          ),
        },
        {
          title: 'Phạm vi',
          key: 'kind',
          render: (_, e) => `${e.kind === 'full' ? 'toàn bộ' : 'một phần'}${e.isPrimary ? ' (chính)' : ''}`,
        },
        { title: 'Ngày hiệu lực', dataIndex: 'effectiveDate', render: (d: string) => formatViDate(d) },
        { title: 'Ghi chú', dataIndex: 'note', render: (n: string | null) => n ?? '' },
      ]}
    />
  );
}

/** Lineage from the 2025 reorganisation of administrative units. */
export function UnitLineage({ unit }: { unit: UnitDetail }) {
  if (unit.mergedFrom.length === 0 && unit.mergedInto.length === 0) return null;
  return (
    <>
      {unit.mergedFrom.length > 0 && (
        <Card title="Được hợp nhất từ" size="small">
          <LineageTable entries={unit.mergedFrom} />
        </Card>
      )}
      {unit.mergedInto.length > 0 && (
        <Card title="Đã sáp nhập vào" size="small">
          <LineageTable entries={unit.mergedInto} />
        </Card>
      )}
    </>
  );
}

type Membership = UnitDetail['groups'][number];

export function UnitGroups({ unit }: { unit: UnitDetail }) {
  return (
    <Card title="Cụm, khối thi đua" size="small">
      <Table<Membership>
        size="small"
        rowKey={(g) => `${g.groupId}-${g.role}`}
        pagination={false}
        dataSource={unit.groups}
        locale={{ emptyText: 'Chưa là thành viên cụm, khối thi đua nào.' }}
        columns={[
          { title: 'Cụm/khối', key: 'name', render: (_, g) => <AsOfLink to={`/cum-khoi/${g.groupId}`}>{g.name}</AsOfLink> },
          { title: 'Năm', dataIndex: 'year' },
          { title: 'Vai trò', dataIndex: 'role', render: (r: string) => <MemberRoleTag role={r} /> },
        ]}
      />
    </Card>
  );
}
