import { formatViNumber, roundTo } from '../../indicators/domain/vi-number';
import { emptyRichDoc, isRichEmpty } from '../../shared/rich-text';
import type { RichBlock, RichDoc, RichInline, RichParagraph, RichTableRow } from '../../shared/rich-text-types';
import type { ReportContent } from '../../shared/api/reports';
import { flattenOutline, type ListColumn, type OutlineSection, type OutlineTree } from './outline';

export interface ComposeReport {
  unitName: string;
  content: ReportContent;
}

/** One indicator of a table section, already rolled up by the indicator engine. */
export interface ComposedIndicator {
  name: string;
  unitOfMeasure: string;
  decimals: number;
  value: number | null;
  target: number | null;
  percentOfTarget: number | null;
  previous: number | null;
  changePercent: number | null;
  meeting: { met: number; total: number } | null;
  completeness: { reported: number; expected: number } | null;
  breakdown: { unitName: string; value: number | null }[];
}

export interface ComposeInput {
  tree: OutlineTree;
  periodLabel: string;
  /** Accepted reports, in the order the units should appear. */
  reports: ComposeReport[];
  counts: { expected: number; submitted: number; onTime: number; accepted: number; missing: string[] };
  indicatorSections: Record<string, ComposedIndicator[]>;
  /** Award list sections answered from the award registry for the whole scope and period, by section key. */
  registryLists?: Record<string, Record<string, string | number | null>[]>;
}

export interface ComposedTable {
  sectionKey: string;
  title: string;
  columns: { label: string; align: 'left' | 'right' }[];
  rows: (string | number | null)[][];
}

export interface ComposedSynthesis {
  intro: RichDoc;
  sections: Record<string, RichDoc>;
  tables: ComposedTable[];
}

const text = (t: string, bold = false, italic = false): RichInline => ({ type: 'text', text: t, ...(bold || italic ? { marks: [...(bold ? [{ type: 'bold' as const }] : []), ...(italic ? [{ type: 'italic' as const }] : [])] } : {}) });
const para = (...content: RichInline[]): RichParagraph => ({ type: 'paragraph', content });
const num = (v: number | null, decimals = 0) => (v === null ? '' : formatViNumber(v, decimals));
/** Percentages to one decimal, without a trailing zero ("104%", "68,5%"). */
const pct = (v: number) => `${formatViNumber(roundTo(v, 1))}%`;
/** Counts as reports write them: "01", "82", "24.550". */
const pad2 = (n: number) => (Number.isInteger(n) && n < 10 && n > 0 ? `0${n}` : formatViNumber(n));
/** "66,59%" but "819 xã". */
const withUnit = (v: string, unit: string) => (unit === '%' ? `${v}%` : `${v} ${unit}`);

/**
 * The synthesis draft, following the outline: narrative answers gathered under each unit's name
 * ("- Tỉnh An Giang: …"), list answers merged with totals by category (award counts by form),
 * indicator tables from the roll-up with the per-unit breakdown as a footnote, and who reported.
 */
export function composeSynthesis(input: ComposeInput): ComposedSynthesis {
  const sections: Record<string, RichDoc> = {};
  const tables: ComposedTable[] = [];
  for (const f of flattenOutline(input.tree)) {
    const s = f.section;
    const blocks: RichBlock[] = [];
    if (s.kind === 'indicator_table') {
      const inds = input.indicatorSections[s.key] ?? [];
      if (inds.length) blocks.push(...indicatorBlocks(inds));
      tables.push(indicatorTable(s, f.label, inds));
    }
    if (s.kind === 'list' && s.columns?.length) {
      const fromRegistry = input.registryLists?.[s.key];
      if (fromRegistry?.length) blocks.push(...registryBlocks(s.columns, fromRegistry));
      const merged = mergeLists(s, f.label, input.reports, !!fromRegistry?.length);
      if (merged) {
        blocks.push(...merged.blocks);
        tables.push(merged.table);
      }
    }
    blocks.push(...narrativeBlocks(s, input.reports));
    if (!blocks.length && s.children.length === 0) blocks.push(para(text('(Chưa có đơn vị nào báo cáo nội dung này.)', false, true)));
    sections[s.key] = blocks.length ? { type: 'doc', content: blocks } : emptyRichDoc();
  }
  return { intro: introDoc(input), sections, tables };
}

