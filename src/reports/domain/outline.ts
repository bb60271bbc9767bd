import { AppError } from '../../shared/errors';
import { searchKey } from '../../shared/vi-text';

/**
 * The outline (đề cương) a board sends to reporting units: a tree of sections, each saying what
 * kind of answer it expects. Pure: no I/O, so the server, the web client and the checker share it.
 */

export type AnswerKind = 'narrative' | 'indicator_table' | 'list';

export interface ListColumn {
  key: string;
  label: string;
  type: 'text' | 'number';
}

export interface OutlineSection {
  /** Stable id, unique within the whole tree; [A-Za-z0-9._-], at most 80 characters. */
  key: string;
  /** Exactly as printed: 'I.', '1.', 'a)', 'III.1.', '*', '-', '+', or '' for unnumbered. */
  numbering: string;
  title: string;
  /** Instructions to the reporting unit (e.g. the italic "(nêu cụ thể số liệu ...)"). */
  guidance?: string | null;
  kind: AnswerKind;
  /** Required when kind = 'indicator_table'. */
  indicatorSetId?: string | null;
  /** Required (≥ 1, unique keys) when kind = 'list'. */
  columns?: ListColumn[] | null;
  /** "Report the same as section X" (e.g. "báo cáo lần lượt từng nội dung tương tự mục III.1"). */
  repeatOf?: { sectionKey: string } | null;
  children: OutlineSection[];
}

export interface OutlineTree {
  title: string;
  preamble?: string | null;
  sections: OutlineSection[];
}

/** A problem found by validateOutline; message in Vietnamese, path like 'sections.2.children.0.title'. */
export interface OutlineIssue {
  path: string;
  message: string;
}

export interface FlatSection {
  section: OutlineSection;
  /** 1-based. */
  depth: number;
  /** Keys of the ancestors, outermost first. */
  path: string[];
  /** Full label as a reader cites it, e.g. 'III.1.2.a)'; bullets and unnumbered sections get '<parent>.b<n>'. */
  label: string;
}

export const MAX_OUTLINE_DEPTH = 6;
export const MAX_OUTLINE_SECTIONS = 2000;
export const MAX_OUTLINE_TEXT_CHARS = 200_000;
/** Repetitions multiply sections; beyond this an expansion is refused rather than built. */
export const MAX_EXPANDED_SECTIONS = 20_000;
/** Same bounds as the API schema (src/shared/api/reports.ts), so both say the same thing. */
export const MAX_TITLE_CHARS = 2000;
export const MAX_GUIDANCE_CHARS = 5000;
export const MAX_NUMBERING_CHARS = 20;

const SECTION_KEY = /^[A-Za-z0-9._-]{1,80}$/;
const COLUMN_KEY = /^[A-Za-z0-9_-]{1,40}$/;
const KINDS: readonly AnswerKind[] = ['narrative', 'indicator_table', 'list'];

export const AWARD_COLUMNS: ListColumn[] = [
  { key: 'hinh_thuc', label: 'Hình thức khen thưởng', type: 'text' },
  { key: 'cap', label: 'Cấp khen thưởng', type: 'text' },
  { key: 'so_tap_the', label: 'Số tập thể', type: 'number' },
  { key: 'so_ho_gia_dinh', label: 'Số hộ gia đình', type: 'number' },
  { key: 'so_ca_nhan', label: 'Số cá nhân', type: 'number' },
];

export const MODEL_COLUMNS: ListColumn[] = [
  { key: 'ten', label: 'Tên mô hình, điển hình', type: 'text' },
  { key: 'don_vi', label: 'Đơn vị, cá nhân', type: 'text' },
  { key: 'mo_ta', label: 'Mô tả, hiệu quả', type: 'text' },
];

/**
 * Drops trailing characters matching `oneChar`. A regex such as /[\s.]+$/ retries from every
 * position and is quadratic on a long line of ". . . . x"; this loop is linear.
 */
