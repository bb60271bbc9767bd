import type { OfficialAppendix, OfficialBlock, OfficialDocument, OfficialTable } from '../../official-docs/domain/model';
import { formatViNumber } from '../../indicators/domain/vi-number';
import { isRichEmpty, richToPlainText } from '../../shared/rich-text';
import type { RichDoc } from '../../shared/rich-text-types';
import type { IndicatorCellView, ReportContent, SynthesisMeta } from '../../shared/api/reports';
import { flattenOutline, type OutlineTree } from './outline';
import type { ComposedTable } from './compose-synthesis';

const UNIT_PREFIX = /^(tỉnh|thành phố|phường|xã|thị trấn|đặc khu|huyện|quận|thị xã)\s+/iu;

/**
 * Địa danh for the date line: the place name without its administrative prefix ("Tỉnh Hậu Giang" →
 * "Hậu Giang"); a unit named by a number keeps its full name ("Quận 1", NĐ 30/2020 Phụ lục I).
 */
export function placeName(unitName: string): string {
  const name = unitName.replace(UNIT_PREFIX, '').trim();
  return /^\d/.test(name) ? unitName.trim() : name;
}

/** The issuing body as printed in the header: an administrative unit issues as its People's Committee. */
export function issuingBodyOf(unit: { name: string; kind: string }): string {
  const upper = unit.name.toLocaleUpperCase('vi');
  return unit.kind === 'agency' ? upper : `ỦY BAN NHÂN DÂN ${upper}`;
}

/** Trích yếu from an outline title: "Báo cáo kết quả…" → "Kết quả…" (the tên loại already says BÁO CÁO). */
export function subjectOf(title: string): string {
  const t = title.replace(/^\s*(đề cương\s+)?báo cáo\s+/iu, '').trim();
  return t ? t[0]!.toLocaleUpperCase('vi') + t.slice(1) : title;
}

export function defaultMeta(requester: { name: string; kind: string }, parent: { name: string } | null, tree: OutlineTree): SynthesisMeta {
  return {
    parentBody: parent && requester.kind === 'agency' ? parent.name.toLocaleUpperCase('vi') : null,
    issuingBody: issuingBodyOf(requester),
    numberSymbol: `Số:      /BC-${requester.kind === 'agency' ? 'BTĐKT' : 'UBND'}`,
    place: placeName(requester.kind === 'agency' && parent ? parent.name : requester.name),
    date: null,
    docTypeName: 'BÁO CÁO',
    title: `Tổng hợp ${subjectOf(tree.title).replace(/^./u, (c) => c.toLocaleLowerCase('vi'))}`,
    recipients: ['Như trên', 'Lưu: VT'],
    signature: { prefix: requester.kind === 'agency' ? 'KT.' : 'TM.', authority: requester.kind === 'agency' ? 'TRƯỞNG BAN' : 'ỦY BAN NHÂN DÂN', title: requester.kind === 'agency' ? 'PHÓ TRƯỞNG BAN' : 'CHỦ TỊCH', signerName: '' },
  };
}

const level = (depth: number) => Math.min(Math.max(depth, 1), 4) as 1 | 2 | 3 | 4;

function toOfficialTable(t: ComposedTable): OfficialTable {
  return { caption: t.title, columns: t.columns.map((c) => ({ label: c.label, align: c.align })), rows: t.rows };
}

/** The synthesis as an official document: intro, then the outline with the specialist's text where edited. */
export function synthesisDocument(a: { meta: SynthesisMeta; tree: OutlineTree; intro: RichDoc; sections: Record<string, RichDoc>; tables: ComposedTable[]; draftYear: number }): OfficialDocument {
  const body: OfficialBlock[] = [];
  if (!isRichEmpty(a.intro)) body.push({ kind: 'rich', doc: a.intro });
  for (const f of flattenOutline(a.tree)) {
    body.push({ kind: 'heading', level: level(f.depth), numbering: f.section.numbering, text: f.section.title });
    const doc = a.sections[f.section.key];
    if (doc && !isRichEmpty(doc)) body.push({ kind: 'rich', doc });
  }
  const appendices: OfficialAppendix[] = a.tables
    .filter((t) => t.rows.length && t.columns.length > 2)
    .map((t, i) => ({ title: `Phụ lục ${toRoman(i + 1)}`, subtitle: t.title, table: toOfficialTable(t) }));
  return { ...officialHead(a.meta, a.draftYear), body, appendices };
}

