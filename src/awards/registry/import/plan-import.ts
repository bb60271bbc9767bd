import type { ImportIssue } from '../../../shared/api/awards-registry';
import { cleanText, searchKey } from '../../../shared/vi-text';
import { formatViDate, isIsoDate, parseViDate } from '../../../shared/vi-date';
import type { AwardLevel, AwardRoundKind, AwardSubjectKind, WorkerCategory } from '../../../db/schema';
import { GRADE_LABELS, SUBJECT_KIND_LABELS, recordCode, resolveAwardName, type AwardGrade } from '../award-forms';
import { FIELD_LABELS, type HistoryField } from './history-columns';
import type { RawRow, RawValue } from './read-history';

export interface UnitRef {
  id: string;
  name: string;
}

export interface PlanContext {
  today: string;
  /** The unit the import is made for; rows without a unit column belong to it. */
  target: UnitRef;
  /** A unit named in the file, looked up below the target; a message when it is not found or not clear. */
  resolveUnit: (text: string) => UnitRef | string;
}

export interface PlannedRow {
  row: number;
  identity: string;
  subject: {
    kind: AwardSubjectKind;
    fullName: string;
    searchKey: string;
    birthYear: number | null;
    birthDate: string | null;
    idNumber: string | null;
    gender: 'nam' | 'nu' | null;
    position: string | null;
    workplace: string | null;
    unit: UnitRef;
    workerCategory: WorkerCategory | null;
  };
  award: { code: string; name: string; grade: AwardGrade | null; level: AwardLevel };
  year: number;
  decisionNumber: string | null;
  decisionDate: string | null;
  authority: string | null;
  roundKind: AwardRoundKind;
  note: string | null;
}

const text = (v: RawValue | undefined): string => (v === null || v === undefined ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : cleanText(String(v)));

/** Excel keeps dates as day numbers from 30/12/1899 when a cell is not formatted as a date. */
function serialToIso(n: number): string | null {
  if (!Number.isInteger(n) || n < 1 || n > 120000) return null;
  return new Date(Date.UTC(1899, 11, 30) + n * 86400000).toISOString().slice(0, 10);
}

export function parseDateCell(v: RawValue): string | null {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  if (typeof v === 'number') return serialToIso(v);
  const t = text(v);
  return parseViDate(t) ?? (isIsoDate(t) ? t : null);
}

export function parseYearCell(v: RawValue): number | null {
  const t = typeof v === 'number' ? String(v) : text(v);
  return /^\d{4}$/.test(t) ? Number(t) : null;
}

const KINDS: Record<string, AwardSubjectKind> = { 'ca nhan': 'ca_nhan', 'tap the': 'tap_the', 'ho gia dinh': 'ho_gia_dinh', ho: 'ho_gia_dinh', cn: 'ca_nhan', tt: 'tap_the' };
const ROUNDS: Record<string, AwardRoundKind> = {
  'thuong xuyen': 'thuong_xuyen',
  'cong trang': 'thuong_xuyen',
  'chuyen de': 'chuyen_de',
  'theo dot': 'chuyen_de',
  'theo chuyen de': 'chuyen_de',
  'dot xuat': 'dot_xuat',
  'cong hien': 'cong_hien',
  'qua trinh cong hien': 'cong_hien',
  'nien han': 'nien_han',
  'doi ngoai': 'doi_ngoai',
  'khang chien': 'khang_chien',
};
const WORKERS: Record<string, WorkerCategory> = {
  'cong nhan': 'cong_nhan',
  'nong dan': 'nong_dan',
  'truc tiep': 'truc_tiep',
  'nguoi truc tiep lao dong': 'truc_tiep',
  'lao dong truc tiep': 'truc_tiep',
  'lanh dao': 'lanh_dao',
  'lanh dao, quan ly': 'lanh_dao',
  'quan ly': 'lanh_dao',
  khac: 'khac',
};
const LEVELS: Record<string, AwardLevel> = { 'nha nuoc': 'nha_nuoc', 'cap nha nuoc': 'nha_nuoc', tinh: 'bo_tinh', 'cap tinh': 'bo_tinh', 'bo, nganh, tinh': 'bo_tinh', 'cap bo, nganh, tinh': 'bo_tinh', huyen: 'huyen', 'cap huyen': 'huyen', 'co so': 'co_so', 'cap co so': 'co_so', xa: 'co_so', 'cap xa': 'co_so' };

