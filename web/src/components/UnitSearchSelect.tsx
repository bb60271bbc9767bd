import { Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { Ref } from '../../../src/shared/api/common';
import type { UnitKind } from '../../../src/shared/api/org';
import { useUnitSearch } from '../api/org';
import { useDebounced } from '../lib/useDebounced';

export interface UnitSearchSelectProps {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null, unit: Ref | null) => void;
  /** Search units valid on this date; omit to search all dates. */
  asOf?: string;
  kind?: UnitKind;
  /** Label for the current value before any search (e.g. the unit being edited). */
  initial?: Ref | null;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  style?: React.CSSProperties;
}

interface Option {
  value: string;
  label: string;
  path: string;
}

/** Picks an org unit by typing part of its name (diacritics optional); the server does the search. */
export function UnitSearchSelect(props: UnitSearchSelectProps) {
  const { value, onChange, asOf, kind, initial, placeholder, allowClear = true, disabled, style, id } = props;
  const [text, setText] = useState('');
  const q = useDebounced(text, 300);
  // Names of units the user picked, so the label stays after the search text changes.
  const [known, setKnown] = useState<Record<string, string>>({});
  const search = useUnitSearch({ q, asOf, kind, limit: 30 });

  const options = useMemo<Option[]>(() => {
    const found: Option[] = (search.data ?? []).map((u) => ({
      value: u.id,
      label: u.code ? `${u.name} (${u.code})` : u.name,
      path: u.path,
    }));
    if (value && !found.some((o) => o.value === value)) {
      const label = known[value] ?? (initial?.id === value ? initial.name : undefined);
      if (label) found.unshift({ value, label, path: '' });
    }
    return found;
  }, [search.data, value, known, initial]);

  return (
    <Select<string, Option>
      id={id}
      value={value ?? undefined}
      options={options}
      disabled={disabled}
      allowClear={allowClear}
      style={{ width: '100%', ...style }}
      placeholder={placeholder ?? 'Gõ tên đơn vị để tìm (không cần dấu)'}
      showSearch={{ filterOption: false, onSearch: setText }}
      loading={search.isFetching}
      notFoundContent={
        q.trim() === ''
          ? 'Gõ tên đơn vị để tìm'
          : search.isFetching
            ? 'Đang tìm…'
            : search.isError
              ? search.error.message
              : 'Không tìm thấy đơn vị phù hợp'
      }
      optionRender={(o) => (
        <div>
          <div>{o.data.label}</div>
          {o.data.path && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {o.data.path}
            </Typography.Text>
          )}
        </div>
      )}
      onChange={(v, opt) => {
        const picked = Array.isArray(opt) ? undefined : opt;
        if (v && picked) setKnown((k) => ({ ...k, [v]: picked.label }));
        onChange?.(v ?? null, v && picked ? { id: v, name: picked.label } : null);
      }}
    />
  );
}
