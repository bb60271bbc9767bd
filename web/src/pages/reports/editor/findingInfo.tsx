import { Tag } from 'antd';
import { CATEGORY_INFO, SEVERITY_INFO } from '../../checker/categories';
import type { FindingView } from '../../../api/report-editor';

const OTHER = { label: 'Khác', color: '#f0f0f0', tag: 'default' };

/** Name and colours of a checker category; a category the page does not know yet still shows. */
export const categoryInfo = (c: string) => (CATEGORY_INFO as Record<string, { label: string; color: string; tag: string }>)[c] ?? OTHER;

export function FindingTags({ f }: { f: Pick<FindingView, 'category' | 'severity'> }) {
  const c = categoryInfo(f.category);
  return (
    <>
      <Tag color={c.tag}>{c.label}</Tag>
      <Tag color={SEVERITY_INFO[f.severity].color}>Mức {SEVERITY_INFO[f.severity].label.toLowerCase()}</Tag>
    </>
  );
}

export const DECISION_LABEL = { accepted: 'Đã chấp nhận', dismissed: 'Đã bỏ qua' } as const;

/** Findings grouped by section in outline order; findings of sections the outline no longer has come last. */
export function groupBySection<F extends { sectionKey: string }>(findings: F[], order: { key: string; label: string }[]): { key: string; label: string; items: F[] }[] {
  const groups = new Map<string, F[]>();
  for (const f of findings) groups.set(f.sectionKey, [...(groups.get(f.sectionKey) ?? []), f]);
  const out = order.filter((s) => groups.has(s.key)).map((s) => ({ key: s.key, label: s.label, items: groups.get(s.key)! }));
  const known = new Set(order.map((s) => s.key));
  for (const [key, items] of groups) if (!known.has(key)) out.push({ key, label: 'Nội dung chung', items });
  return out;
}

const safe = (key: string) => key.replace(/[^A-Za-z0-9_-]/g, '_');
/** Id of a finding's card in the reviewer's panel, and of its first mark in the text. */
export const findingDomId = (key: string) => `phat-hien-${safe(key)}`;
export const findingMarkId = (key: string) => `danh-dau-${safe(key)}`;
