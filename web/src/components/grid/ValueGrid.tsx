import { LockOutlined, StopOutlined } from '@ant-design/icons';
import { Dropdown, Tooltip } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { formatViDateTime } from '../../lib/dates';
import { CellEditor, type EditorExit } from './CellEditor';
import { cellKey, displayNumber, editNumber, parseTsv, type CellEdit, type CellMark, type GridColumnDef, type GridRowDef } from './gridModel';
import { GridStatusBar } from './GridStatusBar';
import './ValueGrid.css';

export interface SavedCell {
  value: number | null;
  updatedBy: string | null;
  updatedAt: string | null;
  source: string | null;
}

export interface ValueGridProps {
  rows: GridRowDef[];
  columns: GridColumnDef[];
  /** Saved figures by cellKey(indicatorId, columnKey). */
  saved: ReadonlyMap<string, SavedCell>;
  edits: ReadonlyMap<string, CellEdit>;
  /** Issues to show per cell (server checks, refused saves), by cellKey. */
  marks: ReadonlyMap<string, CellMark[]>;
  /** Cells someone else changed meanwhile, with the server's message. */
  conflicts: ReadonlyMap<string, string>;
  /** New raw texts by cellKey (one for a typed cell, many for a paste); '' clears. */
  onChange: (changes: { key: string; raw: string }[]) => void;
  onRevert: (key: string) => void;
  onHistory: (row: GridRowDef, column: GridColumnDef) => void;
  /** Told when a paste had to skip read-only cells or overflowed the grid. */
  onNotice?: (text: string) => void;
  /** The column of the active cell (e.g. which period "Khóa kỳ" acts on in a grid over periods). */
  onActiveColumn?: (columnKey: string) => void;
}

interface Pos {
  r: number;
  c: number;
}

export function lockText(col: GridColumnDef): string | null {
  if (col.lock) {
    const l = col.lock;
    return `${l.periodLabel} của ${l.unit.name} đã khóa${l.lockedBy ? ` bởi ${l.lockedBy}` : ''} lúc ${formatViDateTime(l.lockedAt)}${l.reason ? `. Lý do: ${l.reason}` : ''}.`;
  }
  if (!col.writable) return `Bạn không được giao quyền nhập số liệu của ${col.unit.name}.`;
  return null;
}

const editable = (col: GridColumnDef | undefined) => !!col && col.writable && !col.lock;

/**
 * A spreadsheet-like grid of indicators × columns (units or periods). Keyboard as in Excel: arrows,
 * Tab, Enter move; typing replaces; F2 edits; Escape cancels; Delete clears; a block copied from
 * Excel is pasted from the active cell. Figures are read with the Vietnamese number rules.
 */