function introDoc(input: ComposeInput): RichDoc {
  const c = input.counts;
  const late = c.submitted - c.onTime;
  const lines: RichParagraph[] = [
    para(
      text(
        `Tổng hợp từ báo cáo ${input.periodLabel.toLocaleLowerCase('vi')} của ${pad2(c.submitted)}/${pad2(c.expected)} đơn vị đã gửi báo cáo (đúng hạn: ${pad2(c.onTime)}; nộp muộn: ${pad2(late)}), trong đó ${pad2(c.accepted)} báo cáo đã được duyệt và được đưa vào tổng hợp.`,
      ),
    ),
  ];
  if (c.missing.length) lines.push(para(text(`Đơn vị chưa gửi báo cáo: ${c.missing.join(', ')}.`)));
  return { type: 'doc', content: lines };
}

function narrativeBlocks(s: OutlineSection, reports: ComposeReport[]): RichBlock[] {
  const out: RichBlock[] = [];
  for (const r of reports) {
    const doc = r.content.sections[s.key]?.text;
    if (!doc || isRichEmpty(doc)) continue;
    const [first, ...rest] = doc.content;
    const lead = [text('- '), text(`${r.unitName}:`, true), text(' ')];
    if (first?.type === 'paragraph') {
      out.push(para(...lead, ...(first.content ?? [])));
      out.push(...rest);
    } else {
      out.push(para(...lead.slice(0, 2)));
      out.push(...doc.content);
    }
  }
  return out;
}

const numberCols = (cols: ListColumn[]) => cols.filter((c) => c.type === 'number');
const textCols = (cols: ListColumn[]) => cols.filter((c) => c.type === 'text');
/** "Số tập thể" → "tập thể": the column label read as the noun it counts. */
const countNoun = (label: string) => label.replace(/^(số lượng|số)\s+/iu, '').toLocaleLowerCase('vi');

/** Category totals ("Bằng khen của Chủ tịch UBND tỉnh: 50 tập thể, 87 cá nhân") — what the body reports upward. */
function summarise(cols: ListColumn[], rows: Record<string, string | number | null>[], skip: string[] = []): { items: string[]; totals: string } {
  const nums = numberCols(cols);
  const keys = textCols(cols).filter((c) => !skip.includes(c.key));
  const groups = new Map<string, { label: string; sums: number[] }>();
  for (const row of rows) {
    const label = (keys.length ? keys : textCols(cols)).map((k) => String(row[k.key] ?? '').trim()).filter(Boolean).join(' - ') || '(không ghi)';
    const id = label.toLocaleLowerCase('vi');
    const g = groups.get(id) ?? { label, sums: nums.map(() => 0) };
    nums.forEach((c, i) => (g.sums[i]! += typeof row[c.key] === 'number' ? (row[c.key] as number) : 0));
    groups.set(id, g);
  }
  const items = [...groups.values()].map((g) => {
    const parts = nums.map((c, i) => (g.sums[i] ? `${pad2(g.sums[i]!)} ${countNoun(c.label)}` : null)).filter(Boolean);
    return `${g.label}: ${parts.length ? parts.join(', ') : '0'}`;
  });
  const totals = nums.map((c, i) => `${formatViNumber([...groups.values()].reduce((a, g) => a + g.sums[i]!, 0))} ${countNoun(c.label)}`).join(', ');
  return { items, totals };
}

/** The registry's figures lead an award section: they cover every decision, not only what units wrote. */
function registryBlocks(cols: ListColumn[], rows: Record<string, string | number | null>[]): RichBlock[] {
  // The registry's form names are already unambiguous: "Huân chương Lao động các hạng", not "… - Cấp Nhà nước".
  const { items, totals } = summarise(cols, rows, ['cap']);
  return [para(text('Theo sổ khen thưởng: ', true), text(items.join('; ') + '.')), para(text(`Tổng cộng: ${totals}.`, false, true))];
}

function mergeLists(s: OutlineSection, label: string, reports: ComposeReport[], afterRegistry = false): { blocks: RichBlock[]; table: ComposedTable } | null {
  const cols = s.columns ?? [];
  const rows = reports.flatMap((r) => (r.content.sections[s.key]?.rows ?? []).map((row) => ({ unit: r.unitName, row })));
  if (!rows.length) return null;
  const table: ComposedTable = {
    sectionKey: s.key,
    title: `${label} ${s.title}`.trim(),
    columns: [{ label: 'Đơn vị', align: 'left' }, ...cols.map((c) => ({ label: c.label, align: c.type === 'number' ? ('right' as const) : ('left' as const) }))],
    rows: rows.map(({ unit, row }) => [unit, ...cols.map((c) => row[c.key] ?? null)]),
  };
  const blocks: RichBlock[] = [];
  if (numberCols(cols).length) {
    const { items, totals } = summarise(cols, rows.map((r) => r.row));
    blocks.push(para(text(afterRegistry ? 'Các đơn vị báo cáo: ' : 'Kết quả tổng hợp: ', true), text(items.join('; ') + '.')));
    blocks.push(para(text(`Tổng cộng: ${totals} (chi tiết từng đơn vị tại bảng kèm theo).`, false, true)));
  } else {
    blocks.push(richTable(table.columns.map((c) => c.label), table.rows.map((r) => r.map((v) => (typeof v === 'number' ? num(v) : (v ?? ''))))));
  }
  return { blocks, table };
}

