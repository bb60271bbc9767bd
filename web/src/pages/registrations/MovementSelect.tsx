import { Select, Typography } from 'antd';
import { searchKey } from '../../../../src/shared/vi-text';
import { useMovements, type MovementSummary } from '../../api/movements';
import { periodText } from '../movements/labels';

/** Registrations answer a launched movement: drafts are not public yet and ended ones take no more. */
export const openForRegistration = (m: MovementSummary) => m.state !== 'soan_thao' && m.state !== 'ket_thuc';

interface Props {
  id?: string;
  value?: string | null;
  onChange?: (v: string | null) => void;
  /** Only movements that take registrations (for the form); the filter lists all. */
  onlyOpen?: boolean;
  placeholder?: string;
  disabled?: boolean;
  style?: React.CSSProperties;
}

/** A movement picked by typing part of its name, diacritics optional. */
export function MovementSelect({ id, value, onChange, onlyOpen, placeholder, disabled, style }: Props) {
  const movements = useMovements();
  const options = (movements.data ?? [])
    .filter((m) => !onlyOpen || openForRegistration(m) || m.id === value)
    .map((m) => ({ value: m.id, label: m.name, hint: `${m.ownerUnit.name} · ${periodText(m.periodFrom, m.periodTo)}` }));
  return (
    <Select<string>
      id={id}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      allowClear
      disabled={disabled}
      placeholder={placeholder ?? 'Chọn phong trào'}
      loading={movements.isPending}
      options={options}
      showSearch={{ filterOption: (input, o) => searchKey(`${o?.label ?? ''} ${o?.hint ?? ''}`).includes(searchKey(input)) }}
      optionRender={(o) => (
        <div style={{ whiteSpace: 'normal' }}>
          <div>{o.data.label}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {o.data.hint}
          </Typography.Text>
        </div>
      )}
      notFoundContent={movements.isError ? movements.error.message : onlyOpen ? 'Không có phong trào đang nhận đăng ký' : 'Không có phong trào phù hợp'}
      style={{ width: '100%', ...style }}
    />
  );
}