export function ValueGrid(props: ValueGridProps) {
  const { rows, columns, saved, edits, marks, conflicts, onChange, onRevert, onHistory, onNotice, onActiveColumn } = props;
  const [active, setActive] = useState<Pos>({ r: 0, c: 0 });
  // The edited cell is remembered by key: a click elsewhere moves the active cell before the editor's blur commits.
  const [editing, setEditing] = useState<{ key: string; initial: string; mode: 'enter' | 'edit' } | null>(null);
  const [menu, setMenu] = useState<{ x: number; y: number } | null>(null);
  const wrapRef = useRef<HTMLDivElement>(null);
  const idBase = useMemo(() => `vg-${Math.random().toString(36).slice(2, 8)}`, []);

  // Keep the active cell inside the grid when rows or columns change (another set, unit or period).
  const pos: Pos = { r: Math.min(active.r, Math.max(rows.length - 1, 0)), c: Math.min(active.c, Math.max(columns.length - 1, 0)) };
  const row = rows[pos.r];
  const col = columns[pos.c];
  const activeKey = row && col ? cellKey(row.indicator.id, col.key) : null;

  useEffect(() => {
    const td = document.getElementById(`${idBase}-${pos.r}-${pos.c}`);
    td?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [idBase, pos.r, pos.c]);

  useEffect(() => {
    if (col) onActiveColumn?.(col.key);
  }, [col, onActiveColumn]);

  const focusGrid = () => wrapRef.current?.focus({ preventScroll: true });

  const move = useCallback(
    (dr: number, dc: number) => {
      setActive((p) => ({
        r: Math.min(Math.max(p.r + dr, 0), Math.max(rows.length - 1, 0)),
        c: Math.min(Math.max(p.c + dc, 0), Math.max(columns.length - 1, 0)),
      }));
    },
    [rows.length, columns.length],
  );

  const textOf = (key: string) => {
    const e = edits.get(key);
    if (e) return e.raw === '' ? '' : e.error ? e.raw : editNumber(e.value);
    return editNumber(saved.get(key)?.value);
  };

  const startEdit = (mode: 'enter' | 'edit', initial?: string) => {
    if (!activeKey || !editable(col)) {
      if (col && !editable(col)) onNotice?.(lockText(col) ?? 'Ô này chỉ xem.');
      return;
    }
    setEditing({ key: activeKey, mode, initial: initial ?? textOf(activeKey) });
  };

  const commit = (key: string, text: string, exit: EditorExit) => {
    setEditing(null);
    if (text.trim() !== textOf(key).trim()) onChange([{ key, raw: text }]);
    const d: Record<EditorExit, [number, number]> = { down: [1, 0], up: [-1, 0], right: [0, 1], left: [0, -1], stay: [0, 0] };
    move(...d[exit]);
    focusGrid();
  };

  const clearActive = () => {
    if (activeKey && editable(col) && textOf(activeKey) !== '') onChange([{ key: activeKey, raw: '' }]);
  };

  function onKeyDown(e: React.KeyboardEvent) {
    if (editing || rows.length === 0) return;
    const k = e.key;
    const moves: Record<string, [number, number]> = { ArrowDown: [1, 0], ArrowUp: [-1, 0], ArrowRight: [0, 1], ArrowLeft: [0, -1] };
    if (moves[k]) {
      e.preventDefault();
      if (e.ctrlKey || e.metaKey) {
        // Ctrl+arrow jumps to the edge, as in Excel.
        const [dr, dc] = moves[k]!;
        move(dr * rows.length, dc * columns.length);
      } else move(...moves[k]!);
    } else if (k === 'Tab') {
      e.preventDefault();
      move(0, e.shiftKey ? -1 : 1);
    } else if (k === 'Enter') {
      e.preventDefault();
      if (e.shiftKey) move(-1, 0);
      else move(1, 0);
    } else if (k === 'Home') {
      e.preventDefault();
      setActive((p) => ({ r: e.ctrlKey ? 0 : p.r, c: 0 }));
    } else if (k === 'End') {
      e.preventDefault();
      setActive((p) => ({ r: e.ctrlKey ? rows.length - 1 : p.r, c: columns.length - 1 }));
    } else if (k === 'PageDown' || k === 'PageUp') {
      e.preventDefault();
      move(k === 'PageDown' ? 10 : -10, 0);
    } else if (k === 'F2') {
      e.preventDefault();
      startEdit('edit');
    } else if (k === 'Delete') {
      e.preventDefault();
      clearActive();
    } else if (k === 'Backspace') {
      e.preventDefault();
      startEdit('enter', '');
    } else if (k === 'ContextMenu' || (k === 'F10' && e.shiftKey)) {
      e.preventDefault();
      const td = document.getElementById(`${idBase}-${pos.r}-${pos.c}`)?.getBoundingClientRect();
      if (td) setMenu({ x: td.left + 8, y: td.bottom });
    } else if (k.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      startEdit('enter', k);
    }
  }

  function onPaste(e: React.ClipboardEvent) {
    const block = parseTsv(e.clipboardData.getData('text/plain'));
    if (block.length === 0 || !row) return;
    e.preventDefault();
    setEditing(null);
    const changes: { key: string; raw: string }[] = [];
    let skipped = 0;
    let outside = 0;
    block.forEach((cells, i) =>
      cells.forEach((raw, j) => {
        const r = rows[pos.r + i];
        const c = columns[pos.c + j];
        if (!r || !c) outside++;
        else if (!editable(c)) skipped++;
        else changes.push({ key: cellKey(r.indicator.id, c.key), raw });
      }),
    );
    if (changes.length) onChange(changes);
    const notes = [
      skipped ? `${skipped} ô chỉ xem (đã khóa hoặc không có quyền) được bỏ qua` : '',
      outside ? `${outside} ô nằm ngoài bảng được bỏ qua` : '',
    ].filter(Boolean);
    if (notes.length) onNotice?.(`Đã dán ${changes.length} ô; ${notes.join('; ')}.`);
    focusGrid();
  }

  function onCopy(e: React.ClipboardEvent) {
    if (editing || !activeKey) return;
    e.preventDefault();
    e.clipboardData.setData('text/plain', textOf(activeKey));
  }

  const menuItems = [
    { key: 'history', label: 'Lịch sử thay đổi', disabled: !row || !col },
    { key: 'clear', label: 'Xóa giá trị (Delete)', disabled: !editable(col) },
    { key: 'revert', label: 'Hoàn tác ô này', disabled: !activeKey || !edits.has(activeKey) },
  ];

  return (
    <>
      <div
        ref={wrapRef}
        className="vg-wrap"
        tabIndex={0}
        role="grid"
        aria-label="Bảng nhập số liệu"
        aria-rowcount={rows.length + 1}
        aria-colcount={columns.length + 1}
        aria-activedescendant={rows.length ? `${idBase}-${pos.r}-${pos.c}` : undefined}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
        onCopy={onCopy}
      >
        <table className="vg-table">
          <thead>
            <tr role="row">
              <th className="vg-corner" role="columnheader">
                Chỉ tiêu
              </th>
              {columns.map((c) => {
                const lock = lockText(c);
                return (
                  <th key={c.key} role="columnheader" className={lock ? 'vg-head-ro' : undefined}>
                    {lock ? (
                      <Tooltip title={lock}>
                        <span>
                          {c.lock ? <LockOutlined aria-label="Đã khóa" /> : <StopOutlined aria-label="Chỉ xem" />} {c.label}
                        </span>
                      </Tooltip>
                    ) : (
                      c.label
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((rw, r) => (
              <tr key={rw.indicator.id} role="row">
                <th className="vg-rowhead" role="rowheader" scope="row">
                  <span className="vg-code">{rw.indicator.code}</span>
                  {rw.indicator.name}
                  {rw.required && (
                    <Tooltip title="Chỉ tiêu bắt buộc">
                      <span className="vg-required">*</span>
                    </Tooltip>
                  )}
                  <span className="vg-uom"> ({rw.indicator.unitOfMeasure})</span>
                </th>
                {columns.map((c, ci) => {
                  const key = cellKey(rw.indicator.id, c.key);
                  const edit = edits.get(key);
                  const cellMarks = marks.get(key) ?? [];
                  const conflict = conflicts.get(key);
                  const isActive = r === pos.r && ci === pos.c;
                  const ro = !editable(c);
                  const cls = ['vg-cell'];
                  if (ro) cls.push('ro');
                  if (edit) cls.push(edit.error ? 'invalid' : 'dirty');
                  if (conflict) cls.push('conflict');
                  else if (cellMarks.some((m) => m.severity === 'error')) cls.push('error');
                  else if (cellMarks.length) cls.push('warning');
                  if (isActive) cls.push('active');
                  const title = [edit?.error, conflict, ...cellMarks.map((m) => m.message), ro ? lockText(c) : null].filter(Boolean).join('\n');
                  return (
                    <td
                      key={c.key}
                      id={`${idBase}-${r}-${ci}`}
                      role="gridcell"
                      aria-selected={isActive}
                      aria-readonly={ro || undefined}
                      aria-invalid={edit?.error || cellMarks.some((m) => m.severity === 'error') ? true : undefined}
                      className={cls.join(' ')}
                      title={title || undefined}
                      onMouseDown={(e) => {
                        if (e.button === 2 && isActive) return;
                        setActive({ r, c: ci });
                      }}
                      onDoubleClick={() => startEdit('edit')}
                      onContextMenu={(e) => {
                        e.preventDefault();
                        setActive({ r, c: ci });
                        setMenu({ x: e.clientX, y: e.clientY });
                      }}
                    >
                      {edit ? (edit.error ? edit.raw : displayNumber(edit.value, rw.indicator)) : displayNumber(saved.get(key)?.value, rw.indicator)}
                      {editing?.key === key && (
                        <CellEditor
                          initial={editing.initial}
                          mode={editing.mode}
                          label={`${rw.indicator.name}, ${c.label}`}
                          onCommit={(text, exit) => commit(key, text, exit)}
                          onCancel={() => {
                            setEditing(null);
                            focusGrid();
                          }}
                        />
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Dropdown
        open={!!menu}
        onOpenChange={(o) => !o && setMenu(null)}
        menu={{
          items: menuItems,
          onClick: ({ key }) => {
            setMenu(null);
            if (key === 'history' && row && col) onHistory(row, col);
            if (key === 'clear') clearActive();
            if (key === 'revert' && activeKey) onRevert(activeKey);
            focusGrid();
          },
        }}
        trigger={['contextMenu']}
      >
        <span style={{ position: 'fixed', left: menu?.x ?? 0, top: menu?.y ?? 0, width: 1, height: 1 }} />
      </Dropdown>
      {row && col && activeKey && (
        <GridStatusBar
          row={row}
          column={col}
          saved={saved.get(activeKey)}
          edit={edits.get(activeKey)}
          marks={marks.get(activeKey) ?? []}
          conflict={conflicts.get(activeKey)}
          readOnlyReason={editable(col) ? null : lockText(col)}
        />
      )}
    </>
  );
}
