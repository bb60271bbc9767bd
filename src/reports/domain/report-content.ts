import { parseViNumber } from '../../indicators/domain/vi-number';
import { isRichEmpty, sanitizeRichDoc } from '../../shared/rich-text';
import type { ReportContent, SectionAnswer } from '../../shared/api/reports';
import { flattenOutline, type OutlineSection, type OutlineTree } from './outline';

export interface ContentIssue {
  path: string;
  message: string;
}

/** The sections a unit is expected to answer: the leaves of the outline. Parents only group them. */
export function answerableSections(tree: OutlineTree): OutlineSection[] {
  return flattenOutline(tree)
    .map((f) => f.section)
    .filter((s) => s.children.length === 0);
}

export function sectionAnswered(section: OutlineSection, answer: SectionAnswer | undefined, hasFigures: boolean): boolean {
  const hasText = !!answer?.text && !isRichEmpty(answer.text);
  if (section.kind === 'indicator_table') return hasFigures || hasText;
  if (section.kind === 'list') return (answer?.rows ?? []).some((r) => Object.values(r).some((v) => v !== null && v !== '')) || hasText;
  return hasText;
}

/** Share (0..1) of the answerable sections that have an answer. */
export function completeness(tree: OutlineTree, content: ReportContent, sectionsWithFigures: ReadonlySet<string>): number {
  const leaves = answerableSections(tree);
  if (!leaves.length) return 1;
  const answered = leaves.filter((s) => sectionAnswered(s, content.sections[s.key], sectionsWithFigures.has(s.key))).length;
  return answered / leaves.length;
}

/**
 * Keeps only what the outline asks for, in the shapes it asks for: rich text sanitised, list rows
 * reduced to the section's columns, numbers typed the Vietnamese way read as numbers. Problems
 * come back with their path instead of being guessed away.
 */
export function cleanContent(tree: OutlineTree, content: ReportContent): { content: ReportContent; issues: ContentIssue[] } {
  const byKey = new Map(flattenOutline(tree).map((f) => [f.section.key, f]));
  const issues: ContentIssue[] = [];
  // Entries, not assignment: a section key such as "__proto__" must stay an own property.
  const sections: [string, SectionAnswer][] = [];
  for (const [key, answer] of Object.entries(content.sections)) {
    const flat = byKey.get(key);
    if (!flat) {
      issues.push({ path: `content.sections.${key}`, message: `Mục "${key}" không có trong đề cương của báo cáo này.` });
      continue;
    }
    const out: SectionAnswer = {};
    if (answer.text) out.text = sanitizeRichDoc(answer.text);
    if (answer.rows?.length) {
      const section = flat.section;
      if (section.kind !== 'list' || !section.columns?.length) {
        issues.push({ path: `content.sections.${key}.rows`, message: `Mục ${flat.label} không phải là danh sách có cột.` });
      } else {
        out.rows = answer.rows.map((row, i) => cleanRow(row, section, `content.sections.${key}.rows.${i}`, flat.label, i, issues)).filter((r) => Object.values(r).some((v) => v !== null && v !== ''));
      }
    }
    sections.push([key, out]);
  }
  return { content: { sections: Object.fromEntries(sections) }, issues };
}

function cleanRow(row: Record<string, string | number | null>, section: OutlineSection, path: string, label: string, index: number, issues: ContentIssue[]) {
  const out: Record<string, string | number | null> = {};
  for (const col of section.columns ?? []) {
    const v = row[col.key];
    if (v === undefined || v === null || v === '') {
      out[col.key] = null;
      continue;
    }
    if (col.type === 'text') {
      out[col.key] = String(v).normalize('NFC').trim();
      continue;
    }
    const parsed = parseViNumber(v);
    if (parsed.ok) out[col.key] = parsed.value;
    else {
      issues.push({ path: `${path}.${col.key}`, message: `Mục ${label}, dòng ${index + 1}, cột "${col.label}": ${parsed.reason}` });
      out[col.key] = null;
    }
  }
  return out;
}
