import { searchKey } from '../../../../src/shared/vi-text';
import type { OutlineSection, OutlineTree } from '../../api/reports';

/** Pure operations of the outline editor. Sections are addressed by their key, which stays put while they move. */

export type ListColumn = NonNullable<OutlineSection['columns']>[number];

export interface FlatSection {
  section: OutlineSection;
  depth: number;
  /** Positions from the top: [2, 0] is the first child of the third section. */
  path: number[];
}

export function flatten(sections: readonly OutlineSection[], depth = 0, prefix: number[] = []): FlatSection[] {
  return sections.flatMap((section, i) => [{ section, depth, path: [...prefix, i] }, ...flatten(section.children, depth + 1, [...prefix, i])]);
}

export function findSection(sections: readonly OutlineSection[], key: string): OutlineSection | null {
  for (const s of sections) {
    if (s.key === key) return s;
    const found = findSection(s.children, key);
    if (found) return found;
  }
  return null;
}

/** Where a section sits: the path of its parent list and its index in it. */
function pathOf(sections: readonly OutlineSection[], key: string): { parentPath: number[]; index: number } | null {
  const path = flatten(sections).find((f) => f.section.key === key)?.path;
  if (!path || path.length === 0) return null;
  return { parentPath: path.slice(0, -1), index: path[path.length - 1]! };
}

/** Rebuilds the list at `path`'s parent with `fn` applied to the siblings, everything else shared. */
function editSiblings(sections: OutlineSection[], parentPath: number[], fn: (siblings: OutlineSection[]) => OutlineSection[]): OutlineSection[] {
  if (parentPath.length === 0) return fn(sections);
  const [head, ...rest] = parentPath;
  return sections.map((s, i) => (i === head ? { ...s, children: editSiblings(s.children, rest, fn) } : s));
}

/** A key unused in the tree, short and URL-safe ("m-k3x9q"), as the server's key rule wants. */
export function newSectionKey(tree: OutlineTree): string {
  const used = new Set(flatten(tree.sections).map((f) => f.section.key));
  for (;;) {
    const key = `m-${Math.random().toString(36).slice(2, 8)}`;
    if (!used.has(key)) return key;
  }
}

export function blankSection(tree: OutlineTree, numbering = ''): OutlineSection {
  return { key: newSectionKey(tree), numbering, title: '', guidance: null, kind: 'narrative', indicatorSetId: null, columns: null, repeatOf: null, children: [] };
}

export function updateSection(tree: OutlineTree, key: string, patch: Partial<OutlineSection>): OutlineTree {
  const at = pathOf(tree.sections, key);
  if (!at) return tree;
  return { ...tree, sections: editSiblings(tree.sections, at.parentPath, (sib) => sib.map((s, i) => (i === at.index ? { ...s, ...patch } : s))) };
}

export function addChild(tree: OutlineTree, key: string, child: OutlineSection): OutlineTree {
  const parent = findSection(tree.sections, key);
  return parent ? updateSection(tree, key, { children: [...parent.children, child] }) : tree;
}

/** Inserts right after `key` (or at the end of the top level when no key is given). */
export function addSibling(tree: OutlineTree, key: string | null, sibling: OutlineSection): OutlineTree {
  const at = key ? pathOf(tree.sections, key) : null;
  if (!at) return { ...tree, sections: [...tree.sections, sibling] };
  return { ...tree, sections: editSiblings(tree.sections, at.parentPath, (sib) => [...sib.slice(0, at.index + 1), sibling, ...sib.slice(at.index + 1)]) };
}

export function moveSection(tree: OutlineTree, key: string, delta: -1 | 1): OutlineTree {
  const at = pathOf(tree.sections, key);
  if (!at) return tree;
  return {
    ...tree,
    sections: editSiblings(tree.sections, at.parentPath, (sib) => {
      const to = at.index + delta;
      const a = sib[at.index];
      const b = sib[to];
      if (!a || !b) return sib;
      const next = [...sib];
      next[at.index] = b;
      next[to] = a;
      return next;
    }),
  };
}