export function trimEndWhere(s: string, oneChar: RegExp): string {
  let end = s.length;
  while (end > 0 && oneChar.test(s[end - 1]!)) end--;
  return s.slice(0, end);
}

/** Formats a count the Vietnamese way (2.000), independent of the runtime's ICU data. */
export function viCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

// ---------------------------------------------------------------------------------------------
// Labels and keys
// ---------------------------------------------------------------------------------------------

const BULLET_ONLY = /^[-+*•–—·▪◦●■➢►]$/u;

/** True for '' and bullets: sections a reader cannot cite by number. */
export function isUnnumbered(numbering: string): boolean {
  const n = numbering.trim();
  return n === '' || BULLET_ONLY.test(n);
}

/** The citable part of a numbering: 'III.1.' → 'III.1', 'a)' → 'a', '(2)' → '2', 'Phần I:' → 'Phần I'. */
export function numberingCore(numbering: string): string {
  const n = numbering.replace(/\s+/g, ' ').trim();
  if (isUnnumbered(n)) return '';
  const paren = /^\((.+)\)$/u.exec(n);
  if (paren) return paren[1]!.trim();
  return trimEndWhere(n, /[\s.:)\-–/]/u);
}

export interface LabelParts {
  /** Without the closing ')' of letters, used to compose children's labels and to resolve references. */
  plain: string;
  /** As displayed: the section's own ')' kept ('III.1.2.a)'). */
  display: string;
  /** The section's own core numbering ('III.1', '1.2', 'a'); '' for bullets. */
  core: string;
}

/** A compound numbering ('III.1', '1.2') already repeats its parent's number; only its last step is new. */
function ownLabelPart(core: string, parentCore: string): string {
  if (parentCore && core.startsWith(`${parentCore}.`)) return core.slice(parentCore.length + 1);
  return core;
}

export function sectionLabel(parent: { plain: string; core: string } | null, numbering: string, unnumberedIndex: number): LabelParts {
  const core = numberingCore(numbering);
  const part = core ? ownLabelPart(core, parent?.core ?? '') : `b${unnumberedIndex}`;
  const plain = parent?.plain ? `${parent.plain}.${part}` : part;
  const closes = /\)$/.test(numbering.trim()) && !numbering.trim().startsWith('(');
  return { plain, display: closes ? `${plain})` : plain, core };
}

/** 'Phần I.II.2.đ' → 'Phan-I.II.2.dd': diacritics folded (đ kept distinct from d), only [A-Za-z0-9._-]. */
export function keyFromLabel(label: string): string {
  const ascii = label
    .normalize('NFC')
    .replace(/đ/g, 'dd')
    .replace(/Đ/g, 'DD')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, '-')
    .replace(/[^A-Za-z0-9._-]/g, '')
    .replace(/\.{2,}/g, '.')
    .replace(/^[.-]+/, '');
  return trimEndWhere(ascii.slice(0, 80), /[.-]/);
}

/** Normalises a cited label ('III.1.', 'II.2.a)') for comparison with plain labels. */
export function normalizeLabel(label: string): string {
  return trimEndWhere(label.replace(/\s+/g, ''), /[).]/u).replace(/\)/g, '');
}

// ---------------------------------------------------------------------------------------------
// Walking
// ---------------------------------------------------------------------------------------------