/** A unit's report as an official document, in the outline's order; empty sections stay visibly empty. */
export function reportDocument(a: { meta: SynthesisMeta; tree: OutlineTree; content: ReportContent; indicatorTables: Record<string, IndicatorCellView[]>; draftYear: number }): OfficialDocument {
  const body: OfficialBlock[] = [];
  for (const f of flattenOutline(a.tree)) {
    const s = f.section;
    body.push({ kind: 'heading', level: level(f.depth), numbering: s.numbering, text: s.title });
    const answer = a.content.sections[s.key];
    const cells = a.indicatorTables[s.key] ?? [];
    let answered = false;
    if (s.kind === 'indicator_table' && cells.some((c) => c.value !== null)) {
      body.push({ kind: 'table', table: indicatorOfficialTable(cells) });
      answered = true;
    }
    if (s.kind === 'list' && answer?.rows?.length && s.columns?.length) {
      body.push({ kind: 'table', table: { columns: s.columns.map((c) => ({ label: c.label, align: c.type === 'number' ? 'right' : 'left' })), rows: answer.rows.map((r) => s.columns!.map((c) => r[c.key] ?? null)) } });
      answered = true;
    }
    if (answer?.text && !isRichEmpty(answer.text)) {
      body.push({ kind: 'rich', doc: answer.text });
      answered = true;
    }
    if (!answered && s.children.length === 0) body.push({ kind: 'paragraph', text: '(Chưa báo cáo nội dung này.)', italic: true });
  }
  return { ...officialHead(a.meta, a.draftYear), body, appendices: [] };
}

export function indicatorOfficialTable(cells: IndicatorCellView[]): OfficialTable {
  return {
    columns: [{ label: 'Chỉ tiêu', widthPct: 40 }, { label: 'Đơn vị tính' }, { label: 'Kế hoạch', align: 'right' }, { label: 'Thực hiện', align: 'right' }, { label: '% kế hoạch', align: 'right' }],
    rows: cells.map((c) => [c.indicator.name, c.indicator.unitOfMeasure, c.target, c.value, c.percentOfTarget === null ? null : `${formatViNumber(Math.round(c.percentOfTarget * 10) / 10)}%`]),
  };
}

function officialHead(meta: SynthesisMeta, draftYear: number) {
  return {
    parentBody: meta.parentBody,
    issuingBody: meta.issuingBody,
    numberSymbol: meta.numberSymbol,
    place: meta.place,
    date: meta.date,
    draftYear,
    docTypeName: meta.docTypeName,
    title: meta.title,
    recipients: meta.recipients,
    signature: meta.signature,
  };
}

/** Every table of a document, for the XLSX export: tables in the text and the appendices. */
export function documentTables(doc: OfficialDocument): { name: string; title: string; table: OfficialTable }[] {
  const out: { name: string; title: string; table: OfficialTable }[] = [];
  let heading = '';
  for (const b of doc.body) {
    if (b.kind === 'heading') heading = `${b.numbering} ${b.text}`.trim();
    if (b.kind === 'table') out.push({ name: heading || `Bảng ${out.length + 1}`, title: heading, table: b.table });
    if (b.kind === 'rich') for (const t of richTables(b.doc)) out.push({ name: heading || `Bảng ${out.length + 1}`, title: heading, table: t });
  }
  for (const a of doc.appendices ?? []) out.push({ name: a.title, title: [a.title, a.subtitle].filter(Boolean).join(' - '), table: a.table });
  return out;
}

function richTables(doc: RichDoc): OfficialTable[] {
  return doc.content
    .filter((b) => b.type === 'table')
    .map((t) => {
      const rows = t.content.map((row) => row.content.map((cell) => richToPlainText({ type: 'doc', content: cell.content }, { footnotes: 'omit' })));
      const [head, ...rest] = rows;
      return { columns: (head ?? []).map((label) => ({ label })), rows: rest.map((r) => r.map(numericCell)) };
    });
}

/** A cell printed as "1.234,5" goes to the sheet as the number 1234.5 so it can be summed. */
function numericCell(v: string): string | number {
  const t = v.trim();
  if (/^-?\d{1,3}(\.\d{3})*(,\d+)?$/.test(t) || /^-?\d+(,\d+)?$/.test(t)) return Number(t.replace(/\./g, '').replace(',', '.'));
  return t;
}

function toRoman(n: number): string {
  const map: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of map) while (n >= v) (out += s), (n -= v);
  return out;
}