/** Removes the section with its subsections; "tương tự mục…" links to any of them are dropped too. */
export function removeSection(tree: OutlineTree, key: string): OutlineTree {
  const at = pathOf(tree.sections, key);
  const target = findSection(tree.sections, key);
  if (!at || !target) return tree;
  const gone = new Set(flatten([target]).map((f) => f.section.key));
  const pruned = editSiblings(tree.sections, at.parentPath, (sib) => sib.filter((_, i) => i !== at.index));
  const unlink = (list: OutlineSection[]): OutlineSection[] =>
    list.map((s) => ({ ...s, repeatOf: s.repeatOf && gone.has(s.repeatOf.sectionKey) ? null : s.repeatOf, children: unlink(s.children) }));
  return { ...tree, sections: unlink(pruned) };
}

export function canMove(tree: OutlineTree, key: string, delta: -1 | 1): boolean {
  const at = pathOf(tree.sections, key);
  if (!at) return false;
  let siblings: readonly OutlineSection[] = tree.sections;
  for (const i of at.parentPath) siblings = siblings[i]?.children ?? [];
  const to = at.index + delta;
  return to >= 0 && to < siblings.length;
}

/** A column key from its label: "Số hộ nghèo (hộ)" → "so_ho_ngheo_ho", unique among `taken`. */
export function columnKeyFromLabel(label: string, taken: readonly string[]): string {
  const folded = searchKey(label)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  // The server wants a letter first ("2023" → "c_2023"), at most 40 characters with the suffix.
  const base = (/^[a-z]/.test(folded) ? folded : folded ? `c_${folded}` : 'cot').slice(0, 36).replace(/_+$/, '');
  let key = base;
  for (let n = 2; taken.includes(key); n++) key = `${base}_${n}`;
  return key;
}

/** The label of a section in pickers and messages: "III.1. Phong trào thi đua…" */
export function sectionLabel(s: OutlineSection, max = 90): string {
  const text = `${s.numbering ? `${s.numbering} ` : ''}${s.title || '(chưa có tên)'}`;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

// ---- Problems reported by path -------------------------------------------------------------------

export interface PlacedIssues {
  /** Messages attached to a section, by its key. */
  bySection: Record<string, string[]>;
  /** Messages about the whole outline (title, no section at all…). */
  general: { path: string; message: string }[];
}

/**
 * Places the server's problems ("tree.sections.2.children.0.title", maybe prefixed "body.") on the
 * sections they name, by key, so that they stay on the right section while the user edits.
 */
export function placeIssues(tree: OutlineTree, issues: readonly { path: string; message: string }[]): PlacedIssues {
  const out: PlacedIssues = { bySection: {}, general: [] };
  for (const issue of issues) {
    const parts = issue.path.replace(/^body\./, '').replace(/^tree\./, '').split('.');
    let list: readonly OutlineSection[] = tree.sections;
    let section: OutlineSection | null = null;
    let i = 0;
    if (parts[0] === 'sections' && /^\d+$/.test(parts[1] ?? '')) {
      section = list[Number(parts[1])] ?? null;
      i = 2;
      while (section && parts[i] === 'children' && /^\d+$/.test(parts[i + 1] ?? '')) {
        list = section.children;
        section = list[Number(parts[i + 1])] ?? null;
        i += 2;
      }
    }
    // Some problems name the section by key instead: "tree.section.III.1.indicatorSetId" (keys may hold dots).
    if (!section && parts[0] === 'section') {
      const rest = parts.slice(1).join('.');
      const key = flatten(tree.sections)
        .map((f) => f.section.key)
        .filter((k) => rest === k || rest.startsWith(`${k}.`))
        .sort((a, b) => b.length - a.length)[0];
      if (key) {
        section = findSection(tree.sections, key);
        parts.splice(0, parts.length, ...rest.slice(key.length + 1).split('.'));
        i = 0;
      }
    }
    if (!section) {
      out.general.push(issue);
      continue;
    }
    // The messages name their field; a column's also needs its position.
    const column = parts[i] === 'columns' && /^\d+$/.test(parts[i + 1] ?? '') ? `Cột ${Number(parts[i + 1]) + 1}: ` : '';
    (out.bySection[section.key] ??= []).push(column + issue.message);
  }
  return out;
}

/** The empty outline a new editor starts from. */
export function emptyTree(): OutlineTree {
  const tree: OutlineTree = { title: '', preamble: null, sections: [] };
  return { ...tree, sections: [blankSection(tree, 'I.')] };
}
