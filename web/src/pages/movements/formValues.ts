import type { FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ApiError } from '../../api/client';
import type { MovementDetail, MovementKind } from '../../api/movements';
import { fromIso, toIso } from '../../lib/dates';

export type ScopeKind = 'unit' | 'group';

/** What the movement form holds; dates as dayjs for DateInput, each scope row says whether it names a unit or a cụm/khối. */
export interface MovementFormValues {
  name?: string;
  kind?: MovementKind;
  ownerUnitId?: string | null;
  periodFrom?: Dayjs | null;
  periodTo?: Dayjs | null;
  parentId?: string | null;
  description?: string;
  criteria?: { text?: string; mandatory?: boolean }[];
  scopes?: { kind: ScopeKind; unitId?: string | null; groupId?: string | null }[];
  documentIds?: string[];
}

/** The content fields as both create and update take them. */
export function toContent(v: MovementFormValues) {
  return {
    name: v.name?.trim() ?? '',
    kind: v.kind ?? 'thuong_xuyen',
    periodFrom: toIso(v.periodFrom) ?? '',
    periodTo: toIso(v.periodTo) ?? '',
    parentId: v.parentId ?? null,
    description: v.description?.trim() || null,
    criteria: (v.criteria ?? []).map((c) => ({ text: c.text?.trim() ?? '', mandatory: !!c.mandatory })),
    scopes: (v.scopes ?? []).map((s) => (s.kind === 'unit' ? { unitId: s.unitId ?? null } : { groupId: s.groupId ?? null })),
    documentIds: v.documentIds ?? [],
  };
}

export function fromDetail(m: MovementDetail): MovementFormValues {
  return {
    name: m.name,
    kind: m.kind,
    ownerUnitId: m.ownerUnit.id,
    periodFrom: fromIso(m.periodFrom),
    periodTo: fromIso(m.periodTo),
    parentId: m.parent?.id ?? null,
    description: m.description ?? undefined,
    criteria: m.criteria.map((c) => ({ text: c.text, mandatory: c.mandatory })),
    scopes: m.scopes.map((s) => (s.unit ? { kind: 'unit', unitId: s.unit.id } : { kind: 'group', groupId: s.group?.id ?? null })),
    documentIds: m.documents.map((d) => d.id),
  };
}

/**
 * Server messages for list rows ("criteria.0.text") reach the row only with a numeric index:
 * antd matches field names strictly, and lib/feedback passes the index as a string.
 */
export function showListErrors(form: FormInstance, e: ApiError) {
  const rows = e.details.filter((d) => /\.\d+(\.|$)/.test(d.path));
  form.setFields(
    rows.map((d) => ({
      name: d.path
        .replace(/^body\./, '')
        .split('.')
        .map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
      errors: [d.message],
    })),
  );
}
