import type { AwardSubjectKind } from '../../db/schema';
import type { StatDimension, StatTable } from '../../shared/api/awards-registry';
import { LEVEL_LABELS, REGISTRY_FORMS, ROUND_LABELS, SUBJECT_KIND_LABELS, WORKER_LABELS, formLabel } from './award-forms';

/** One group of the statistics query: a value of a dimension (or two), for one subject kind. */
export interface GroupCount {
  key: string | null;
  second?: string | null;
  kind: AwardSubjectKind;
  n: number;
  /** A name written on the records of an unknown award code, to label it. */
  name?: string | null;
}

export const DIMENSION_TITLES: Record<StatDimension, string> = {
  form: 'Theo hình thức, danh hiệu',
  level: 'Theo cấp khen thưởng',
  year: 'Theo năm',
  movement: 'Theo phong trào thi đua',
  unit: 'Theo đơn vị trình',
  kind: 'Theo đối tượng',
  round: 'Theo loại hình khen thưởng',
  worker: 'Theo đối tượng lao động',
};

/** How a key is labelled and ordered; names of units and movements come from the database. */
export interface Labeller {
  label(dim: StatDimension, key: string | null, name?: string | null): string;
  rank(dim: StatDimension, key: string | null, label: string): [number, string];
}

const FORM_RANK = new Map(REGISTRY_FORMS.map((f, i) => [f.code, i]));
const enumRank = (labels: Record<string, string>) => {
  const keys = Object.keys(labels);
  return (k: string | null) => (k === null ? keys.length : keys.indexOf(k) < 0 ? keys.length - 0.5 : keys.indexOf(k));
};
const RANKS: Partial<Record<StatDimension, (k: string | null) => number>> = {
  level: enumRank(LEVEL_LABELS),
  // Reports list collectives first ("cho 07 tập thể và 215 cá nhân").
  kind: enumRank({ tap_the: '', ca_nhan: '', ho_gia_dinh: '' }),
  round: enumRank(ROUND_LABELS),
  worker: enumRank(WORKER_LABELS),
};

export function labeller(names: { units: Map<string, string>; movements: Map<string, string>; forms?: Map<string, string> }): Labeller {
  return {
    label(dim, key, name) {
      switch (dim) {
        case 'form':
          return key === null ? 'Không rõ' : formLabel(key, name ?? names.forms?.get(key) ?? key);
        case 'level':
          return key === null ? 'Không rõ' : (LEVEL_LABELS[key as keyof typeof LEVEL_LABELS] ?? key);
        case 'year':
          return key ?? 'Không rõ năm';
        case 'movement':
          return key === null ? 'Không gắn với phong trào' : (names.movements.get(key) ?? 'Phong trào đã xóa');
        case 'unit':
          return key === null ? 'Không rõ đơn vị' : (names.units.get(key) ?? 'Đơn vị không rõ');
        case 'kind':
          return key === null ? 'Không rõ' : (SUBJECT_KIND_LABELS[key as AwardSubjectKind] ?? key);
        case 'round':
          return key === null ? 'Không rõ' : (ROUND_LABELS[key as keyof typeof ROUND_LABELS] ?? key);
        case 'worker':
          return key === null ? 'Chưa phân loại' : (WORKER_LABELS[key as keyof typeof WORKER_LABELS] ?? key);
      }
    },
    rank(dim, key, label) {
      if (dim === 'form') return [key === null ? 1e6 : (FORM_RANK.get(key) ?? 1e5), label];
      if (dim === 'year') return [key === null ? 1e6 : Number(key), ''];
      const r = RANKS[dim];
      if (r) return [r(key), label];
      return [key === null ? 1 : 0, label];
    },
  };
}

const compare = (a: [number, string], b: [number, string]) => a[0] - b[0] || a[1].localeCompare(b[1], 'vi');
const KIND_COLUMNS: AwardSubjectKind[] = ['tap_the', 'ca_nhan', 'ho_gia_dinh'];

/** Rows by one dimension, columns by subject kind (tập thể, cá nhân, hộ gia đình), totals on both sides. */
export function kindTable(dim: StatDimension, counts: GroupCount[], l: Labeller): StatTable {
  // Rows by subject kind need no columns by subject kind.
  const byKind = dim !== 'kind';
  const rows = new Map<string, { key: string | null; name: string | null; cells: number[] }>();
  for (const c of counts) {
    const id = c.key ?? '\u0000';
    const row = rows.get(id) ?? { key: c.key, name: c.name ?? null, cells: byKind ? KIND_COLUMNS.map(() => 0) : [0] };
    row.cells[byKind ? KIND_COLUMNS.indexOf(c.kind) : 0]! += c.n;
    rows.set(id, row);
  }
  const columns = byKind ? KIND_COLUMNS.map((k) => ({ key: k, label: SUBJECT_KIND_LABELS[k] })) : [{ key: 'n', label: 'Số lượng' }];
  return finish(dim, DIMENSION_TITLES[dim], columns, [...rows.values()], l);
}

/** Rows by the first dimension, one column per value of the second (all subject kinds together). */
export function crossTable(rowsDim: StatDimension, colsDim: StatDimension, counts: GroupCount[], l: Labeller): StatTable {
  const colKeys = [...new Map(counts.map((c) => [c.second ?? '\u0000', c.second ?? null])).values()];
  colKeys.sort((a, b) => compare(l.rank(colsDim, a, l.label(colsDim, a)), l.rank(colsDim, b, l.label(colsDim, b))));
  const colIndex = new Map(colKeys.map((k, i) => [k ?? '\u0000', i]));
  const rows = new Map<string, { key: string | null; name: string | null; cells: number[] }>();
  for (const c of counts) {
    const id = c.key ?? '\u0000';
    const row = rows.get(id) ?? { key: c.key, name: c.name ?? null, cells: colKeys.map(() => 0) };
    row.cells[colIndex.get(c.second ?? '\u0000')!]! += c.n;
    rows.set(id, row);
  }
  const columns = colKeys.map((k) => ({ key: k ?? '', label: l.label(colsDim, k) }));
  return finish(`${rowsDim}_${colsDim}`, `${DIMENSION_TITLES[rowsDim]} và ${DIMENSION_TITLES[colsDim].replace(/^Theo /, '').toLowerCase()}`, columns, [...rows.values()], l, rowsDim);
}

function finish(key: string, title: string, columns: StatTable['columns'], raw: { key: string | null; name: string | null; cells: number[] }[], l: Labeller, dim = key as StatDimension): StatTable {
  const rows = raw
    .map((r) => ({ key: r.key ?? '', label: l.label(dim, r.key, r.name), cells: r.cells, total: r.cells.reduce((a, b) => a + b, 0), raw: r.key }))
    .sort((a, b) => compare(l.rank(dim, a.raw, a.label), l.rank(dim, b.raw, b.label)))
    .map(({ key: k, label, cells, total }) => ({ key: k, label, cells, total }));
  const totals = columns.map((_, i) => rows.reduce((s, r) => s + (r.cells[i] ?? 0), 0));
  return { key, title, columns, rows, totals, total: totals.reduce((a, b) => a + b, 0) };
}