export function flattenOutline(tree: OutlineTree): FlatSection[] {
  const out: FlatSection[] = [];
  const walk = (sections: OutlineSection[], depth: number, path: string[], parent: LabelParts | null): void => {
    let unnumbered = 0;
    for (const section of sections) {
      if (isUnnumbered(section.numbering)) unnumbered++;
      const label = sectionLabel(parent, section.numbering, unnumbered);
      out.push({ section, depth, path, label: label.display });
      walk(section.children ?? [], depth + 1, [...path, section.key], label);
    }
  };
  walk(tree.sections ?? [], 1, [], null);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Answer kind suggestion (table-driven; the user reviews before saving)
// ---------------------------------------------------------------------------------------------

interface KindRule {
  name: string;
  kind: AnswerKind;
  columns: ListColumn[];
  /** Every pattern must match the folded title + guidance. */
  all: RegExp[];
  /** At least one must match. */
  any: RegExp[];
  /** None may match. */
  none: RegExp[];
}

/** Patterns run on searchKey(title + guidance): lower case, no diacritics. */
export const KIND_RULES: readonly KindRule[] = [
  {
    // Award results asked with figures: "công tác khen thưởng … (nêu cụ thể số liệu …)".
    name: 'award-figures',
    kind: 'list',
    columns: AWARD_COLUMNS,
    all: [/\bkhen thuong\b/],
    any: [/\bso lieu\b/, /\bso luong\b/, /\bneu cu the\b/, /\bthong ke\b/, /\bbao nhieu\b/, /\btong so\b/],
    none: [/\bkho khan\b/, /\bvuong mac\b/, /\bkien nghi\b/, /\bde xuat\b/, /\bhuong dan khen thuong\b/],
  },
  {
    // The listing of models and examples, not the work of finding them ("hình thức, giải pháp phát hiện …").
    name: 'model-listing',
    kind: 'list',
    columns: MODEL_COLUMNS,
    all: [],
    any: [
      /\bmo hinh\b.*\btieu bieu\b/,
      /\bguong\b.*\b(dien hinh|tieu bieu)\b/,
      /\bdien hinh tien tien tieu bieu\b/,
      /\b(danh sach|liet ke|ke ten)\b.*\b(mo hinh|dien hinh|guong)\b/,
    ],
    none: [/\bhinh thuc\b/, /\bgiai phap\b/, /\bphat hien\b/, /\bboi duong\b/, /\bcong tac\b/],
  },
];

export interface KindSuggestion {
  kind: AnswerKind;
  columns: ListColumn[] | null;
  rule: string | null;
}

/** Suggests how a section is answered. Parents stay narrative: they carry an intro, children carry the data. */
export function suggestAnswerKind(title: string, guidance: string | null | undefined, hasChildren: boolean): KindSuggestion {
  if (hasChildren) return { kind: 'narrative', columns: null, rule: null };
  // The cue words come early; a bound keeps the '.*' patterns linear on pasted walls of text.
  const text = searchKey(`${title} ${guidance ?? ''}`.slice(0, 2000));
  for (const rule of KIND_RULES) {
    if (!rule.all.every((r) => r.test(text))) continue;
    if (rule.any.length && !rule.any.some((r) => r.test(text))) continue;
    if (rule.none.some((r) => r.test(text))) continue;
    return { kind: rule.kind, columns: rule.columns.map((c) => ({ ...c })), rule: rule.name };
  }
  return { kind: 'narrative', columns: null, rule: null };
}

// ---------------------------------------------------------------------------------------------
// "Report the same as section X"
// ---------------------------------------------------------------------------------------------

const REPEAT_REF =
  /(?:tương\s+tự(?:\s+như)?|giống\s+như|như)\s+(?:(?:các\s+)?nội\s+dung\s+(?:tại\s+|của\s+|ở\s+)?)?(?:tiểu\s+mục|mục|phần|điểm)\s+((?:[IVXLC]+|\d{1,2})(?:\.\d{1,2})*(?:\.?[a-zđ]\))?)(?=$|[\s.,;:)])/iu;

/** The label a guidance refers to when it says the section is answered like another ("tương tự mục III.1"). */
export function findRepeatReference(text: string): string | null {
  const m = REPEAT_REF.exec(text.normalize('NFC'));
  return m ? normalizeLabel(m[1]!) : null;
}

// ---------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------

interface Located {
  section: OutlineSection;
  path: string;
  depth: number;
  ancestors: string[];
}