export const identityOf = (kind: AwardSubjectKind, key: string, birthYear: number | null, unitId: string) => `${kind}|${key}|${birthYear ?? ''}|${unitId}`;

/**
 * Checks every row of a history book and turns the valid ones into what will be written. Each
 * problem names its row and cell; a row with any problem is left out. Rows repeating an earlier
 * row (same person, award, year and decision) are problems too.
 */
export function planImport(rows: RawRow[], ctx: PlanContext): { planned: PlannedRow[]; errors: ImportIssue[] } {
  const errors: ImportIssue[] = [];
  const planned: PlannedRow[] = [];
  const seen = new Map<string, number>();
  const thisYear = Number(ctx.today.slice(0, 4));
  for (const r of rows) {
    const before = errors.length;
    const fail = (f: HistoryField, message: string) => errors.push({ row: r.row, cell: r.values[f]?.cell ?? '', column: FIELD_LABELS[f], message });
    const get = (f: HistoryField) => r.values[f]?.value ?? null;
    const fullName = text(get('name'));
    if (!fullName) fail('name', 'Thiếu họ tên hoặc tên tập thể.');
    else if (fullName.length > 300) fail('name', 'Tên dài quá 300 ký tự.');
    const awardText = text(get('award'));
    const resolved = awardText ? resolveAwardName(awardText) : null;
    if (!awardText) fail('award', 'Thiếu hình thức khen thưởng.');
    else if (!resolved) fail('award', `Hình thức khen thưởng "${awardText.slice(0, 100)}" không có trong danh mục.`);
    let kind: AwardSubjectKind = 'ca_nhan';
    const kindText = text(get('kind'));
    if (kindText) {
      const k = KINDS[searchKey(kindText)];
      if (k) kind = k;
      else fail('kind', `Loại đối tượng "${kindText}" không hợp lệ (Cá nhân, Tập thể hoặc Hộ gia đình).`);
    } else if (resolved && !resolved.form.subjects.includes('ca_nhan')) {
      kind = resolved.form.subjects[0]!;
    }
    if (resolved && !resolved.form.subjects.includes(kind)) fail('award', `${resolved.form.name} không dành cho ${SUBJECT_KIND_LABELS[kind].toLowerCase()}.`);
    let birthYear: number | null = null;
    let birthDate: string | null = null;
    const birth = get('birth');
    if (birth !== null) {
      const y = parseYearCell(birth);
      const d = y === null ? parseDateCell(birth) : null;
      if (kind !== 'ca_nhan') fail('birth', 'Năm sinh chỉ ghi cho cá nhân.');
      else if (y !== null && y >= 1880 && y <= thisYear) birthYear = y;
      else if (d && d <= ctx.today && d >= '1880-01-01') [birthDate, birthYear] = [d, Number(d.slice(0, 4))];
      else fail('birth', `Năm sinh "${text(birth)}" không hợp lệ.`);
    }
    let gender: 'nam' | 'nu' | null = null;
    const g = searchKey(text(get('gender')));
    if (g) {
      if (kind !== 'ca_nhan') fail('gender', 'Giới tính chỉ ghi cho cá nhân.');
      else if (g === 'nam') gender = 'nam';
      else if (g === 'nu') gender = 'nu';
      else fail('gender', `Giới tính "${text(get('gender'))}" không hợp lệ (Nam hoặc Nữ).`);
    }
    const idText = text(get('idNumber')).replace(/\s/g, '');
    if (idText && (kind !== 'ca_nhan' || !/^\d{9,12}$/.test(idText))) fail('idNumber', 'Số định danh cá nhân gồm 9 đến 12 chữ số, chỉ ghi cho cá nhân.');
    const decisionDateRaw = get('decisionDate');
    const decisionDate = decisionDateRaw === null ? null : parseDateCell(decisionDateRaw);
    if (decisionDateRaw !== null && !decisionDate) fail('decisionDate', `Ngày quyết định "${text(decisionDateRaw)}" không hợp lệ (ví dụ 15/01/2024).`);
    else if (decisionDate && decisionDate > ctx.today) fail('decisionDate', `Ngày quyết định ${formatViDate(decisionDate)} ở sau ngày hôm nay.`);
    const yearRaw = get('year');
    let year = yearRaw === null ? (decisionDate ? Number(decisionDate.slice(0, 4)) : null) : parseYearCell(yearRaw);
    if (yearRaw === null && !decisionDate && decisionDateRaw === null) fail('year', 'Thiếu năm khen thưởng (hoặc ngày quyết định).');
    else if (yearRaw !== null && (year === null || year < 1945 || year > thisYear)) {
      fail('year', `Năm "${text(yearRaw)}" không hợp lệ (từ 1945 đến ${thisYear}).`);
      year = null;
    } else if (year !== null && decisionDate && Number(decisionDate.slice(0, 4)) < year) {
      fail('year', `Quyết định ngày ${formatViDate(decisionDate)} không thể khen thưởng thành tích năm ${year}.`);
    }
    if (birthYear !== null && year !== null && year < birthYear + 10) fail('birth', `Năm sinh ${birthYear} và năm khen thưởng ${year} không hợp lý.`);
    let roundKind: AwardRoundKind = 'thuong_xuyen';
    const roundText = text(get('round'));
    if (roundText) {
      const k = ROUNDS[searchKey(roundText)];
      if (k) roundKind = k;
      else fail('round', `Loại khen thưởng "${roundText}" không hợp lệ (Thường xuyên, Chuyên đề, Đột xuất, …).`);
    }
    let workerCategory: WorkerCategory | null = null;
    const workerText = text(get('worker'));
    if (workerText) {
      const k = WORKERS[searchKey(workerText)];
      if (k) workerCategory = k;
      else fail('worker', `Đối tượng lao động "${workerText}" không hợp lệ (Công nhân, Nông dân, Người trực tiếp lao động, Lãnh đạo, quản lý, Khác).`);
    }
    let level = resolved?.form.level;
    const levelText = text(get('level'));
    if (levelText) {
      const k = LEVELS[searchKey(levelText)];
      if (k) level = k;
      else fail('level', `Cấp khen thưởng "${levelText}" không hợp lệ.`);
    }
    let unit: UnitRef | null = ctx.target;
    const unitText = text(get('unit'));
    if (unitText) {
      const found = ctx.resolveUnit(unitText);
      unit = typeof found === 'string' ? null : found;
      if (typeof found === 'string') fail('unit', found);
    }
    if (errors.length > before || !resolved || !unit || year === null || !level) continue;
    const key = searchKey(fullName);
    const identity = identityOf(kind, key, birthYear, unit.id);
    const grade = resolved.form.graded ? resolved.grade : null;
    const decisionNumber = text(get('decisionNumber')) || null;
    const code = recordCode(resolved.form, grade);
    const dupKey = `${identity}|${code}|${grade ?? ''}|${year}|${decisionNumber?.toLowerCase() ?? ''}`;
    const first = seen.get(dupKey);
    if (first !== undefined) {
      fail('name', `Trùng với dòng ${first} (cùng đối tượng, hình thức, năm và quyết định).`);
      continue;
    }
    seen.set(dupKey, r.row);
    planned.push({
      row: r.row,
      identity,
      subject: { kind, fullName, searchKey: key, birthYear, birthDate, idNumber: idText || null, gender, position: text(get('position')) || null, workplace: text(get('workplace')) || null, unit, workerCategory },
      award: { code, name: grade ? `${resolved.form.name} ${GRADE_LABELS[grade]}` : resolved.form.name, grade, level },
      year,
      decisionNumber,
      decisionDate,
      authority: text(get('authority')) || null,
      roundKind,
      note: text(get('note')) || null,
    });
  }
  return { planned, errors };
}
