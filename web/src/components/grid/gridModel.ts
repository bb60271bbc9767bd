import { formatViNumber, parseViNumber } from '../../../../src/indicators/domain/vi-number';

/** What the grid needs to know of an indicator to read and print its figures. */
export interface GridIndicator {
  id: string;
  code: string;
  name: string;
  unitOfMeasure: string;
  decimals: number;
}

export interface GridColumnDef {
  key: string;
  label: string;
  unit: { id: string; name: string };
  periodKey: string;
  writable: boolean;
  lock: { unit: { id: string; name: string }; periodLabel: string; reason: string | null; lockedBy: string | null; lockedAt: string } | null;
}

export interface GridRowDef {
  indicator: GridIndicator;
  required: boolean;
}

/** A figure typed or pasted but not saved yet; `error` set means it will not be sent. */
export interface CellEdit {
  raw: string;
  value: number | null;
  error: string | null;
}

export interface CellMark {
  severity: 'error' | 'warning';
  message: string;
}

export const cellKey = (indicatorId: string, columnKey: string) => `${indicatorId}|${columnKey}`;

export function splitCellKey(key: string): { indicatorId: string; columnKey: string } {
  const i = key.indexOf('|');
  return { indicatorId: key.slice(0, i), columnKey: key.slice(i + 1) };
}

/** Reads what the user typed the way the server will (parseViNumber), so a bad figure is caught before saving. */
export function parseCellInput(raw: string, ind: GridIndicator): CellEdit {
  const text = raw.trim();
  if (!text) return { raw: '', value: null, error: null };
  const p = parseViNumber(text, { unitOfMeasure: ind.unitOfMeasure, maxDecimals: ind.decimals });
  return p.ok ? { raw: text, value: p.value, error: null } : { raw: text, value: null, error: p.reason };
}

/** A figure as the grid prints it: grouped thousands, the indicator's decimals. */
export const displayNumber = (v: number | null | undefined, ind: GridIndicator) => formatViNumber(v, ind.decimals);

/** The text an edit starts from (F2): the value without padding zeros, which parses back unchanged. */
export const editNumber = (v: number | null | undefined) => formatViNumber(v);

/**
 * A block copied from Excel: rows by line breaks, cells by tabs. Excel quotes a cell that holds a
 * tab, a line break or a quote; those are unquoted so that one cell stays one cell.
 */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  const src = text.replace(/\r\n?/g, '\n');
  while (i < src.length) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else cell += ch;
      i++;
      continue;
    }
    if (ch === '"' && cell === '') quoted = true;
    else if (ch === '\t') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
    i++;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Whether an edit brings the cell back to what the server holds (then it is not a change). */
export function sameAsSaved(edit: CellEdit, saved: number | null | undefined): boolean {
  return edit.error === null && (edit.value ?? null) === (saved ?? null);
}