function locate(tree: OutlineTree): Located[] {
  const out: Located[] = [];
  const walk = (sections: unknown, base: string, depth: number, ancestors: string[]): void => {
    if (!Array.isArray(sections)) return;
    sections.forEach((section: OutlineSection, i) => {
      const path = `${base}.${i}`;
      out.push({ section, path, depth, ancestors });
      walk(section?.children, `${path}.children`, depth + 1, [...ancestors, section?.key]);
    });
  };
  walk(tree.sections, 'sections', 1, []);
  return out;
}

function blank(s: unknown): boolean {
  return typeof s !== 'string' || s.trim() === '';
}

function validateColumns(columns: ListColumn[] | null | undefined, path: string, issues: OutlineIssue[]): void {
  if (!Array.isArray(columns) || columns.length === 0) {
    issues.push({ path: `${path}.columns`, message: 'Mục dạng danh sách phải có ít nhất một cột.' });
    return;
  }
  const seen = new Set<string>();
  columns.forEach((c, i) => {
    const p = `${path}.columns.${i}`;
    if (typeof c?.key !== 'string' || !COLUMN_KEY.test(c.key)) {
      issues.push({ path: `${p}.key`, message: 'Mã cột chỉ gồm chữ cái không dấu, chữ số, "-" và "_" (tối đa 40 ký tự).' });
    } else if (seen.has(c.key)) {
      issues.push({ path: `${p}.key`, message: `Mã cột "${c.key}" bị trùng.` });
    } else seen.add(c.key);
    if (blank(c?.label)) issues.push({ path: `${p}.label`, message: 'Tên cột không được để trống.' });
    if (c?.type !== 'text' && c?.type !== 'number') issues.push({ path: `${p}.type`, message: 'Kiểu cột phải là văn bản hoặc số.' });
  });
}

function wellFormed(s: unknown): s is OutlineSection {
  const x = s as OutlineSection | null;
  return typeof x === 'object' && x !== null && typeof x.numbering === 'string' && Array.isArray(x.children);
}

function validateSection(loc: Located, issues: OutlineIssue[]): void {
  const { section: s, path } = loc;
  if (typeof s !== 'object' || s === null) {
    issues.push({ path, message: 'Mục không hợp lệ.' });
    return;
  }
  if (typeof s?.key !== 'string' || s.key === '') {
    issues.push({ path: `${path}.key`, message: 'Mã mục không được để trống.' });
  } else if (!SECTION_KEY.test(s.key)) {
    issues.push({ path: `${path}.key`, message: 'Mã mục chỉ gồm chữ cái không dấu, chữ số và các ký tự . _ - (tối đa 80 ký tự).' });
  }
  if (typeof s?.numbering !== 'string') issues.push({ path: `${path}.numbering`, message: 'Số thứ tự của mục không hợp lệ.' });
  else if (s.numbering.length > MAX_NUMBERING_CHARS) issues.push({ path: `${path}.numbering`, message: `Số thứ tự của mục quá dài (tối đa ${MAX_NUMBERING_CHARS} ký tự).` });
  if (blank(s?.title)) issues.push({ path: `${path}.title`, message: 'Tiêu đề mục không được để trống.' });
  else if (s.title.length > MAX_TITLE_CHARS) issues.push({ path: `${path}.title`, message: `Tiêu đề mục quá dài (tối đa ${viCount(MAX_TITLE_CHARS)} ký tự).` });
  if (s?.guidance != null && (typeof s.guidance !== 'string' || s.guidance.length > MAX_GUIDANCE_CHARS)) {
    issues.push({ path: `${path}.guidance`, message: `Hướng dẫn của mục quá dài (tối đa ${viCount(MAX_GUIDANCE_CHARS)} ký tự).` });
  }
  if (!KINDS.includes(s?.kind)) {
    issues.push({ path: `${path}.kind`, message: 'Hình thức trả lời phải là văn bản, bảng chỉ tiêu hoặc danh sách.' });
  } else if (s.kind === 'indicator_table' && blank(s.indicatorSetId)) {
    issues.push({ path: `${path}.indicatorSetId`, message: 'Mục dạng bảng chỉ tiêu phải chọn bộ chỉ tiêu.' });
  } else if (s.kind === 'list') {
    validateColumns(s.columns, path, issues);
  }
  if (!Array.isArray(s?.children)) issues.push({ path: `${path}.children`, message: 'Danh sách mục con không hợp lệ.' });
  if (loc.depth === MAX_OUTLINE_DEPTH + 1) {
    issues.push({ path, message: `Đề cương có quá nhiều cấp (tối đa ${MAX_OUTLINE_DEPTH} cấp).` });
  }
}

