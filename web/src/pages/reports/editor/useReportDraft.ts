import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { parseViNumber } from '../../../../../src/indicators/domain/vi-number';
import { toApiError } from '../../../api/client';
import { reportKey, saveReportContent, type IndicatorCellView, type ReportContent, type ReportDetail, type SectionAnswer } from '../../../api/report-editor';
import { sameJson } from './outline';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  /** `seq`: the change that failed; autosave waits for the next change instead of retrying in a loop. */
  | { kind: 'error'; message: string; seq: number }
  /** Someone else saved first: nothing is saved until the user reloads. */
  | { kind: 'conflict'; message: string };

export const AUTOSAVE_DELAY_MS = 2000;

/** A figure as typed, with its parse: blank clears the value, an unreadable text is kept on screen and not sent. */
export type ValueEdit = { text: string; value: number | null; error: string | null };

export function parseValueEdit(text: string, cell: IndicatorCellView | undefined): ValueEdit {
  if (!text.trim()) return { text, value: null, error: null };
  const p = parseViNumber(text, { unitOfMeasure: cell?.indicator.unitOfMeasure, maxDecimals: cell?.indicator.decimals });
  return p.ok ? { text, value: p.value, error: null } : { text, value: null, error: p.reason };
}

/**
 * The report being edited: the content and figures the user typed, the version they were based on,
 * and a debounced autosave. Saves are queued one after another; a conflict (someone else saved)
 * stops all saving until the user chooses to reload, so nothing is ever overwritten silently.
 */
export function useReportDraft(detail: ReportDetail | undefined, canEdit: boolean) {
  const qc = useQueryClient();
  const id = detail?.id;
  const [content, setContentState] = useState<ReportContent | null>(null);
  const [valueEdits, setValueEdits] = useState<Record<string, ValueEdit>>({});
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [seq, setSeq] = useState(0);
  const [savedSeq, setSavedSeq] = useState(0);

  const contentRef = useRef<ReportContent | null>(null);
  const editsRef = useRef<Record<string, ValueEdit>>({});
  const versionRef = useRef(0);
  const seqRef = useRef(0);
  const savedSeqRef = useRef(0);
  const statusRef = useRef<SaveStatus>(status);
  const queue = useRef<Promise<boolean>>(Promise.resolve(true));
  const initFor = useRef<string | null>(null);
  const detailRef = useRef(detail);
  detailRef.current = detail;
  statusRef.current = status;

  const bump = () => {
    seqRef.current += 1;
    setSeq(seqRef.current);
  };

  /** Starts over from the server's copy (first load, reload after a conflict). */
  const reset = useCallback((d: ReportDetail) => {
    contentRef.current = d.content;
    editsRef.current = {};
    versionRef.current = d.version;
    savedSeqRef.current = seqRef.current;
    setContentState(d.content);
    setValueEdits({});
    setSavedSeq(seqRef.current);
    setStatus({ kind: 'idle' });
  }, []);

  useEffect(() => {
    if (detail && initFor.current !== detail.id) {
      initFor.current = detail.id;
      reset(detail);
    }
  }, [detail, reset]);

  const setSection = useCallback((key: string, answer: SectionAnswer) => {
    const cur = contentRef.current ?? { sections: {} };
    if (sameJson(cur.sections[key], answer)) return;
    const next = { sections: { ...cur.sections, [key]: answer } };
    contentRef.current = next;
    setContentState(next);
    bump();
  }, []);

  /** Replaces the whole content (restoring a revision); the figures are not part of a revision. */
  const replaceContent = useCallback((c: ReportContent) => {
    contentRef.current = c;
    setContentState(c);
    bump();
  }, []);

  const setValue = useCallback((cell: IndicatorCellView, text: string) => {
    const next = { ...editsRef.current, [cell.indicator.id]: parseValueEdit(text, cell) };
    editsRef.current = next;
    setValueEdits(next);
    bump();
  }, []);

  const doSave = useCallback(
    async (autosave: boolean): Promise<boolean> => {
      const d = detailRef.current;
      if (!d || !contentRef.current) return false;
      if (statusRef.current.kind === 'conflict') return false;
      const startSeq = seqRef.current;
      if (autosave && startSeq === savedSeqRef.current) return true;
      const cells = new Map(Object.values(d.indicatorTables).flat().map((c) => [c.indicator.id, c]));
      const sent = Object.entries(editsRef.current).filter(([, e]) => e.error === null);
      const values = sent.map(([indicatorId, e]) => ({ indicatorId, value: e.value, version: cells.get(indicatorId)?.version ?? null }));
      setStatus({ kind: 'saving' });
      try {
        const r = await saveReportContent(d.id, { version: versionRef.current, content: contentRef.current, values: values.length ? values : undefined, autosave });
        versionRef.current = r.version;
        if (values.length || r.state !== d.state) {
          // New figure versions (and a new state after a first save or a save of a returned report) come with the detail.
          await qc.refetchQueries({ queryKey: reportKey(d.id) });
          const left = { ...editsRef.current };
          for (const [k, e] of sent) if (left[k]?.text === e.text) delete left[k];
          editsRef.current = left;
          setValueEdits(left);
        }
        savedSeqRef.current = startSeq;
        setSavedSeq(startSeq);
        setStatus({ kind: 'saved', at: r.savedAt });
        return true;
      } catch (err) {
        const e = toApiError(err);
        setStatus(e.code === 'VERSION_CONFLICT' ? { kind: 'conflict', message: e.message } : { kind: 'error', message: e.message, seq: startSeq });
        return false;
      }
    },
    [qc],
  );

  /** Queues a save after any running one; `autosave: false` always makes a new revision. */
  const save = useCallback(
    (autosave: boolean) => {
      const run = queue.current.then(() => doSave(autosave));
      queue.current = run.catch(() => false);
      return run;
    },
    [doSave],
  );

  const pending = seq !== savedSeq;
  const blocked = status.kind === 'conflict' || status.kind === 'saving' || (status.kind === 'error' && status.seq === seq);
  useEffect(() => {
    if (!pending || !canEdit || blocked) return;
    const t = setTimeout(() => void save(true), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(t);
  }, [seq, pending, canEdit, blocked, save]);

  const invalidValues = useMemo(() => Object.values(valueEdits).filter((e) => e.error !== null).length, [valueEdits]);
  // Figures that cannot be read stay on screen unsaved: leaving would lose them.
  const dirty = pending || invalidValues > 0;

  return {
    id,
    content,
    valueEdits,
    status,
    dirty,
    /** Changes not yet sent (unreadable figures aside). */
    pending,
    invalidValues,
    version: () => versionRef.current,
    /** After a transition: the server's version moved on, the content did not change. */
    adoptVersion: (v: number) => {
      versionRef.current = v;
    },
    setSection,
    setValue,
    replaceContent,
    save,
    reset,
  };
}

export type ReportDraft = ReturnType<typeof useReportDraft>;
