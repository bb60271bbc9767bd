import { Alert, Checkbox, Space, Spin, Typography } from 'antd';
import { useRegistrations } from '../../api/registrations';

interface Props {
  id?: string;
  value?: string[];
  onChange?: (v: string[]) => void;
  movementId?: string | null;
  year?: number | null;
  /** The registering unit: only registrations it reviewed can be forwarded with its own. */
  unitId?: string | null;
  /** The registration being edited: its own included ones stay pickable. */
  selfId?: string;
}

/** "Gộp đăng ký đã duyệt của cấp dưới": approved registrations this unit reviewed, same movement and year, not yet combined elsewhere. */
export function IncludedPicker({ id, value = [], onChange, movementId, year, unitId, selfId }: Props) {
  const ready = !!movementId && !!year && !!unitId;
  const approved = useRegistrations({ movementId: movementId ?? undefined, year: year ?? undefined, state: 'da_duyet' }, ready);
  if (!ready) return <Typography.Text type="secondary">Chọn phong trào, đơn vị và năm để xem các đăng ký có thể gộp.</Typography.Text>;
  if (approved.isPending) return <Spin size="small" />;
  if (approved.isError) return <Alert type="error" showIcon title={approved.error.message} />;
  const items = approved.data.filter((r) => r.reviewerUnit.id === unitId && (!r.combinedInto || r.combinedInto.id === selfId));
  if (!items.length) {
    return <Typography.Text type="secondary">Chưa có đăng ký đã duyệt nào của đơn vị cấp dưới (do đơn vị này duyệt) để gộp.</Typography.Text>;
  }
  return (
    <div id={id}>
      <Checkbox.Group value={value} onChange={(v) => onChange?.(v)} style={{ width: '100%' }}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          {items.map((r) => (
            <Checkbox key={r.id} value={r.id}>
              <Typography.Text strong>{r.unit.name}</Typography.Text>
              <Typography.Text type="secondary">
                {' '}
                · {r.titles.join('; ') || 'không đăng ký danh hiệu'} · {r.commitmentCount} giao ước
              </Typography.Text>
            </Checkbox>
          ))}
        </Space>
      </Checkbox.Group>
    </div>
  );
}