/** Direct problems of one reference; cycles through several sections are found separately. */
function validateReference(loc: Located, byKey: Map<string, Located>, labels: Map<string, string>, issues: OutlineIssue[]): boolean {
  const { section: s, path } = loc;
  const target = s.repeatOf?.sectionKey;
  const p = `${path}.repeatOf.sectionKey`;
  const name = labels.get(s.key) ?? s.key;
  if (typeof target !== 'string' || !byKey.has(target)) {
    issues.push({ path: p, message: `Không tìm thấy mục "${String(target)}" mà mục ${name} lặp lại nội dung.` });
    return false;
  }
  const t = byKey.get(target)!;
  const tName = labels.get(target) ?? target;
  if (target === s.key) {
    issues.push({ path: p, message: `Mục ${name} không thể lặp lại nội dung của chính nó.` });
    return false;
  }
  if (loc.ancestors.includes(target)) {
    issues.push({ path: p, message: `Mục ${name} không thể lặp lại nội dung của mục cấp trên ${tName}.` });
    return false;
  }
  if (t.ancestors.includes(s.key)) {
    issues.push({ path: p, message: `Mục ${name} không thể lặp lại nội dung của mục con ${tName} của chính nó.` });
    return false;
  }
  if (s.children?.length) {
    issues.push({ path: `${path}.children`, message: `Mục ${name} lặp lại nội dung mục ${tName} nên không có mục con riêng (các mục con sẽ bị thay thế).` });
  }
  return true;
}

/**
 * Expansion needs, for a section, its target's expanded children, and for any other section its
 * own children's expansion: a cycle in that graph is a repetition that never ends.
 */
function findRepeatCycles(tree: OutlineTree, byKey: Map<string, Located>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const cycles: string[][] = [];
  const visit = (s: OutlineSection, trail: string[]): void => {
    const st = state.get(s.key);
    if (st === 'done') return;
    if (st === 'open') {
      cycles.push([...trail.slice(trail.indexOf(s.key)), s.key]);
      return;
    }
    state.set(s.key, 'open');
    const next = [...trail, s.key];
    const target = s.repeatOf ? byKey.get(s.repeatOf.sectionKey)?.section : undefined;
    if (target) visit(target, next);
    else if (!s.repeatOf) for (const c of s.children ?? []) visit(c, next);
    state.set(s.key, 'done');
  };
  for (const s of tree.sections ?? []) visit(s, []);
  return cycles;
}

/** Number of sections once repetitions are spelled out, without building them (a cycle counts once). */
function expandedSize(tree: OutlineTree, byKey: Map<string, { section: OutlineSection }>): number {
  const memo = new Map<string, number>();
  const size = (s: OutlineSection): number => {
    const hit = memo.get(s.key);
    if (hit !== undefined) return hit;
    memo.set(s.key, 0);
    const target = s.repeatOf ? byKey.get(s.repeatOf.sectionKey)?.section : undefined;
    const kids = target ? target.children : s.children;
    const n = 1 + (kids ?? []).reduce((a, c) => a + size(c), 0);
    memo.set(s.key, n);
    return n;
  };
  return (tree.sections ?? []).reduce((a, s) => a + size(s), 0);
}

