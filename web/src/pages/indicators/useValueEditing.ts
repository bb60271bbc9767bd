import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { ApiError, toApiError } from '../../api/client';
import { gridKey, useSaveValues, type GridParams, type GridResponse, type SaveValuesResponse } from '../../api/indicators';
import { cellKey, parseCellInput, sameAsSaved, splitCellKey, type CellEdit, type CellMark } from '../../components/grid/gridModel';
import type { SavedCell } from '../../components/grid/ValueGrid';

/** Why the last save was refused; nothing was written (the server saves all or nothing). */
export type SaveProblem =
  | { kind: 'validation' | 'confirm' | 'locked' | 'other'; message: string; count: number }
  | { kind: 'conflict'; message: string; count: number };

const EMPTY = new Map<string, never>();

/**
 * The unsaved figures of a grid and the outcome of saving them. Edits survive a refused save and
 * a reload after a conflict, so nothing the user typed is lost before it is written.
 */
export function useValueEditing(grid: GridResponse | undefined, params: GridParams | null) {
  const qc = useQueryClient();
  const saveMutation = useSaveValues();
  const [edits, setEdits] = useState<Map<string, CellEdit>>(new Map());
  const [saveMarks, setSaveMarks] = useState<Map<string, CellMark[]>>(new Map());
  const [conflicts, setConflicts] = useState<Map<string, string>>(new Map());
  const [problem, setProblem] = useState<SaveProblem | null>(null);

  const paramsKey = JSON.stringify(params);
  // Another set, unit, period or kind is another sheet: the page asked before switching.
  useEffect(() => {
    setEdits(new Map());
    setSaveMarks(new Map());
    setConflicts(new Map());
    setProblem(null);
  }, [paramsKey]);

  const indicators = useMemo(() => new Map((grid?.rows ?? []).map((r) => [r.indicator.id, r.indicator])), [grid]);
  const columns = useMemo(() => new Map((grid?.columns ?? []).map((c) => [c.key, c])), [grid]);
  const saved = useMemo(() => {
    const m = new Map<string, SavedCell>();
    for (const c of grid?.cells ?? []) m.set(cellKey(c.indicatorId, c.column), c);
    return m;
  }, [grid]);
  const versions = useMemo(() => new Map((grid?.cells ?? []).map((c) => [cellKey(c.indicatorId, c.column), c.version])), [grid]);

  // After a reload, figures that now equal what the server holds are no longer changes.
  useEffect(() => {
    setEdits((prev) => {
      const next = new Map([...prev].filter(([k, e]) => !sameAsSaved(e, saved.get(k)?.value)));
      return next.size === prev.size ? prev : next;
    });
  }, [saved]);

  const marks = useMemo(() => {
    const m = new Map<string, CellMark[]>();
    for (const [k, v] of saveMarks) m.set(k, [...v]);
    for (const i of grid?.issues ?? []) {
      const k = cellKey(i.indicatorId, i.column);
      // A refused save says more about the cell than the check of what is stored.
      if (!saveMarks.has(k)) m.set(k, [...(m.get(k) ?? []), { severity: i.severity, message: i.message }]);
    }
    return m;
  }, [grid, saveMarks]);

  function change(list: { key: string; raw: string }[]) {
    setEdits((prev) => {
      const next = new Map(prev);
      for (const { key, raw } of list) {
        const ind = indicators.get(splitCellKey(key).indicatorId);
        if (!ind) continue;
        const e = parseCellInput(raw, ind);
        if (sameAsSaved(e, saved.get(key)?.value)) next.delete(key);
        else next.set(key, e);
      }
      return next;
    });
    setSaveMarks((prev) => (list.some((c) => prev.has(c.key)) ? new Map([...prev].filter(([k]) => !list.some((c) => c.key === k))) : prev));
  }

  const revert = (key: string) =>
    setEdits((prev) => {
      const next = new Map(prev);
      next.delete(key);
      return next;
    });

  function discardAll() {
    setEdits(new Map());
    setSaveMarks(new Map());
    setConflicts(new Map());
    setProblem(null);
  }

  /** Server paths are `${indicatorId}|${unitId}|${periodKey}`; the grid keys cells by column. */
  function pathToKey(path: string): string | null {
    const [indicatorId, unitId, periodKey] = path.replace(/^body\./, '').split('|');
    const col = [...columns.values()].find((c) => c.unit.id === unitId && c.periodKey === periodKey);
    return indicatorId && col ? cellKey(indicatorId, col.key) : null;
  }

  function byCell(e: ApiError, severity: CellMark['severity']): Map<string, CellMark[]> {
    const m = new Map<string, CellMark[]>();
    for (const d of e.details) {
      const k = pathToKey(d.path);
      if (k) m.set(k, [...(m.get(k) ?? []), { severity, message: d.message }]);
    }
    return m;
  }

  function applySaved(r: SaveValuesResponse, sent: Set<string>) {
    if (!params) return;
    qc.setQueryData<GridResponse>(gridKey(params), (old) => {
      if (!old) return old;
      const cells = new Map(old.cells.map((c) => [cellKey(c.indicatorId, c.column), c]));
      for (const c of r.cells) {
        const col = columns.has(c.column) ? c.column : pathToKey(`${c.indicatorId}|${c.unitId}|${c.periodKey}`)?.split('|')[1];
        if (col) cells.set(cellKey(c.indicatorId, col), { ...c, column: col });
      }
      return { ...old, cells: [...cells.values()] };
    });
    setEdits((prev) => new Map([...prev].filter(([k]) => !sent.has(k))));
  }

  const invalid = [...edits.values()].filter((e) => e.error).length;
  const pending = [...edits].filter(([, e]) => !e.error);

  function save(opts: { confirmWarnings?: boolean; onSaved?: (n: number) => void } = {}) {
    if (!grid || !params || pending.length === 0) return;
    const sent = new Set(pending.map(([k]) => k));
    const changes = pending.map(([k, e]) => {
      const { indicatorId, columnKey } = splitCellKey(k);
      const col = columns.get(columnKey)!;
      return { indicatorId, unitId: col.unit.id, periodKey: col.periodKey, value: e.value, version: versions.get(k) ?? null };
    });
    setProblem(null);
    saveMutation.mutate(
      { setId: params.setId, kind: params.kind, changes, confirmWarnings: opts.confirmWarnings || undefined },
      {
        onSuccess: (r) => {
          applySaved(r, sent);
          setSaveMarks(new Map());
          setConflicts(new Map());
          opts.onSaved?.(r.saved);
        },
        onError: (err) => {
          const e = toApiError(err);
          if (e.code === 'VALIDATION' && e.details.length) {
            const m = byCell(e, 'error');
            setSaveMarks(m);
            setProblem({ kind: 'validation', message: e.message, count: m.size });
          } else if (e.code === 'CONFIRMATION_REQUIRED') {
            const m = byCell(e, 'warning');
            setSaveMarks(m);
            setProblem({ kind: 'confirm', message: e.message, count: m.size });
          } else if (e.code === 'VERSION_CONFLICT') {
            const m = new Map<string, string>();
            for (const d of e.details) {
              const k = pathToKey(d.path);
              if (k) m.set(k, d.message);
            }
            setConflicts(m);
            setProblem({ kind: 'conflict', message: e.message, count: m.size });
          } else if (e.code === 'PERIOD_LOCKED') {
            setProblem({ kind: 'locked', message: e.message, count: 0 });
          } else {
            setProblem({ kind: 'other', message: e.message, count: 0 });
          }
        },
      },
    );
  }

  return {
    edits,
    marks,
    saved,
    conflicts: conflicts.size ? conflicts : (EMPTY as Map<string, string>),
    problem,
    dismissProblem: () => setProblem(null),
    change,
    revert,
    discardAll,
    save,
    saving: saveMutation.isPending,
    /** Valid changes ready to send, and typed figures that will not be sent until fixed. */
    pendingCount: pending.length,
    invalidCount: invalid,
    dirty: edits.size > 0,
  };
}
