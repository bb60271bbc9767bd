import { Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useIndicatorSets } from '../../api/indicators';
import type { OutlineSection, OutlineTree } from '../../api/reports';
import { SECTION_KINDS } from './labels';
import { findSection } from './outlineEdit';

interface Props {
  tree: OutlineTree;
  /** Shown on each section (e.g. the import's problems), by section key. */
  notes?: Record<string, string[]>;
  'aria-label'?: string;
}

/** An outline read as the units will see it: numbering, title, guidance and what each section asks for. */
export function OutlineTreeView({ tree, notes, ...rest }: Props) {
  const sets = useIndicatorSets();
  const setNames = useMemo(() => Object.fromEntries((sets.data ?? []).map((s) => [s.id, s.name])), [sets.data]);
  return (
    // The label avoids the words of form fields ("Đề cương", "Hướng dẫn") so that finding a field by its label stays unambiguous.
    <div className="outline-view" aria-label={rest['aria-label'] ?? 'Các mục phải báo cáo'} role="region">
      <Typography.Text strong style={{ display: 'block', textAlign: 'center', marginBottom: 8 }}>
        {tree.title}
      </Typography.Text>
      {tree.preamble && (
        <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-line', textAlign: 'center' }}>
          {tree.preamble}
        </Typography.Paragraph>
      )}
      <SectionList sections={tree.sections} tree={tree} setNames={setNames} notes={notes} depth={0} />
    </div>
  );
}

function SectionList(props: { sections: OutlineSection[]; tree: OutlineTree; setNames: Record<string, string>; notes?: Record<string, string[]>; depth: number }) {
  const { sections, depth } = props;
  if (sections.length === 0) return null;
  return (
    <ul style={{ listStyle: 'none', margin: 0, paddingInlineStart: depth === 0 ? 0 : 24 }}>
      {sections.map((s) => (
        <li key={s.key} style={{ margin: '6px 0' }}>
          <SectionLine {...props} s={s} />
          <SectionList {...props} sections={s.children} depth={depth + 1} />
        </li>
      ))}
    </ul>
  );
}

function SectionLine({ s, tree, setNames, notes, depth }: { s: OutlineSection; tree: OutlineTree; setNames: Record<string, string>; notes?: Record<string, string[]>; depth: number }) {
  const repeated = s.repeatOf ? findSection(tree.sections, s.repeatOf.sectionKey) : null;
  return (
    <div>
      <Typography.Text strong={depth === 0}>
        {s.numbering && <span style={{ marginInlineEnd: 6 }}>{s.numbering}</span>}
        {s.title}
      </Typography.Text>{' '}
      {s.kind !== 'narrative' && <Tag color={s.kind === 'indicator_table' ? 'geekblue' : 'cyan'}>{SECTION_KINDS[s.kind]}</Tag>}
      {s.repeatOf && <Tag color="gold">Báo cáo tương tự mục {repeated ? repeated.numbering || repeated.title : s.repeatOf.sectionKey}</Tag>}
      {s.kind === 'indicator_table' && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          Bộ chỉ tiêu: {(s.indicatorSetId && setNames[s.indicatorSetId]) || 'chưa chọn'}
        </Typography.Text>
      )}
      {s.kind === 'list' && s.columns && s.columns.length > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          Cột: {s.columns.map((c) => c.label + (c.type === 'number' ? ' (số)' : '')).join('; ')}
        </Typography.Text>
      )}
      {s.guidance && (
        <div>
          <Typography.Text type="secondary" italic style={{ fontSize: 13, whiteSpace: 'pre-line' }}>
            {s.guidance}
          </Typography.Text>
        </div>
      )}
      {notes?.[s.key]?.map((n, i) => (
        <div key={i}>
          <Typography.Text type="danger" style={{ fontSize: 12 }}>
            {n}
          </Typography.Text>
        </div>
      ))}
    </div>
  );
}