export function validateOutline(tree: OutlineTree): OutlineIssue[] {
  const issues: OutlineIssue[] = [];
  if (blank(tree?.title)) issues.push({ path: 'title', message: 'Tên đề cương không được để trống.' });
  else if (tree.title.length > MAX_TITLE_CHARS) issues.push({ path: 'title', message: `Tên đề cương quá dài (tối đa ${viCount(MAX_TITLE_CHARS)} ký tự).` });
  if (tree?.preamble != null && (typeof tree.preamble !== 'string' || tree.preamble.length > MAX_GUIDANCE_CHARS)) {
    issues.push({ path: 'preamble', message: `Phần mở đầu quá dài (tối đa ${viCount(MAX_GUIDANCE_CHARS)} ký tự).` });
  }
  if (!Array.isArray(tree?.sections)) {
    issues.push({ path: 'sections', message: 'Danh sách mục không hợp lệ.' });
    return issues;
  }
  const all = locate(tree);
  if (all.length > MAX_OUTLINE_SECTIONS) {
    issues.push({ path: 'sections', message: `Đề cương có quá nhiều mục (${viCount(all.length)} mục, tối đa ${viCount(MAX_OUTLINE_SECTIONS)} mục).` });
    return issues;
  }
  const byKey = new Map<string, Located>();
  for (const loc of all) {
    validateSection(loc, issues);
    const key = loc.section?.key;
    if (typeof key !== 'string' || key === '') continue;
    const first = byKey.get(key);
    if (first) issues.push({ path: `${loc.path}.key`, message: `Mã mục "${key}" bị trùng với mục ở ${first.path}.` });
    else byKey.set(key, loc);
  }
  // Data that did not come through the API schema: the shape issues above are all there is to say.
  if (!all.every((l) => wellFormed(l.section))) return issues;
  const labels = new Map(flattenOutline(tree).map((f) => [f.section.key, f.label]));
  let referencesOk = true;
  for (const loc of all) {
    if (loc.section?.repeatOf != null) referencesOk = validateReference(loc, byKey, labels, issues) && referencesOk;
  }
  // Cycles through several sections only make sense once every single reference is sound.
  if (!referencesOk) return issues;
  const cycles = findRepeatCycles(tree, byKey);
  for (const cycle of cycles) {
    const start = byKey.get(cycle[0]!)!;
    const names = cycle.map((k) => labels.get(k) ?? k).join(' → ');
    issues.push({ path: `${start.path}.repeatOf.sectionKey`, message: `Các mục lặp lại nội dung của nhau thành vòng tròn: ${names}.` });
  }
  if (!cycles.length && byKey.size === all.length) {
    const n = expandedSize(tree, byKey);
    if (n > MAX_EXPANDED_SECTIONS) {
      issues.push({ path: 'sections', message: `Sau khi lặp lại các mục, đề cương có ${viCount(n)} mục, vượt quá ${viCount(MAX_EXPANDED_SECTIONS)} mục.` });
    }
  }
  return issues;
}

// ---------------------------------------------------------------------------------------------
// Expansion
// ---------------------------------------------------------------------------------------------

function rekey(section: OutlineSection, prefix: string): OutlineSection {
  return { ...section, key: `${prefix}~${section.key}`, children: section.children.map((c) => rekey(c, prefix)) };
}

/**
 * Replaces each section with repeatOf by a deep copy of the referenced section's children (new keys
 * `${section.key}~${childKey}`), keeping the repeating section's own numbering/title; the result has
 * no repeatOf left. Throws on cycles and missing targets (validateOutline reports them first).
 */
