/**
 * A statistical form (biểu thống kê) as data: rows and columns are predicates over grouped facts,
 * so a circular that replaces the tables (TT 18/2025 replaced TT 02/2023) is a new definition, not
 * new code. Filling a form is pure: counts in, a matrix out, with the form's own totals checked.
 */
export interface FormColumn<F> {
  key: string;
  /** Header path from the top group to the leaf ("Bằng khen của Thủ tướng Chính phủ", "Tập thể"). */
  header: string[];
  match: (f: F) => boolean;
}

export interface FormRow<F> {
  /** Mã số as printed; empty for a heading row ("1. Chia theo …") that carries no figures. */
  code: string;
  label: string;
  /** Đơn vị tính ("Người", "Tập thể"), when the form has that column. */
  unit?: string;
  bold?: boolean;
  /** Absent on heading rows. */
  match?: (f: F) => boolean;
}

export interface StatForm<F> {
  id: string;
  circular: string;
  title: string;
  /** Printed under the title on the right ("Đơn vị tính: Phong trào"). */
  measure?: string;
  /** The receipt date the form prints ("Ngày 15 tháng 12 năm báo cáo"). */
  receipt?: string;
  hasUnitColumn: boolean;
  /** Which facts the form counts at all; "Tổng số" of a row is every such fact on the row. */
  scope: (f: F) => boolean;
  columns: FormColumn<F>[];
  rows: FormRow<F>[];
}

export interface CountedFact {
  n: number;
}

export interface FilledRow {
  code: string;
  label: string;
  unit: string | null;
  bold: boolean;
  heading: boolean;
  total: number | null;
  cells: (number | null)[];
}

export interface FilledForm {
  id: string;
  circular: string;
  title: string;
  columns: { key: string; header: string[] }[];
  rows: FilledRow[];
  /** Facts in scope that no column takes: the form would not add up, so they are reported. */
  unplaced: number;
}

export function fillForm<F extends CountedFact>(form: StatForm<F>, facts: readonly F[]): FilledForm {
  const inScope = facts.filter((f) => form.scope(f));
  const unplaced = inScope.filter((f) => !form.columns.some((c) => c.match(f))).reduce((s, f) => s + f.n, 0);
  const rows = form.rows.map((row): FilledRow => {
    const base = { code: row.code, label: row.label, unit: row.unit ?? null, bold: !!row.bold };
    if (!row.match) return { ...base, heading: true, total: null, cells: form.columns.map(() => null) };
    const on = inScope.filter(row.match);
    return {
      ...base,
      heading: false,
      total: on.reduce((s, f) => s + f.n, 0),
      cells: form.columns.map((c) => on.filter(c.match).reduce((s, f) => s + f.n, 0)),
    };
  });
  return { id: form.id, circular: form.circular, title: form.title, columns: form.columns.map((c) => ({ key: c.key, header: c.header })), rows, unplaced };
}

/** Where "Tổng số" differs from the sum of its columns (domain-law ST-01): must be empty for a form whose columns partition its scope. */
export function totalMismatches(filled: FilledForm): string[] {
  return filled.rows.filter((r) => !r.heading && r.total !== r.cells.reduce<number>((s, c) => s + (c ?? 0), 0)).map((r) => r.code);
}
