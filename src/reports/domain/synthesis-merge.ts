import type { RichDoc } from '../../shared/rich-text-types';

export interface StoredSection {
  key: string;
  generated: RichDoc;
  edited: RichDoc | null;
  sourceChanged: boolean;
  previousGenerated: RichDoc | null;
}

export interface Source {
  reportId: string;
  unit: { id: string; name: string };
  revision: number;
}

/** JSON equality that ignores key order: documents come back from jsonb with their keys reordered. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((x, i) => sameJson(x, (b as unknown[])[i]));
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
const same = sameJson;

/**
 * Re-composition after a late report or a change of figures: the system's text is replaced, the
 * specialist's edits are kept, and each edited section whose source changed is flagged with the
 * old and new composed text so the specialist can carry the change over by hand.
 */
export function mergeComposition(
  previous: { sections: StoredSection[]; sources: Source[] } | null,
  composed: { order: { key: string; label: string }[]; sections: Record<string, RichDoc> },
  sources: Source[],
): { sections: StoredSection[]; changes: string[] } {
  const before = new Map((previous?.sections ?? []).map((s) => [s.key, s]));
  const changes: string[] = [];
  if (previous) {
    const old = new Map(previous.sources.map((s) => [s.reportId, s]));
    for (const s of sources) {
      const o = old.get(s.reportId);
      if (!o) changes.push(`Bổ sung báo cáo của ${s.unit.name}.`);
      else if (o.revision !== s.revision) changes.push(`Báo cáo của ${s.unit.name} đã thay đổi (phiên bản ${o.revision} → ${s.revision}).`);
    }
    const now = new Set(sources.map((s) => s.reportId));
    for (const o of previous.sources) if (!now.has(o.reportId)) changes.push(`Không còn dùng báo cáo của ${o.unit.name} (đã hủy duyệt).`);
  }
  const sections = composed.order.map(({ key, label }) => {
    const generated = composed.sections[key]!;
    const prev = before.get(key);
    if (!prev) return { key, generated, edited: null, sourceChanged: false, previousGenerated: null };
    if (same(prev.generated, generated)) return prev;
    if (prev.edited) {
      changes.push(`Mục ${label}: nội dung tổng hợp từ báo cáo đã thay đổi; giữ bản đã sửa, cần xem lại phần khác biệt.`);
      // A flag not yet reviewed keeps the text the edit was based on, so the diff covers every change since.
      const base = prev.sourceChanged && prev.previousGenerated ? prev.previousGenerated : prev.generated;
      return { key, generated, edited: prev.edited, sourceChanged: true, previousGenerated: base };
    }
    changes.push(`Mục ${label}: đã cập nhật theo báo cáo mới.`);
    return { key, generated, edited: null, sourceChanged: false, previousGenerated: prev.generated };
  });
  return { sections, changes };
}