function valueCell(i: ComposedIndicator): RichInline[] {
  const breakdown = i.breakdown.filter((b) => b.value !== null);
  const out: RichInline[] = [text(num(i.value, i.decimals))];
  if (breakdown.length > 1) {
    out.push({ type: 'footnote', attrs: { text: `Trong đó: ${breakdown.map((b) => `${b.unitName} ${withUnit(num(b.value, i.decimals), i.unitOfMeasure)}`).join('; ')}.` } });
  }
  return out;
}

function indicatorTable(s: OutlineSection, label: string, inds: ComposedIndicator[]): ComposedTable {
  return {
    sectionKey: s.key,
    title: `${label} ${s.title}`.trim(),
    columns: [
      { label: 'Chỉ tiêu', align: 'left' },
      { label: 'Đơn vị tính', align: 'left' },
      { label: 'Kết quả', align: 'right' },
      { label: 'Kế hoạch', align: 'right' },
      { label: '% kế hoạch', align: 'right' },
      { label: 'Cùng kỳ', align: 'right' },
      { label: 'Tăng/giảm so với cùng kỳ (%)', align: 'right' },
      { label: 'Đơn vị đã báo cáo', align: 'right' },
    ],
    rows: inds.map((i) => [i.name, i.unitOfMeasure, i.value, i.target, i.percentOfTarget, i.previous, i.changePercent, i.completeness ? `${i.completeness.reported}/${i.completeness.expected}` : null]),
  };
}

function indicatorBlocks(inds: ComposedIndicator[]): RichBlock[] {
  const columns: { label: string; cell: (i: ComposedIndicator) => RichInline[]; shown: boolean }[] = [
    { label: 'Chỉ tiêu', cell: (i) => [text(i.name)], shown: true },
    { label: 'Đơn vị tính', cell: (i) => [text(i.unitOfMeasure)], shown: true },
    { label: 'Kết quả', cell: valueCell, shown: true },
    { label: 'Kế hoạch', cell: (i) => [text(num(i.target, i.decimals))], shown: inds.some((i) => i.target !== null) },
    { label: '% kế hoạch', cell: (i) => [text(i.percentOfTarget === null ? '' : pct(i.percentOfTarget))], shown: inds.some((i) => i.percentOfTarget !== null) },
    { label: 'Tăng/giảm so với cùng kỳ', cell: (i) => [text(i.changePercent === null ? '' : `${i.changePercent >= 0 ? 'tăng' : 'giảm'} ${pct(Math.abs(i.changePercent))}`)], shown: inds.some((i) => i.changePercent !== null) },
  ];
  // Columns nobody has figures for (no targets set, no same period last year) are left out rather than printed empty.
  const shown = columns.filter((c) => c.shown);
  const rows: RichTableRow[] = [headerRow(shown.map((c) => c.label))];
  for (const i of inds) rows.push({ type: 'tableRow', content: shown.map((c) => cell(c.cell(i))) });
  const sentences = inds
    .filter((i) => i.value !== null)
    .map((i) => {
      let s = `${i.name}: ${withUnit(num(i.value, i.decimals), i.unitOfMeasure)}`;
      if (i.percentOfTarget !== null) s += `, đạt ${pct(i.percentOfTarget)} kế hoạch`;
      if (i.changePercent !== null) s += `, ${i.changePercent >= 0 ? 'tăng' : 'giảm'} ${pct(Math.abs(i.changePercent))} so với cùng kỳ`;
      return s;
    });
  const out: RichBlock[] = [];
  if (sentences.length) out.push(para(text(sentences.join('; ') + '.')));
  out.push({ type: 'table', content: rows });
  return out;
}

const cell = (content: RichInline[]) => ({ type: 'tableCell' as const, content: [para(...content)] });
const headerRow = (labels: string[]): RichTableRow => ({ type: 'tableRow', content: labels.map((l) => ({ type: 'tableHeader' as const, content: [para(text(l, true))] })) });

function richTable(header: string[], rows: (string | number)[][]): RichBlock {
  return { type: 'table', content: [headerRow(header), ...rows.map((r) => ({ type: 'tableRow' as const, content: r.map((v) => cell([text(String(v))])) }))] };
}
