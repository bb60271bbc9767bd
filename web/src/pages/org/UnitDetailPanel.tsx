import { EditOutlined, PlusOutlined, SwapOutlined } from '@ant-design/icons';
import { Alert, Breadcrumb, Button, Card, Descriptions, Result, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import type { UnitDetail } from '../../../../src/shared/api/org';
import { formatViDate } from '../../../../src/shared/vi-date';
import { useMe } from '../../api/auth';
import { useUnit } from '../../api/org';
import { AsOfLink, useAsOf } from '../../lib/asOf';
import { validityText } from '../../lib/dates';
import { TREE_VERSION_LABELS, UNIT_KIND_LABELS } from './labels';
import { MoveUnitModal } from './ParentLinkModals';
import { UnitChildren, UnitGroups, UnitLineage, UnitParents } from './UnitRelations';
import { UnitFormModal } from './UnitFormModal';

type Dialog = 'create' | 'edit' | 'move' | null;

function ValidityAlert({ unit, asOf }: { unit: UnitDetail; asOf: string }) {
  const day = formatViDate(asOf);
  if (unit.validFrom && asOf < unit.validFrom) {
    return <Alert type="warning" showIcon title={`Đơn vị chưa hình thành vào ngày ${day}`} description={`Hiệu lực ${validityText(unit.validFrom, unit.validTo)}.`} />;
  }
  if (unit.validTo && asOf > unit.validTo) {
    const into = unit.mergedInto.map((m) => m.unit.name).join(', ');
    return (
      <Alert
        type="warning"
        showIcon
        title={`Đơn vị không còn tồn tại vào ngày ${day}`}
        description={`Hiệu lực ${validityText(unit.validFrom, unit.validTo)}.${into ? ` Đã sáp nhập vào: ${into}.` : ''}`}
      />
    );
  }
  return null;
}

function UnitActions(props: { unit: UnitDetail; canAddAgency: boolean; canManage: boolean; onOpen: (d: Dialog) => void }) {
  const { unit, canAddAgency, canManage, onOpen } = props;
  return (
    <Space wrap>
      {canAddAgency && (
        <Button icon={<PlusOutlined />} onClick={() => onOpen('create')}>
          Thêm cơ quan, đơn vị trực thuộc
        </Button>
      )}
      {canManage && (
        <Button icon={<EditOutlined />} onClick={() => onOpen('edit')}>
          Sửa
        </Button>
      )}
      {canManage && unit.kind !== 'national' && (
        <Button icon={<SwapOutlined />} onClick={() => onOpen('move')}>
          Chuyển trực thuộc
        </Button>
      )}
    </Space>
  );
}

export function UnitDetailPanel() {
  const { id } = useParams();
  const { asOf } = useAsOf();
  const { data: me } = useMe();
  const unit = useUnit(id, asOf);
  const [dialog, setDialog] = useState<Dialog>(null);

  if (unit.isPending) return <Card><Spin description="Đang tải…" /></Card>;
  if (unit.isError) return <Card><Result status="warning" title="Không xem được đơn vị" subTitle={unit.error.message} /></Card>;

  const u = unit.data;
  const can = (a: string) => !!me?.actions.includes(a);
  const canManage = can(u.kind === 'agency' ? 'org.manage_agencies' : 'org.manage_admin_units');
  const close = () => setDialog(null);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={
          <Typography.Title level={4} style={{ margin: 0 }}>
            {u.name}
          </Typography.Title>
        }
        extra={can('audit.read') && <AsOfLink to={`/nhat-ky?entity=org_unit&entityId=${u.id}`}>Nhật ký thay đổi</AsOfLink>}
      >
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          {(can('org.manage_agencies') || canManage) && <UnitActions unit={u} canAddAgency={can('org.manage_agencies')} canManage={canManage} onOpen={setDialog} />}
          <ValidityAlert unit={u} asOf={asOf} />
          {u.path.length > 0 && (
            <Breadcrumb
              items={[
                ...u.path.map((p) => ({ key: p.id, title: <AsOfLink to={`/don-vi/${p.id}`}>{p.name}</AsOfLink> })),
                { key: u.id, title: u.name },
              ]}
            />
          )}
          <Typography.Text>Hiệu lực: {validityText(u.validFrom, u.validTo)}</Typography.Text>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            bordered
            items={[
              { key: 'type', label: 'Loại', children: u.unitType },
              { key: 'kind', label: 'Cấp', children: UNIT_KIND_LABELS[u.kind] },
              { key: 'code', label: 'Mã', children: u.code ?? '—' },
              { key: 'short', label: 'Tên viết tắt', children: u.shortName ?? '—' },
              {
                key: 'tree',
                label: 'Danh mục',
                children: u.treeVersion ? <Tag color={u.treeVersion === '2025' ? 'green' : 'default'}>{TREE_VERSION_LABELS[u.treeVersion]}</Tag> : '—',
              },
              ...(u.note ? [{ key: 'note', label: 'Ghi chú', span: 'filled' as const, children: u.note }] : []),
            ]}
          />
        </Space>
      </Card>
      <UnitChildren unit={u} asOf={asOf} />
      <UnitParents unit={u} asOf={asOf} canManage={canManage} />
      <UnitLineage unit={u} />
      <UnitGroups unit={u} />

      <UnitFormModal mode="create" open={dialog === 'create'} parent={{ id: u.id, name: u.name }} asOf={asOf} onClose={close} />
      <UnitFormModal mode="edit" open={dialog === 'edit'} unit={u} onReload={() => void unit.refetch()} onClose={close} />
      {u.kind !== 'national' && <MoveUnitModal open={dialog === 'move'} unit={u} asOf={asOf} onClose={close} />}
    </Space>
  );
}
