import { Alert, Empty, Input, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useUnitSearch } from '../../api/org';
import { useDebounced } from '../../lib/useDebounced';
import { UNIT_KIND_LABELS } from './labels';

interface OrgSearchProps {
  asOf: string;
  onOpen: (unitId: string) => void;
}

/** Finds units valid on asOf by name or code; the server ignores diacritics. */
export function OrgSearch({ asOf, onOpen }: OrgSearchProps) {
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 300);
  const search = useUnitSearch({ q, asOf, limit: 30 });
  const active = q.length > 0;

  return (
    <div style={{ marginBottom: 12 }}>
      <Input.Search
        placeholder="Tìm đơn vị (không cần gõ dấu)"
        aria-label="Tìm đơn vị"
        allowClear
        value={text}
        onChange={(e) => setText(e.target.value)}
        onSearch={(v) => setText(v)}
        loading={active && search.isFetching}
      />
      {active && (
        <div role="region" aria-label="Kết quả tìm đơn vị" style={{ marginTop: 8, maxHeight: 320, overflow: 'auto' }}>
          {search.isError && <Alert type="error" showIcon title={search.error.message} />}
          {search.isPending && <Spin size="small" />}
          {search.data && search.data.length === 0 && (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Không tìm thấy đơn vị phù hợp vào ngày đang xem." />
          )}
          {search.data?.map((u) => (
            <button key={u.id} type="button" className="search-result" onClick={() => onOpen(u.id)}>
              <div>
                <Typography.Text strong>{u.name}</Typography.Text>
                {u.code && (
                  <Typography.Text type="secondary" style={{ marginLeft: 6, fontSize: 12 }}>
                    {u.code}
                  </Typography.Text>
                )}
              </div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {UNIT_KIND_LABELS[u.kind]} · {u.unitType}
                {u.path ? ` · ${u.path}` : ''}
              </Typography.Text>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
