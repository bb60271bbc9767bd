import { Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useUnitSearch } from '../../api/org';
import { useDebounced } from '../../lib/useDebounced';

interface Option {
  value: string;
  label: string;
  path: string;
}

interface Props {
  id?: string;
  value?: string[];
  onChange?: (v: string[]) => void;
  asOf?: string;
  /** Names of units already in the value that no search has returned (added in bulk, say). */
  labels?: Record<string, string>;
  placeholder?: string;
  'aria-label'?: string;
}

/** Several org units, each found by typing part of its name (diacritics optional). */
export function UnitMultiSelect({ id, value = [], onChange, asOf, labels, placeholder, ...rest }: Props) {
  const [text, setText] = useState('');
  const q = useDebounced(text, 300);
  const search = useUnitSearch({ q, asOf, limit: 30 });
  const [known, setKnown] = useState<Record<string, string>>({});

  const options = useMemo<Option[]>(() => {
    const found: Option[] = (search.data ?? []).map((u) => ({ value: u.id, label: u.name, path: u.path }));
    const seen = new Set(found.map((o) => o.value));
    for (const v of value) if (!seen.has(v)) found.push({ value: v, label: known[v] ?? labels?.[v] ?? v, path: '' });
    return found;
  }, [search.data, value, known, labels]);

  return (
    <Select<string[], Option>
      id={id}
      aria-label={rest['aria-label']}
      mode="multiple"
      value={value}
      options={options}
      placeholder={placeholder ?? 'Gõ tên đơn vị để tìm (không cần dấu)'}
      showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
      loading={search.isFetching}
      maxTagCount={30}
      maxTagPlaceholder={(omitted) => `+ ${omitted.length} đơn vị`}
      notFoundContent={q.trim() === '' ? 'Gõ tên đơn vị để tìm' : search.isFetching ? 'Đang tìm…' : search.isError ? search.error.message : 'Không tìm thấy đơn vị phù hợp'}
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
      onChange={(ids, opts) => {
        const list = (Array.isArray(opts) ? opts : []).filter((o): o is Option => !!o?.value);
        setKnown((k) => ({ ...k, ...Object.fromEntries(list.map((o) => [o.value, o.label])) }));
        setText('');
        onChange?.(ids);
      }}
      style={{ width: '100%' }}
    />
  );
}