export function expandOutline(tree: OutlineTree): OutlineTree {
  const byKey = new Map<string, OutlineSection>();
  for (const f of flattenOutline(tree)) byKey.set(f.section.key, f.section);
  const tooMany = () => new AppError('VALIDATION', `Sau khi lặp lại các mục, đề cương vượt quá ${viCount(MAX_EXPANDED_SECTIONS)} mục.`);
  // Counted first so that a runaway repetition is refused before anything is built.
  if (expandedSize(tree, new Map([...byKey].map(([k, section]) => [k, { section }]))) > MAX_EXPANDED_SECTIONS) throw tooMany();
  let count = 0;
  // `chain` holds the sections whose expanded children are being computed: ancestors and repeat targets.
  const expandedChildren = (s: OutlineSection, chain: string[]): OutlineSection[] => {
    if (chain.includes(s.key)) {
      throw new AppError('VALIDATION', `Các mục lặp lại nội dung của nhau thành vòng tròn: ${[...chain.slice(chain.indexOf(s.key)), s.key].join(' → ')}.`);
    }
    const next = [...chain, s.key];
    if (s.repeatOf) {
      const target = byKey.get(s.repeatOf.sectionKey);
      if (!target) throw new AppError('VALIDATION', `Không tìm thấy mục "${s.repeatOf.sectionKey}" mà mục "${s.key}" lặp lại nội dung.`);
      return expandedChildren(target, next).map((c) => rekey(c, s.key));
    }
    return s.children.map((c) => expandSection(c, next));
  };
  const expandSection = (s: OutlineSection, chain: string[]): OutlineSection => {
    if (++count > MAX_EXPANDED_SECTIONS) throw tooMany();
    return {
      ...s,
      columns: s.columns ? s.columns.map((c) => ({ ...c })) : s.columns,
      repeatOf: null,
      children: expandedChildren(s, chain),
    };
  };
  return { ...tree, sections: tree.sections.map((s) => expandSection(s, [])) };
}

// ---------------------------------------------------------------------------------------------
// Plain text
// ---------------------------------------------------------------------------------------------

/**
 * A guidance line that starts like a numbered item, a bullet or a parenthesis would be read back as
 * something else; the importer strips one pair of enclosing parentheses, so wrapping is lossless.
 */
const MAY_READ_AS_ITEM = /^(?:[#>*_\-+•–—·▪◦●■➢►(\d]|[A-Za-zĐđ]{1,5}\s*[.):\-–/]|(?:phần|chương|nơi nhận|đề cương|phụ lục|kèm theo|ban hành kèm)(?:\s|:|$))/iu;

function textLine(line: string): string {
  return MAY_READ_AS_ITEM.test(line) ? `(${line})` : line;
}

/**
 * The outline as plain text: a header, the title, the preamble in parentheses, then one line per
 * section "<numbering> <title>" with its guidance on the following lines. Read back by
 * importOutlineText; fed (after expandOutline, if repetitions should be spelled out) to the report
 * checker's STRUCT rule, which skips unnumbered lines. Sections without numbering cannot be told
 * apart from guidance in plain text.
 */
export function outlineToText(tree: OutlineTree): string {
  const lines: string[] = ['ĐỀ CƯƠNG', tree.title.replace(/\s+/g, ' ').trim()];
  for (const p of (tree.preamble ?? '').split('\n')) if (p.trim()) lines.push(`(${p.trim()})`);
  lines.push('');
  const flat = flattenOutline(tree);
  const labelOf = new Map(flat.map((f) => [f.section.key, f.label]));
  for (const { section: s } of flat) {
    const title = s.title.replace(/\s+/g, ' ').trim();
    lines.push(s.numbering.trim() ? `${s.numbering.trim()} ${title}` : title);
    const guidance = (s.guidance ?? '').split('\n').map((g) => g.replace(/\s+/g, ' ').trim()).filter(Boolean);
    for (const g of guidance) lines.push(textLine(g));
    if (s.repeatOf) {
      const target = labelOf.get(s.repeatOf.sectionKey) ?? s.repeatOf.sectionKey;
      const wanted = normalizeLabel(target);
      const cited = guidance.map(findRepeatReference).find((r) => r !== null);
      // A relative citation ("tương tự mục 1" inside II) still names the target; keep the text as written.
      const named = cited != null && (cited === wanted || wanted.endsWith(`.${cited}`));
      if (!named) lines.push(`Báo cáo lần lượt từng nội dung tương tự mục ${wanted}.`);
    }
  }
  return `${lines.join('\n')}\n`;
}
