import { Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { searchKey } from '../../../../src/shared/vi-text';
import { useDocuments } from '../../api/documents';
import { useMovements } from '../../api/movements';
import { useDebounced } from '../../lib/useDebounced';
import { periodText } from './labels';

interface DocOption {
  value: string;
  label: string;
  title: string;
}

/** Documents from the sổ văn bản, searched on the server; `known` labels the ones already linked before any search. */
export function DocumentPicker(props: {
  id?: string;
  value?: string[];
  onChange?: (v: string[]) => void;
  known: Record<string, string>;
}) {
  const { id, value = [], onChange, known } = props;
  const [text, setText] = useState('');
  const q = useDebounced(text, 300);
  const docs = useDocuments({ q: q.trim() || undefined, page: 1, pageSize: 20 });
  // Citations of documents picked from earlier searches, so their tags keep a readable label.
  const [picked, setPicked] = useState<Record<string, string>>({});

  const options = useMemo<DocOption[]>(() => {
    const found: DocOption[] = (docs.data?.items ?? []).map((d) => ({ value: d.id, label: d.citation, title: d.title }));
    for (const v of value) {
      const label = picked[v] ?? known[v];
      if (!found.some((o) => o.value === v) && label) found.push({ value: v, label, title: '' });
    }
    return found;
  }, [docs.data, value, picked, known]);

  return (
    <Select<string[], DocOption>
      id={id}
      mode="multiple"
      value={value}
      options={options}
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
      onChange={(ids, opts) => {
        const list = Array.isArray(opts) ? opts : [];
        setPicked((p) => ({ ...p, ...Object.fromEntries(list.filter((o) => o?.value).map((o) => [o.value, o.label])) }));
        setText('');
        onChange?.(ids);
      }}
      style={{ width: '100%' }}
    />
  );
}

/** Movement this one answers (e.g. a province's answer to a national movement); itself and its own children are left out. */
export function ParentPicker(props: { id?: string; value?: string | null; onChange?: (v: string | null) => void; exclude: string[] }) {
  const movements = useMovements();
  const options = (movements.data ?? [])
    .filter((m) => !props.exclude.includes(m.id))
    .map((m) => ({ value: m.id, label: m.name, hint: `${m.ownerUnit.name} · ${periodText(m.periodFrom, m.periodTo)}` }));
  return (
    <Select<string>
      id={props.id}
      value={props.value ?? undefined}
      onChange={(v) => props.onChange?.(v ?? null)}
      allowClear
      placeholder="Không hưởng ứng phong trào nào"
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
      notFoundContent={movements.isError ? movements.error.message : 'Không có phong trào phù hợp'}
      style={{ width: '100%' }}
    />
  );
}
