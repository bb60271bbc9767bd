import { Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useIndicatorChoices } from '../../api/registrations';
import { useDebounced } from '../../lib/useDebounced';
import type { IndicatorMeta } from './formValues';

interface Option {
  value: string;
  label: string;
  meta: IndicatorMeta;
  disabled?: boolean;
}

interface Props {
  id?: string;
  value?: string | null;
  onChange?: (v: string | null) => void;
  /** Indicators already known (picked earlier or saved on the registration), for the label before any search. */
  known: Record<string, IndicatorMeta>;
  /** Remembers what was picked, so the target can be read in the indicator's unit and decimals. */
  onPick: (m: IndicatorMeta) => void;
  /** Indicators tied to other commitments: the server accepts each indicator once per registration. */
  used: string[];
}

const labelOf = (m: IndicatorMeta) => `${m.code} — ${m.name}`;

/** An indicator from the catalogue, searched on the server by code or name. */
export function IndicatorPicker({ id, value, onChange, known, onPick, used }: Props) {
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 300);
  const found = useIndicatorChoices(q);

  const options = useMemo<Option[]>(() => {
    const list: Option[] = (found.data ?? []).map((i) => {
      const meta = { id: i.id, code: i.code, name: i.name, unitOfMeasure: i.unitOfMeasure, decimals: i.decimals };
      return { value: i.id, label: labelOf(meta), meta, disabled: used.includes(i.id) };
    });
    const current = value ? known[value] : undefined;
    if (current && !list.some((o) => o.value === value)) list.unshift({ value: current.id, label: labelOf(current), meta: current });
    return list;
  }, [found.data, value, known, used]);

  return (
    <Select<string, Option>
      id={id}
      value={value ?? undefined}
      options={options}
      allowClear
      placeholder="Không gắn chỉ tiêu (gõ mã hoặc tên để tìm)"
      showSearch={{ filterOption: false, onSearch: setText }}
      loading={found.isFetching}
      notFoundContent={found.isFetching ? 'Đang tìm…' : found.isError ? found.error.message : 'Không tìm thấy chỉ tiêu phù hợp'}
      optionRender={(o) => (
        <div style={{ whiteSpace: 'normal' }}>
          <div>{o.data.label}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            Đơn vị tính: {o.data.meta.unitOfMeasure}
            {o.data.disabled ? ' · đã gắn với giao ước khác' : ''}
          </Typography.Text>
        </div>
      )}
      onChange={(v, opt) => {
        const picked = Array.isArray(opt) ? undefined : opt;
        if (picked) onPick(picked.meta);
        setText('');
        onChange?.(v ?? null);
      }}
      style={{ width: '100%' }}
    />
  );
}
