import { Select } from 'antd';
import { useEffect } from 'react';
import { searchKey } from '../../../../src/shared/vi-text';
import { useIndicatorSets } from '../../api/indicators';

/** Picks a bộ chỉ tiêu by name (typing without diacritics works). */
export function SetSelect({ value, onChange, style }: { value?: string; onChange: (id: string | undefined) => void; style?: React.CSSProperties }) {
  const sets = useIndicatorSets();
  const first = sets.data?.[0]?.id;
  // With nothing chosen yet, the first set saves a click (most boards work with one or two sets).
  useEffect(() => {
    if (!value && first) onChange(first);
  }, [value, first, onChange]);
  return (
    <Select<string>
      aria-label="Bộ chỉ tiêu"
      placeholder="Chọn bộ chỉ tiêu"
      value={value}
      onChange={(v) => onChange(v ?? undefined)}
      loading={sets.isPending}
      options={(sets.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
      showSearch={{ filterOption: (input, o) => searchKey(String(o?.label ?? '')).includes(searchKey(input)) }}
      notFoundContent={sets.isError ? sets.error.message : 'Chưa có bộ chỉ tiêu nào'}
      style={{ width: 360, ...style }}
    />
  );
}
