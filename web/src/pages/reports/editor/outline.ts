import { isRichEmpty } from '../../../../../src/shared/rich-text';
import type { IndicatorCellView, ReportDetail, SectionAnswer } from '../../../api/report-editor';

export type OutlineTreeView = ReportDetail['outlineTree'];
export type OutlineSectionView = OutlineTreeView['sections'][number];

export interface FlatSection {
  section: OutlineSectionView;
  depth: number;
  hasChildren: boolean;
  /** "II.1. Công tác lãnh đạo…": the heading, and the accessible name of the section's editor. */
  label: string;
}

export const sectionLabel = (s: { numbering: string; title: string }) => [s.numbering.trim(), s.title.trim()].filter(Boolean).join(' ');

/** Element id of a section's block, for the outline tree's "scroll to". */
export const sectionDomId = (key: string) => `muc-${key}`;

/** Every section in reading order. */
export function flattenOutline(sections: OutlineSectionView[], depth = 0, out: FlatSection[] = []): FlatSection[] {
  for (const s of sections) {
    out.push({ section: s, depth, hasChildren: s.children.length > 0, label: sectionLabel(s) });
    flattenOutline(s.children, depth + 1, out);
  }
  return out;
}

const rowHasData = (row: Record<string, string | number | null>) => Object.values(row).some((v) => v !== null && String(v).trim() !== '');

/** Whether the unit wrote anything for a section (text, a filled row, a figure), as the server counts completeness. */
export function isAnswered(s: OutlineSectionView, answer: SectionAnswer | undefined, cells: IndicatorCellView[] | undefined): boolean {
  if (answer?.text && !isRichEmpty(answer.text)) return true;
  if (s.kind === 'list') return (answer?.rows ?? []).some(rowHasData);
  if (s.kind === 'indicator_table') return (cells ?? []).some((c) => c.value !== null);
  return false;
}

/** The sections a unit is expected to answer are the outline's leaves; headings only group them. */
export const isAnswerable = (f: FlatSection) => !f.hasChildren;

/** Keys sorted, undefined dropped: PostgreSQL's jsonb hands objects back with their keys reordered. */
function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(o)
        .filter((k) => o[k] !== undefined)
        .sort()
        .map((k) => [k, canonical(o[k])]),
    );
  }
  return v;
}

/** Equality of small JSON documents whatever their key order (an editor's output against the server's copy). */
export const sameJson = (a: unknown, b: unknown) => a === b || JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
