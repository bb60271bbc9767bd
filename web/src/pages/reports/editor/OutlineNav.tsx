import { Badge, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { memo, useMemo } from 'react';
import { sectionDomId, type OutlineSectionView } from './outline';

/** Scrolls the page to a section and moves the keyboard focus to its heading. */
export function scrollToSection(key: string) {
  const el = document.getElementById(sectionDomId(key));
  if (!el) return;
  el.scrollIntoView({ behavior: 'smooth', block: 'start' });
  const heading = el.querySelector('h3');
  if (heading instanceof HTMLElement) {
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
  }
}

/**
 * The outline as a tree: numbering and title, a green dot for sections with an answer and a grey one
 * for those still empty (headings that only group subsections have no dot). Choosing one scrolls there.
 */
export const OutlineNav = memo(function OutlineNav(props: { sections: OutlineSectionView[]; answered: (key: string) => boolean; findingCount?: (key: string) => number }) {
  const { sections, answered, findingCount } = props;
  const treeData = useMemo(() => {
    const build = (list: OutlineSectionView[]): DataNode[] =>
      list.map((s) => {
        const leaf = s.children.length === 0;
        const done = answered(s.key);
        const n = findingCount?.(s.key) ?? 0;
        return {
          key: s.key,
          title: (
            <span style={{ display: 'flex', gap: 6, alignItems: 'baseline' }}>
              {leaf && <Badge status={done ? 'success' : 'default'} aria-label={done ? 'đã trả lời' : 'chưa trả lời'} />}
              <span className="outline-nav-title">
                {s.numbering && <strong>{s.numbering} </strong>}
                {s.title}
                {n > 0 && <Typography.Text type="danger"> ({n})</Typography.Text>}
              </span>
            </span>
          ),
          children: leaf ? undefined : build(s.children),
        };
      });
    return build(sections);
  }, [sections, answered, findingCount]);

  return (
    <nav aria-label="Đề cương báo cáo" className="outline-nav">
      <Tree blockNode defaultExpandAll treeData={treeData} selectedKeys={[]} onSelect={(_, info) => scrollToSection(String(info.node.key))} />
    </nav>
  );
});
