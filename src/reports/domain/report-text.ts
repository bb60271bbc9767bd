import { richToPlainText } from '../../shared/rich-text';
import type { ReportContent } from '../../shared/api/reports';
import { flattenOutline, type OutlineTree } from './outline';

/** A section's place in the report text the checker reads; offsets are code points. */
export interface SectionSpan {
  key: string;
  label: string;
  start: number;
  end: number;
}

const cpLength = (s: string) => [...s].length;

/**
 * The report as one text, in outline order with each section's numbering and title on its own line,
 * so that rules spanning sections (a sentence repeated in two sections, a plan cited with two dates)
 * see the whole report, and each finding can be mapped back to the section text it sits in.
 */
export function reportText(tree: OutlineTree, content: ReportContent): { text: string; spans: SectionSpan[] } {
  let text = '';
  let offset = 0;
  const spans: SectionSpan[] = [];
  for (const f of flattenOutline(tree)) {
    const heading = `${f.section.numbering} ${f.section.title}`.trim() + '\n';
    text += heading;
    offset += cpLength(heading);
    const answer = content.sections[f.section.key];
    const body = answer?.text ? richToPlainText(answer.text) : '';
    spans.push({ key: f.section.key, label: f.label, start: offset, end: offset + cpLength(body) });
    text += body + '\n\n';
    offset += cpLength(body) + 2;
  }
  return { text, spans };
}

export interface PlacedFinding {
  key: string;
  sectionKey: string;
  start: number;
  end: number;
  category: string;
  severity: 'high' | 'medium' | 'low';
  message: string;
  suggestion: string | null;
}

/**
 * Places the checker's findings in their sections (offsets relative to the section's text). Findings
 * on headings only are dropped: the unit did not write those. Keys stay stable while the text
 * around a finding changes, so a reviewer's decision on a finding survives unrelated edits.
 */
export function placeFindings(text: string, spans: SectionSpan[], findings: { start: number; end: number; category: string; severity: 'high' | 'medium' | 'low'; message: string; suggestion: string | null }[]): PlacedFinding[] {
  const cps = [...text];
  const seen = new Map<string, number>();
  const out: PlacedFinding[] = [];
  for (const f of findings) {
    const span = spans.find((s) => f.start >= s.start && f.start < Math.max(s.end, s.start + 1) && s.end > s.start);
    if (!span) continue;
    const quoted = cps.slice(f.start, f.end).join('');
    const base = `${span.key}|${f.category}|${quoted}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.push({
      key: `${span.key}:${f.category}:${hash(base)}:${n}`,
      sectionKey: span.key,
      start: f.start - span.start,
      end: Math.min(f.end, span.end) - span.start,
      category: f.category,
      severity: f.severity,
      message: f.message,
      suggestion: f.suggestion,
    });
  }
  return out;
}

/** FNV-1a, enough to keep keys short and stable; not a security boundary. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** The outline items the report leaves unanswered (the checker's STRUCT category, known exactly here). */
export function missingSectionFindings(unanswered: { key: string; label: string; title: string }[]): PlacedFinding[] {
  return unanswered.map((s) => ({
    key: `${s.key}:STRUCT:missing:0`,
    sectionKey: s.key,
    start: 0,
    end: 0,
    category: 'STRUCT',
    severity: 'medium' as const,
    message: `Mục ${s.label} "${s.title}" của đề cương chưa được trả lời.`,
    suggestion: null,
  }));
}
