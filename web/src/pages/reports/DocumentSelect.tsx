import { Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useDocuments } from '../../api/documents';
import { useDebounced } from '../../lib/useDebounced';

interface Option {
  value: string;
  label: string;
  title: string;
}

/** One document of the sổ văn bản, shown by its citation ("Công văn số 3959/UBND-VXNV ngày 22/9/2023"). */
export function DocumentSelect(props: { id?: string; value?: string | null; onChange?: (v: string | null) => void; known?: Record<string, string> }) {
  const { id, value, onChange, known } = props;
  const [text, setText] = useState('');
  const q = useDebounced(text, 300);
  const docs = useDocuments({ q: q.trim() || undefined, page: 1, pageSize: 20 });
  const [picked, setPicked] = useState<Record<string, string>>({});

  const options = useMemo<Option[]>(() => {
    const found: Option[] = (docs.data?.items ?? []).map((d) => ({ value: d.id, label: d.citation, title: d.title }));
    const label = value ? (picked[value] ?? known?.[value]) : undefined;
    if (value && label && !found.some((o) => o.value === value)) found.unshift({ value, label, title: '' });
    return found;
  }, [docs.data, value, picked, known]);

  return (
    <Select<string, Option>
      id={id}
      value={value ?? undefined}
      options={options}
      allowClear
      placeholder="Gõ số, ký hiệu hoặc trích yếu để tìm văn bản (không cần dấu)"
      showSearch={{ filterOption: false, onSearch: setText }}
      loading={docs.isFetching}
      notFoundContent={docs.isFetching ? 'Đang tìm…' : docs.isError ? docs.error.message : 'Không tìm thấy văn bản phù hợp'}
      optionRender={(o) => (
        <div style={{ whiteSpace: 'normal' }}>
          <div>{o.data.label}</div>
          {o.data.title && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {o.data.title}
            </Typography.Text>
          )}
        </div>
      )}
      onChange={(v, opt) => {
        const o = Array.isArray(opt) ? undefined : opt;
        if (v && o) setPicked((p) => ({ ...p, [v]: o.label }));
        setText('');
        onChange?.(v ?? null);
      }}
      style={{ width: '100%' }}
    />
  );
}
