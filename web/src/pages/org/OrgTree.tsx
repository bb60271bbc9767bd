import { useQueries, useQueryClient } from '@tanstack/react-query';
import { Alert, Spin, Tree, Typography, type TreeDataNode } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Ref } from '../../../../src/shared/api/common';
import type { UnitSummary } from '../../../../src/shared/api/org';
import { childrenQuery, useRootUnit } from '../../api/org';

interface UnitNode extends TreeDataNode {
  unitId: string;
  children?: UnitNode[];
}

/** Tree keys are paths of ids, so a unit listed under two parents never clashes. */
const unitIdOf = (key: string) => key.slice(key.lastIndexOf('/') + 1);

function NodeTitle({ unit }: { unit: Pick<UnitSummary, 'name' | 'code'> }) {
  return (
    <span>
      <span>{unit.name}</span>
      {unit.code && (
        <Typography.Text type="secondary" style={{ marginLeft: 6, fontSize: 12 }}>
          {unit.code}
        </Typography.Text>
      )}
    </span>
  );
}

interface OrgTreeProps {
  asOf: string;
  selectedId?: string;
  /** Ancestors of the selected unit (from the top); they are expanded so the unit shows in the tree. */
  selectedPath?: Ref[];
  onSelect: (unitId: string) => void;
}

/**
 * The organisation as of one date, loaded level by level. Children come from the query cache,
 * so edits elsewhere (which invalidate 'org' queries) show up here without a reload.
 * Mount it with key={asOf}: a new date starts from a fresh, collapsed tree.
 */
export function OrgTree({ asOf, selectedId, selectedPath, onSelect }: OrgTreeProps) {
  const qc = useQueryClient();
  const root = useRootUnit();
  const [expanded, setExpanded] = useState<string[] | null>(null);
  const expandedKeys = expanded ?? (root.data ? [root.data.id] : []);

  const boxRef = useRef<HTMLDivElement>(null);
  const rootId = root.data?.id;
  const pathKey = selectedPath?.map((p) => p.id).join('/') ?? '';
  useEffect(() => {
    if (!rootId || !pathKey) return;
    const ids = pathKey.split('/');
    if (ids[0] !== rootId) ids.unshift(rootId);
    const keys = ids.map((_, i) => ids.slice(0, i + 1).join('/'));
    setExpanded((prev) => [...new Set([...(prev ?? [rootId]), ...keys])]);
  }, [rootId, pathKey]);

  // Bring the selected node into view once it is rendered.
  useEffect(() => {
    const t = setTimeout(() => boxRef.current?.querySelector('.ant-tree-node-selected')?.scrollIntoView({ block: 'nearest' }), 300);
    return () => clearTimeout(t);
  }, [selectedId, pathKey]);

  const expandedIds = useMemo(() => [...new Set(expandedKeys.map(unitIdOf))], [expandedKeys]);
  const childResults = useQueries({ queries: expandedIds.map((id) => childrenQuery(id, asOf)) });
  const childrenById = new Map<string, UnitSummary[]>();
  expandedIds.forEach((id, i) => {
    const items = childResults[i]?.data;
    if (items) childrenById.set(id, items);
  });

  const build = (units: UnitSummary[], parentKey: string, seen: Set<string>): UnitNode[] =>
    units.map((u) => {
      const key = parentKey ? `${parentKey}/${u.id}` : u.id;
      const kids = seen.has(u.id) ? undefined : childrenById.get(u.id);
      return {
        key,
        unitId: u.id,
        title: <NodeTitle unit={u} />,
        isLeaf: u.childCount === 0,
        children: kids ? build(kids, key, new Set(seen).add(u.id)) : undefined,
      };
    });

  const treeData = root.data ? build([root.data], '', new Set()) : [];

  const selectedKeys: string[] = [];
  const collect = (nodes: UnitNode[]) =>
    nodes.forEach((n) => {
      if (n.unitId === selectedId) selectedKeys.push(String(n.key));
      if (n.children) collect(n.children);
    });
  collect(treeData);

  if (root.isError) return <Alert type="error" showIcon title={root.error.message} />;
  if (root.isPending) return <Spin description="Đang tải cây đơn vị…" />;

  // Errors show from the queries above; a rejected promise would make the tree retry loading in a loop.
  const loadChildren = (node: UnitNode) =>
    qc.fetchQuery(childrenQuery(node.unitId, asOf)).then(
      () => undefined,
      () => undefined,
    );
  const loadError = childResults.find((r) => r.isError)?.error;

  return (
    <div ref={boxRef}>
      {loadError && <Alert type="error" showIcon title={loadError.message} style={{ marginBottom: 8 }} />}
      <Tree<UnitNode>
        blockNode
        showLine
        treeData={treeData}
        expandedKeys={expandedKeys}
        selectedKeys={selectedKeys}
        onExpand={(keys) => setExpanded(keys.map(String))}
        loadData={loadChildren}
        onSelect={(_, info) => onSelect(info.node.unitId)}
      />
    </div>
  );
}
