import { List, Select, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { CheckFinding } from '../../api/checker';
import { CATEGORY_INFO, SEVERITY_INFO } from './categories';

type Category = CheckFinding['category'];
type Severity = CheckFinding['severity'];

/** Findings filterable by category and severity; choosing one scrolls the text to it. */
export function FindingList({ findings, onPick }: { findings: CheckFinding[]; onPick: (index: number) => void }) {
  const [categories, setCategories] = useState<Category[]>([]);
  const [severities, setSeverities] = useState<Severity[]>([]);
  const counts = useMemo(() => {
    const m = new Map<Category, number>();
    for (const f of findings) m.set(f.category, (m.get(f.category) ?? 0) + 1);
    return m;
  }, [findings]);
  const shown = findings
    .map((f, index) => ({ f, index }))
    .filter(({ f }) => (!categories.length || categories.includes(f.category)) && (!severities.length || severities.includes(f.severity)));

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Select<Category[]>
          mode="multiple"
          allowClear
          aria-label="Lọc theo loại"
          placeholder="Tất cả các loại"
          style={{ minWidth: 240 }}
          value={categories}
          onChange={setCategories}
          options={(Object.keys(CATEGORY_INFO) as Category[]).map((c) => ({ value: c, label: `${CATEGORY_INFO[c].label} (${counts.get(c) ?? 0})` }))}
        />
        <Select<Severity[]>
          mode="multiple"
          allowClear
          aria-label="Lọc theo mức độ"
          placeholder="Mọi mức độ"
          style={{ minWidth: 180 }}
          value={severities}
          onChange={setSeverities}
          options={(Object.keys(SEVERITY_INFO) as Severity[]).map((s) => ({ value: s, label: SEVERITY_INFO[s].label }))}
        />
      </Space>
      <List
        size="small"
        bordered
        style={{ maxHeight: '62vh', overflow: 'auto' }}
        dataSource={shown}
        locale={{ emptyText: findings.length ? 'Không có phát hiện nào khớp bộ lọc.' : 'Không phát hiện vấn đề nào.' }}
        renderItem={({ f, index }) => (
          <List.Item onClick={() => onPick(index)} style={{ cursor: 'pointer' }}>
            <Space orientation="vertical" size={2} style={{ width: '100%' }}>
              <Space size={4} wrap>
                <Tag color={CATEGORY_INFO[f.category].tag}>{CATEGORY_INFO[f.category].label}</Tag>
                <Tag color={SEVERITY_INFO[f.severity].color}>Mức {SEVERITY_INFO[f.severity].label.toLowerCase()}</Tag>
              </Space>
              <Typography.Text>{f.message}</Typography.Text>
              {f.suggestion && <Typography.Text type="secondary">Gợi ý: {f.suggestion}</Typography.Text>}
            </Space>
          </List.Item>
        )}
      />
    </Space>
  );
}
