import type { FormInstance } from 'antd';
import { formatViNumber, parseViNumber } from '../../../../src/indicators/domain/vi-number';
import type { ApiError } from '../../api/client';
import type { RegistrationDetail } from '../../api/registrations';

/** What the commitment rows need to know of an indicator; decimals is unknown for one only seen on a saved registration. */
export interface IndicatorMeta {
  id: string;
  code: string;
  name: string;
  unitOfMeasure: string;
  decimals?: number;
}

/** Targets stay text while typed ("1.400.000.000"), so a half-typed figure is never silently rounded. */
export interface CommitmentRow {
  text?: string;
  indicatorId?: string | null;
  target?: string;
}

export interface RegistrationFormValues {
  movementId?: string | null;
  unitId?: string | null;
  reviewerUnitId?: string | null;
  year?: number | null;
  titles?: string[];
  note?: string;
  commitments?: CommitmentRow[];
  documentIds?: string[];
  includedIds?: string[];
}

export function parseTarget(text: string, ind: IndicatorMeta | undefined) {
  return parseViNumber(text, { unitOfMeasure: ind?.unitOfMeasure, maxDecimals: ind?.decimals });
}

/** The content fields as both create and update take them (validation has already run on the targets). */
export function toContent(v: RegistrationFormValues, indicators: Record<string, IndicatorMeta>) {
  return {
    titles: (v.titles ?? []).map((t) => t.trim()).filter(Boolean),
    note: v.note?.trim() || null,
    commitments: (v.commitments ?? []).map((c) => {
      const parsed = c.indicatorId && c.target?.trim() ? parseTarget(c.target, indicators[c.indicatorId]) : null;
      return { text: c.text?.trim() ?? '', indicatorId: c.indicatorId || null, target: parsed?.ok ? parsed.value : null };
    }),
    documentIds: v.documentIds ?? [],
    includedIds: v.includedIds ?? [],
  };
}

export function fromDetail(r: RegistrationDetail): RegistrationFormValues {
  return {
    movementId: r.movement.id,
    unitId: r.unit.id,
    reviewerUnitId: r.reviewerUnit.id,
    year: r.year,
    titles: r.titles,
    note: r.note ?? undefined,
    commitments: r.commitments.map((c) => ({
      text: c.text,
      indicatorId: c.indicator?.id ?? null,
      target: c.target === null ? undefined : formatViNumber(c.target),
    })),
    documentIds: r.documents.map((d) => d.id),
    includedIds: r.included.map((i) => i.id),
  };
}

/**
 * Puts server messages on the fields. lib/feedback passes list indexes as strings, which antd does
 * not match to Form.List rows ("commitments.0.text"), and titles / documents are single multi-selects.
 */
export function showFieldErrors(form: FormInstance, e: ApiError) {
  const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
  for (const d of e.details) {
    const parts = d.path.replace(/^body\./, '').split('.');
    const name: (string | number)[] =
      parts[0] === 'commitments' && parts.length > 1
        ? parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p))
        : [parts[0]!]; // titles.1, documentIds.0, includedIds… belong to the whole field
    const key = name.join('.');
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(d.message);
    byField.set(key, entry);
  }
  const fields = [...byField.values()];
  form.setFields(fields);
  // The drawer is long; a message on a field scrolled out of view would go unnoticed.
  if (fields[0]) form.scrollToField(fields[0].name, { block: 'center' });
}
