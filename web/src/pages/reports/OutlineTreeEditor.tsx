import { ExclamationCircleFilled, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Empty, Row, Tag, Tree, Typography, type TreeDataNode } from 'antd';
import { useMemo, useState } from 'react';
import type { OutlineSection, OutlineTree } from '../../api/reports';
import { SECTION_KINDS } from './labels';
import {
  addChild,
  addSibling,
  blankSection,
  findSection,
  flatten,
  moveSection,
  removeSection,
  sectionLabel,
  updateSection,
} from './outlineEdit';
import { SectionEditor, type SectionCommand } from './SectionEditor';

interface Props {
  tree: OutlineTree;
  onChange: (tree: OutlineTree) => void;
  /** Problems found by the server, by section key. */
  issues: Record<string, string[]>;
  /** A section was edited: its problems may be gone. */
  onEdited?: (key: string) => void;
}

function toNodes(sections: OutlineSection[], issues: Record<string, string[]>): TreeDataNode[] {
  return sections.map((s) => ({
    key: s.key,
    title: (
      <span>
        {issues[s.key]?.length ? <ExclamationCircleFilled style={{ color: '#ff4d4f', marginInlineEnd: 4 }} aria-label="Có lỗi" /> : null}
        {sectionLabel(s, 110)}
        {s.kind !== 'narrative' && (
          <Tag style={{ marginInlineStart: 6 }} color={s.kind === 'indicator_table' ? 'geekblue' : 'cyan'}>
            {SECTION_KINDS[s.kind]}
          </Tag>
        )}
        {s.repeatOf && (
          <Tag style={{ marginInlineStart: 6 }} color="gold">
            tương tự
          </Tag>
        )}
      </span>
    ),
    children: toNodes(s.children, issues),
  }));
}

/** Numbering a new section would likely get: the next letter, digit or roman numeral after its sibling's. */
function nextNumbering(prev: string | undefined): string {
  if (!prev) return '';
  const m = /^(.*?)(\d+)(\D*)$/.exec(prev);
  if (m) return `${m[1] ?? ''}${Number(m[2]) + 1}${m[3] ?? ''}`;
  // Vietnamese letters run a, b, c, d, đ, e…
  const letter = /^([a-zđ])\)$/.exec(prev)?.[1];
  if (letter) return `${letter === 'd' ? 'đ' : letter === 'đ' ? 'e' : String.fromCharCode(letter.charCodeAt(0) + 1)})`;
  const romans = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];
  const roman = /^([IVX]+)(\.?)$/.exec(prev);
  const at = roman ? romans.indexOf(roman[1] ?? '') : -1;
  if (roman && at >= 0) return `${romans[at + 1] ?? ''}${roman[2] ?? ''}`;
  return '';
}

/** The outline as a tree on the left and the chosen section's fields on the right. */
export function OutlineTreeEditor({ tree, onChange, issues, onEdited }: Props) {
  const { modal } = App.useApp();
  const [selected, setSelected] = useState<string | null>(tree.sections[0]?.key ?? null);
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const all = useMemo(() => flatten(tree.sections), [tree]);
  // A new tree (an import) replaces the chosen section: its first section is chosen then.
  const section = (selected ? findSection(tree.sections, selected) : null) ?? tree.sections[0] ?? null;
  const nodes = useMemo(() => toNodes(tree.sections, issues), [tree, issues]);
  const expandedKeys = all.filter((f) => f.section.children.length > 0 && !collapsed.has(f.section.key)).map((f) => f.section.key);
  const issueCount = Object.values(issues).reduce((n, l) => n + l.length, 0);

  function command(c: SectionCommand) {
    if (!section) return;
    switch (c) {
      case 'addSibling': {
        const s = blankSection(tree, nextNumbering(section.numbering));
        onChange(addSibling(tree, section.key, s));
        return setSelected(s.key);
      }
      case 'addChild': {
        const last = section.children[section.children.length - 1];
        const s = blankSection(tree, last ? nextNumbering(last.numbering) : '1.');
        onChange(addChild(tree, section.key, s));
        setCollapsed((x) => new Set([...x].filter((k) => k !== section.key)));
        return setSelected(s.key);
      }
      case 'up':
      case 'down':
        return onChange(moveSection(tree, section.key, c === 'up' ? -1 : 1));
      case 'delete': {
        const n = flatten([section]).length;
        const doDelete = () => {
          const index = all.findIndex((f) => f.section.key === section.key);
          const next = removeSection(tree, section.key);
          onChange(next);
          // Select what now stands where the section was, else the one before it.
          const rest = flatten(next.sections);
          setSelected(rest[Math.min(index, rest.length - 1)]?.section.key ?? null);
        };
        if (n === 1 && !section.title.trim()) return doDelete();
        modal.confirm({
          title: `Xóa mục “${sectionLabel(section, 80)}”?`,
          content: n > 1 ? `Mục này có ${n - 1} mục con; tất cả sẽ bị xóa khỏi đề cương.` : 'Mục sẽ bị xóa khỏi đề cương.',
          okText: 'Xóa mục',
          okButtonProps: { danger: true },
          cancelText: 'Hủy',
          onOk: doDelete,
        });
      }
    }
  }

  return (
    <Row gutter={16}>
      <Col xs={24} lg={11}>
        <Card
          size="small"
          title={`Cấu trúc đề cương (${all.length} mục)`}
          extra={issueCount > 0 && <Typography.Text type="danger">{issueCount} lỗi cần sửa</Typography.Text>}
          styles={{ body: { maxHeight: 'calc(100vh - 260px)', minHeight: 240, overflow: 'auto' } }}
        >
          {tree.sections.length === 0 ? (
            <Empty description="Đề cương chưa có mục nào">
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => {
                  const s = blankSection(tree, 'I.');
                  onChange(addSibling(tree, null, s));
                  setSelected(s.key);
                }}
              >
                Thêm mục
              </Button>
            </Empty>
          ) : (
            <Tree
              aria-label="Cấu trúc đề cương"
              blockNode
              treeData={nodes}
              selectedKeys={selected ? [selected] : []}
              expandedKeys={expandedKeys}
              onExpand={(_, info) => {
                const key = String(info.node.key);
                setCollapsed((x) => {
                  const next = new Set(x);
                  if (info.expanded) next.delete(key);
                  else next.add(key);
                  return next;
                });
              }}
              onSelect={(keys) => keys.length > 0 && setSelected(String(keys[0]))}
            />
          )}
        </Card>
      </Col>
      <Col xs={24} lg={13}>
        <Card size="small" title={section ? `Mục ${sectionLabel(section, 70)}` : 'Chọn một mục để sửa'}>
          {section ? (
            <SectionEditor
              key={section.key}
              tree={tree}
              section={section}
              issues={issues[section.key] ?? []}
              onChange={(patch) => {
                onChange(updateSection(tree, section.key, patch));
                onEdited?.(section.key);
              }}
              onCommand={command}
            />
          ) : (
            <Typography.Text type="secondary">Bấm vào một mục trong cấu trúc đề cương ở bên trái.</Typography.Text>
          )}
        </Card>
      </Col>
    </Row>
  );
}
